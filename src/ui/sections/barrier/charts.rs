//! Churn and lifetime value against switching cost, with its words in the language on
//! screen.

use crate::charts::{barrier, Palette};
use crate::model::Switching;
use crate::state::Session;
use crate::ui::kit::{Canvas, Picture, Voice};
use crate::ui::store::Say;
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;
use std::rc::Rc;

/// The barrier model's curves. The factors are not in it, only the model they calibrate.
pub struct BarrierChart {
    switching: Rc<Switching>,
    voice: Voice,
}

impl PartialEq for BarrierChart {
    fn eq(&self, other: &BarrierChart) -> bool {
        (Rc::ptr_eq(&self.switching, &other.switching)
            || self.switching.churn == other.switching.churn)
            && self.voice == other.voice
    }
}

impl BarrierChart {
    pub fn of(session: &Session) -> BarrierChart {
        BarrierChart {
            switching: session.results.switching.clone(),
            voice: Voice::of(session),
        }
    }

    fn say(&self) -> Say<'_> {
        self.voice.say()
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
            Ok(c) => b.chart_summary.get(self.voice.period).fill([
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
            x_axis: b.chart_axis.fill([&self.voice.currency]),
            churn_axis: b.churn_axis.get(self.voice.period).to_string(),
            value_axis: b.value_axis.fill([&self.voice.currency]),
            churn: b.churn_series.get(self.voice.period).to_string(),
            value: b.value_series.into(),
            today: b.today.fill([&say.money(c.model.cost)]),
            what_if: b.what_if.fill([&say.money(c.asked_cost)]),
        };
        barrier::draw(area, c, &labels, &self.voice.look(scale, palette)).is_ok()
    }
}
