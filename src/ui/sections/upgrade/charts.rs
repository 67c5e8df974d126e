//! The upgrade-or-trade-in charts, with their words in the language on screen: our value year
//! by year for each option, and where the credit can fall.

use crate::charts::{cashflow, credit, Look, Palette};
use crate::model::upgrade::Upgrade;
use crate::state::Session;
use crate::ui::kit::{Canvas, Picture, Voice};
use crate::ui::store::Say;
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;
use std::rc::Rc;

/// What the section's charts are drawn from: the results, and how to speak of them.
pub struct Drawn {
    upgrade: Rc<Upgrade>,
    /// The credit offered.
    offered: f64,
    voice: Voice,
}

impl PartialEq for Drawn {
    fn eq(&self, other: &Drawn) -> bool {
        (Rc::ptr_eq(&self.upgrade, &other.upgrade) || self.upgrade == other.upgrade)
            && self.offered == other.offered
            && self.voice == other.voice
    }
}

impl Drawn {
    /// `None` when the section has no results to draw.
    fn of(session: &Session) -> Option<Drawn> {
        Some(Drawn {
            upgrade: session.results.upgrade.clone().ok()?,
            offered: session.results.upgrade_inputs?.credit,
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

/// Our cumulative value year by year for each option.
#[derive(PartialEq)]
pub struct CashflowChart(Drawn);
/// The credit between the customer's minimum and our maximum.
#[derive(PartialEq)]
pub struct CreditChart(Drawn);

impl CashflowChart {
    pub fn new(session: &Session) -> Option<CashflowChart> {
        Drawn::of(session).map(CashflowChart)
    }
}

impl CreditChart {
    pub fn new(session: &Session) -> Option<CreditChart> {
        Drawn::of(session).map(CreditChart)
    }
}

impl Picture for CashflowChart {
    fn name(&self) -> &'static str {
        "cashflow"
    }

    fn caption(&self) -> (String, String) {
        let (u, say) = (&self.0.upgrade, self.0.say());
        let m = &say.m.upgrade;
        let text = m.cashflow_summary.fill([
            &say.money(u.npv_baseline),
            &say.money(u.npv_upgrade),
            &say.money(u.npv_tradein),
        ]);
        (m.cashflow_chart.into(), text)
    }

    fn draw(&self, area: &DrawingArea<Canvas, Shift>, scale: f64, palette: Palette) -> bool {
        let (d, say) = (&self.0, self.0.say());
        let m = &say.m.upgrade;
        let labels = cashflow::Labels {
            x_axis: m.years_axis.into(),
            y_axis: m.value_axis.fill([&d.voice.currency]),
            baseline: m.baseline.into(),
            upgrade: m.upgrade.into(),
            tradein: m.tradein.into(),
        };
        cashflow::draw(area, &d.upgrade.chart, &labels, &d.look(scale, palette)).is_ok()
    }
}

impl Picture for CreditChart {
    fn name(&self) -> &'static str {
        "credit"
    }

    fn caption(&self) -> (String, String) {
        let (u, say) = (&self.0.upgrade, self.0.say());
        let m = &say.m.upgrade;
        let text = match u.zone {
            Some((low, high)) => m.zone.fill([&say.money(low), &say.money(high)]),
            None => m
                .no_zone
                .fill([&say.money(u.min_credit), &say.money(u.breakeven_credit)]),
        };
        (m.credit_chart.into(), text)
    }

    fn draw(&self, area: &DrawingArea<Canvas, Shift>, scale: f64, palette: Palette) -> bool {
        let (d, say) = (&self.0, self.0.say());
        let (m, u) = (&say.m.upgrade, &d.upgrade);
        let labels = credit::Labels {
            x_axis: m.credit_axis.fill([&d.voice.currency]),
            zone: m.zone_band.into(),
            gap: m.gap_band.into(),
            min: m.min_marker.fill([&say.money(u.min_credit)]),
            max: m.max_marker.fill([&say.money(u.breakeven_credit)]),
            residual: m.residual_marker.fill([&say.money(u.residual_old)]),
            offered: m.offered_marker.fill([&say.money(d.offered)]),
        };
        let c = credit::Credit {
            min: u.min_credit,
            max: u.breakeven_credit,
            residual: u.residual_old,
            offered: d.offered,
        };
        credit::draw(area, &c, &labels, &d.look(scale, palette)).is_ok()
    }
}
