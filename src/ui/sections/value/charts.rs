//! The lifetime value section's charts, with their words in the language on screen.

use crate::charts::{payback, survival, Look, Palette};
use crate::i18n::Lang;
use crate::model::{Clv, Params, Period};
use crate::state::Session;
use crate::ui::kit::{Canvas, Picture};
use crate::ui::store::Say;
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;
use std::rc::Rc;

/// One acquired customer's cumulative contribution against CAC.
pub struct Payback {
    clv: Rc<Clv>,
    params: Params,
    lang: Lang,
    currency: String,
}

/// Results the keystroke did not move are the same `Rc`: equal without reading them.
impl PartialEq for Payback {
    fn eq(&self, other: &Payback) -> bool {
        (Rc::ptr_eq(&self.clv, &other.clv) || self.clv == other.clv)
            && self.params == other.params
            && self.lang == other.lang
            && self.currency == other.currency
    }
}

impl Payback {
    pub fn of(session: &Session) -> Payback {
        Payback {
            clv: session.results.clv.clone(),
            params: session.results.clv_params,
            lang: session.lang,
            currency: session.form.scenario().currency.clone(),
        }
    }

    fn say(&self) -> Say<'_> {
        Say::new(self.lang, &self.currency, self.params.period)
    }
}

impl Picture for Payback {
    fn name(&self) -> &'static str {
        "payback"
    }

    fn caption(&self) -> (String, String) {
        let say = self.say();
        let v = &say.m.value;
        let (c, p) = (&*self.clv, &self.params);
        let (cac, value) = (say.money(p.cac), say.money(c.clv));
        let covers = match c.payback_cohort {
            Some(t) => v.covers.get(p.period).fill([&cac, &t.to_string()]),
            None => v.never_covers.fill([&cac]),
        };
        let end = match p.horizon {
            Some(n) => v.reaches_by.get(p.period).fill([&value, &n.to_string()]),
            None => v.tends_to.fill([&value]),
        };
        let text = say.m.common.sentences.fill([&covers, &end]);
        (v.payback_chart.into(), text)
    }

    fn draw(&self, area: &DrawingArea<Canvas, Shift>, scale: f64, palette: Palette) -> bool {
        let say = self.say();
        let v = &say.m.value;
        let labels = payback::Labels {
            x_axis: v.since.get(say.period).to_string(),
            y_axis: v.cumulative_axis.fill([&self.currency]),
            cumulative: v.cumulative.into(),
            limit: v.limit.fill([&say.money(self.clv.clv)]),
            cost: v.cost.fill([&say.money(self.params.cac)]),
            pays_back: self
                .clv
                .payback_cohort
                .map(|t| v.pays_back.get(say.period).fill([&t.to_string()])),
        };
        let look = Look {
            scale,
            lang: self.lang,
            currency: &self.currency,
            palette,
        };
        payback::draw(area, &self.clv, self.params.cac, &labels, &look).is_ok()
    }
}

/// The share of customers still active. It has no money in it, so editing revenue or CAC
/// leaves it alone.
pub struct Survival {
    clv: Rc<Clv>,
    lang: Lang,
    period: Period,
}

impl PartialEq for Survival {
    fn eq(&self, other: &Survival) -> bool {
        let (a, b) = (&self.clv.timeline, &other.clv.timeline);
        (self.lang, self.period) == (other.lang, other.period)
            && (Rc::ptr_eq(&self.clv, &other.clv)
                || a.len() == b.len() && a.iter().zip(b).all(|(p, q)| p.survival == q.survival))
    }
}

impl Survival {
    pub fn of(session: &Session) -> Survival {
        Survival {
            clv: session.results.clv.clone(),
            lang: session.lang,
            period: session.results.clv_params.period,
        }
    }
}

impl Picture for Survival {
    fn name(&self) -> &'static str {
        "survival"
    }

    fn caption(&self) -> (String, String) {
        let say = Say::new(self.lang, "", self.period);
        let v = &say.m.value;
        let text = self.clv.timeline.last().map_or_else(String::new, |last| {
            v.survival_summary.fill([
                &say.number(last.survival * 100.0, 1),
                &say.periods(f64::from(last.t), 0),
            ])
        });
        (v.survival_chart.into(), text)
    }

    fn draw(&self, area: &DrawingArea<Canvas, Shift>, scale: f64, palette: Palette) -> bool {
        let v = &self.lang.messages().value;
        let labels = survival::Labels {
            x_axis: v.since.get(self.period).to_string(),
            y_axis: v.survival_axis.into(),
            series: v.survival.into(),
        };
        let look = Look {
            scale,
            lang: self.lang,
            currency: "",
            palette,
        };
        survival::draw(area, &self.clv, &labels, &look).is_ok()
    }
}
