//! How a chart speaks: the language, the currency and the period its words and numbers are
//! in, with the formatting views use and the look charts are drawn with.

use crate::charts::{Look, Palette};
use crate::i18n::Lang;
use crate::model::Period;
use crate::state::Session;
use crate::ui::store::Say;

#[derive(Clone, PartialEq)]
pub struct Voice {
    pub lang: Lang,
    pub currency: String,
    pub period: Period,
}

impl Voice {
    /// The voice of what is on screen.
    pub fn of(session: &Session) -> Voice {
        let scenario = session.form.scenario();
        Voice {
            lang: session.lang,
            currency: scenario.currency.clone(),
            period: scenario.period,
        }
    }

    pub fn say(&self) -> Say<'_> {
        Say::new(self.lang, &self.currency, self.period)
    }

    /// The look of a chart drawn at `scale` device pixels a CSS pixel, in `palette`.
    pub fn look(&self, scale: f64, palette: Palette) -> Look<'_> {
        Look {
            scale,
            lang: self.lang,
            currency: &self.currency,
            palette,
        }
    }
}
