//! The switching-cost waterfall, with its words in the language on screen.

use crate::charts::{breakdown, Look, Palette};
use crate::i18n::Lang;
use crate::model::switching::{Group, FACTORS, GROUPS};
use crate::model::Switching;
use crate::state::Session;
use crate::ui::kit::{Canvas, Picture};
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;
use std::rc::Rc;

/// Switching cost factor by factor. The churn model is not in it, so the what-if leaves it
/// alone.
pub struct Breakdown {
    switching: Rc<Switching>,
    lang: Lang,
    currency: String,
}

impl PartialEq for Breakdown {
    fn eq(&self, other: &Breakdown) -> bool {
        (Rc::ptr_eq(&self.switching, &other.switching)
            || self.switching.factors == other.switching.factors)
            && self.lang == other.lang
            && self.currency == other.currency
    }
}

impl Breakdown {
    pub fn of(session: &Session) -> Breakdown {
        Breakdown {
            switching: session.results.switching.clone(),
            lang: session.lang,
            currency: session.form.scenario().currency.clone(),
        }
    }
}

impl Picture for Breakdown {
    fn name(&self) -> &'static str {
        "breakdown"
    }

    fn caption(&self) -> (String, String) {
        let w = &self.lang.messages().switching;
        let s = &self.switching;
        let money = |x: f64| self.lang.money(x, &self.currency);
        let text = w.chart_summary.fill([
            &money(s.total),
            &money(s.group(Group::Financial)),
            &money(s.group(Group::Process)),
            &money(s.group(Group::Emotional)),
        ]);
        (w.chart.into(), text)
    }

    fn draw(&self, area: &DrawingArea<Canvas, Shift>, scale: f64, palette: Palette) -> bool {
        let w = &self.lang.messages().switching;
        let labels = breakdown::Labels {
            x_axis: w.chart_axis.fill([&self.currency]),
            factors: FACTORS.map(|f| w.factor(f)),
            groups: GROUPS.map(|g| w.group(g)),
            total: w.chart_total.into(),
        };
        let look = Look {
            scale,
            lang: self.lang,
            currency: &self.currency,
            palette,
        };
        breakdown::draw(area, &self.switching, &labels, &look).is_ok()
    }
}
