//! The acquisition versus retention charts, with their words in the language on screen.

use crate::charts::{holding, plan, rates, Look, Palette};
use crate::model::acquisition::Acquisition;
use crate::state::Session;
use crate::ui::kit::{Canvas, Picture, Voice};
use crate::ui::store::Say;
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;
use std::rc::Rc;

/// What every chart of the section is drawn from: the results, and how to speak of them.
pub struct Drawn {
    acquisition: Rc<Acquisition>,
    /// Today's retention a period, as lifetime value uses it.
    retention: f64,
    voice: Voice,
}

impl PartialEq for Drawn {
    fn eq(&self, other: &Drawn) -> bool {
        (Rc::ptr_eq(&self.acquisition, &other.acquisition) || self.acquisition == other.acquisition)
            && self.retention == other.retention
            && self.voice == other.voice
    }
}

impl Drawn {
    /// `None` when the section has no results to draw.
    fn of(session: &Session) -> Option<Drawn> {
        Some(Drawn {
            acquisition: session.results.acquisition.clone().ok()?,
            retention: session.results.clv_params.retention,
            voice: Voice::of(session),
        })
    }

    fn say(&self) -> Say<'_> {
        self.voice.say()
    }

    fn look(&self, scale: f64, palette: Palette) -> Look<'_> {
        self.voice.look(scale, palette)
    }
}

/// The customer base and profit a period over the plan, today and with the uplift.
#[derive(PartialEq)]
pub struct PlanChart(Drawn);
/// Lifetime value and steady-state profit against retention.
#[derive(PartialEq)]
pub struct RatesChart(Drawn);
/// Holding the base with and without the programme.
#[derive(PartialEq)]
pub struct HoldingChart(Drawn);

impl PlanChart {
    pub fn of(session: &Session) -> Option<PlanChart> {
        Drawn::of(session).map(PlanChart)
    }
}

impl RatesChart {
    pub fn of(session: &Session) -> Option<RatesChart> {
        Drawn::of(session).map(RatesChart)
    }
}

impl HoldingChart {
    pub fn of(session: &Session) -> Option<HoldingChart> {
        Drawn::of(session).map(HoldingChart)
    }
}

impl Picture for PlanChart {
    fn name(&self) -> &'static str {
        "plan"
    }

    fn caption(&self) -> (String, String) {
        let (d, say) = (&self.0, self.0.say());
        let m = &say.m.acquisition;
        let a = &d.acquisition;
        let end = a.path.last().copied();
        let text = end.map_or_else(String::new, |p| {
            let years = f64::from(p.t) / f64::from(d.voice.period.per_year());
            m.plan_summary.fill([
                &say.number(years, 1),
                &say.number(p.base, 0),
                &say.number(p.base_uplifted, 0),
            ])
        });
        (m.plan_chart.into(), text)
    }

    fn draw(&self, area: &DrawingArea<Canvas, Shift>, scale: f64, palette: Palette) -> bool {
        let (d, say) = (&self.0, self.0.say());
        let m = &say.m.acquisition;
        let labels = plan::Labels {
            x_axis: m.since_today.get(d.voice.period).to_string(),
            base_axis: m.base_axis.into(),
            profit_axis: m.profit_axis.get(d.voice.period).fill([&d.voice.currency]),
            base_today: m.base_today.into(),
            base_uplifted: m.base_uplifted.into(),
            profit_today: m.profit_today.into(),
            profit_uplifted: m.profit_uplifted.into(),
        };
        plan::draw(area, &d.acquisition.path, &labels, &d.look(scale, palette)).is_ok()
    }
}

impl Picture for RatesChart {
    fn name(&self) -> &'static str {
        "rates"
    }

    fn caption(&self) -> (String, String) {
        let (d, say) = (&self.0, self.0.say());
        let m = &say.m.acquisition;
        let a = &d.acquisition;
        let text = m
            .rates_summary
            .fill([&say.money(a.clv), &say.money(a.clv_uplifted)]);
        (m.rates_chart.into(), text)
    }

    fn draw(&self, area: &DrawingArea<Canvas, Shift>, scale: f64, palette: Palette) -> bool {
        let (d, say) = (&self.0, self.0.say());
        let m = &say.m.acquisition;
        let labels = rates::Labels {
            x_axis: m.retention_axis.get(d.voice.period).to_string(),
            clv_axis: m.clv_axis.fill([&d.voice.currency]),
            profit_axis: m.profit_axis.get(d.voice.period).fill([&d.voice.currency]),
            clv: m.clv_series.into(),
            profit: m.profit_series.into(),
            today: m.marker_today.into(),
            uplifted: m.marker_uplift.into(),
        };
        rates::draw(
            area,
            &d.acquisition,
            d.retention,
            &labels,
            &d.look(scale, palette),
        )
        .is_ok()
    }
}

impl Picture for HoldingChart {
    fn name(&self) -> &'static str {
        "holding"
    }

    fn caption(&self) -> (String, String) {
        let (d, say) = (&self.0, self.0.say());
        let m = &say.m.acquisition;
        let a = &d.acquisition;
        let without = a.replace_spend + a.serve_spend;
        let with = a.replace_spend_with + a.serve_spend + a.programme_spend;
        let text = m
            .holding_summary
            .get(d.voice.period)
            .fill([&say.money(without), &say.money(with)]);
        (m.holding_chart.into(), text)
    }

    fn draw(&self, area: &DrawingArea<Canvas, Shift>, scale: f64, palette: Palette) -> bool {
        let (d, say) = (&self.0, self.0.say());
        let m = &say.m.acquisition;
        let labels = holding::Labels {
            x_axis: m.spend_axis.get(d.voice.period).fill([&d.voice.currency]),
            without: m.without.into(),
            with: m.with.into(),
            acquisition: m.acquisition_segment.into(),
            serving: m.serving_segment.into(),
            programme: m.programme_segment.into(),
        };
        holding::draw(area, &d.acquisition, &labels, &d.look(scale, palette)).is_ok()
    }
}
