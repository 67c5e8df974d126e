//! Churn and lifetime value against switching cost, with its words in the language on
//! screen.

use crate::charts::{barrier, Look, Palette};
use crate::i18n::Lang;
use crate::model::{Period, Switching};
use crate::state::Session;
use crate::ui::kit::{Canvas, Picture};
use crate::ui::store::Say;
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;
use std::rc::Rc;

/// The barrier model's curves. The factors are not in it, only the model they calibrate.
pub struct BarrierChart {
    switching: Rc<Switching>,
    lang: Lang,
    currency: String,
    period: Period,
}

impl PartialEq for BarrierChart {
    fn eq(&self, other: &BarrierChart) -> bool {
        (Rc::ptr_eq(&self.switching, &other.switching)
            || self.switching.churn == other.switching.churn)
            && (self.lang, self.period) == (other.lang, other.period)
            && self.currency == other.currency
    }
}

impl BarrierChart {
    pub fn of(session: &Session) -> BarrierChart {
        BarrierChart {
            switching: session.results.switching.clone(),
            lang: session.lang,
            currency: session.form.scenario().currency.clone(),
            period: session.form.scenario().period,
        }
    }

    fn say(&self) -> Say<'_> {
        Say::new(self.lang, &self.currency, self.period)
    }
}

impl Picture for BarrierChart {
    fn name(&self) -> &'static str {
        "barrier"
    }

    fn caption(&self) -> (String, String) {
        let say = self.say();
        let b = &say.m.barrier;
        let text = match &self.switching.churn {
            Ok(c) => b.chart_summary.get(self.period).fill([
                &say.percent(c.free_churn, 2),
                &say.percent(c.model.today, 2),
                &say.money(c.model.cost),
                &say.percent(c.asked_churn, 2),
                &say.money(c.asked_cost),
                &say.money(c.today_clv),
                &say.money(c.asked.clv),
            ]),
            Err(_) => String::new(),
        };
        (b.chart.into(), text)
    }

    fn draw(&self, area: &DrawingArea<Canvas, Shift>, scale: f64, palette: Palette) -> bool {
        let Ok(c) = &self.switching.churn else {
            return false;
        };
        let say = self.say();
        let b = &say.m.barrier;
        let labels = barrier::Labels {
            x_axis: b.chart_axis.fill([&self.currency]),
            churn_axis: b.churn_axis.get(self.period).to_string(),
            value_axis: b.value_axis.fill([&self.currency]),
            churn: b.churn_series.get(self.period).to_string(),
            value: b.value_series.into(),
            today: b.today.fill([&say.money(c.model.cost)]),
            what_if: b.what_if.fill([&say.money(c.asked_cost)]),
        };
        let look = Look {
            scale,
            lang: self.lang,
            currency: &self.currency,
            palette,
        };
        barrier::draw(area, c, &labels, &look).is_ok()
    }
}
