//! Plan: the customer base (left axis) and the profit a period (right axis) over the plan,
//! from today's base, with today's retention and with the uplift (formulas.md §6).

use super::axes::{Axis, Frame, Ticks};
use super::legend::{Entry, Sample};
use super::look::{mix, Drawn, Look, Plot};
use super::pen;
use crate::i18n::format::number;
use crate::model::acquisition::PathPoint;
use plotters::coord::Shift;
use plotters::prelude::*;

/// The words on the chart, in the reader's language.
pub struct Labels {
    /// "Months from today".
    pub x_axis: String,
    /// "Customers".
    pub base_axis: String,
    /// "Profit a month (USD)".
    pub profit_axis: String,
    pub base_today: String,
    pub base_uplifted: String,
    pub profit_today: String,
    pub profit_uplifted: String,
}

/// How far a path with the uplift pales its series' colour towards the background.
const PALE: f64 = 0.5;

/// The base and the profit along `path`, each today (full colour) and with the uplift
/// (paler); a zero line on the money axis when profit goes below it.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    path: &[PathPoint],
    labels: &Labels,
    look: &Look,
) -> Drawn<DB> {
    let last = path.last().map_or(1, |p| p.t).max(1);
    let end = f64::from(last);
    let base_top = path
        .iter()
        .flat_map(|p| [p.base, p.base_uplifted])
        .fold(0.0, f64::max);
    let base_end = if base_top > 0.0 { base_top * 1.08 } else { 1.0 };
    let profits = path.iter().flat_map(|p| [p.profit, p.profit_uplifted]);
    let low = profits.clone().fold(0.0, f64::min);
    let high = profits.fold(0.0, f64::max);
    let pad = match (high - low) * 0.08 {
        pad if pad > 0.0 => pad,
        _ => 1.0,
    };
    let money_low = if low < 0.0 { low - pad } else { 0.0 };
    let palette = look.palette;
    let pale = |c: RGBColor| mix(c, palette.background, PALE);
    let base_today = look.line(palette.process, 2.5);
    let base_uplifted = look.line(pale(palette.process), 2.5);
    let profit_today = look.line(palette.emotional, 2.5);
    let profit_uplifted = look.line(pale(palette.emotional), 2.5);
    let legend = [
        (&labels.base_today, base_today),
        (&labels.base_uplifted, base_uplifted),
        (&labels.profit_today, profit_today),
        (&labels.profit_uplifted, profit_uplifted),
    ]
    .map(|(text, style)| Entry {
        text,
        sample: Sample::Line(style),
    });
    // No more ticks than periods: every tick a whole period.
    let periods = |x: f64| number(x, 0);
    let count = |y: f64| look.count(y);
    let money = |y: f64| look.money(y);
    let frame = Frame {
        legend: &legend,
        x: Axis {
            range: 0.0..end,
            title: &labels.x_axis,
            ticks: Ticks::Round((last as usize + 1).min(8), &periods),
        },
        y: Axis {
            range: 0.0..base_end,
            title: &labels.base_axis,
            ticks: Ticks::Round(6, &count),
        },
        y2: Some(Axis {
            range: money_low..high + pad,
            title: &labels.profit_axis,
            ticks: Ticks::Round(6, &money),
        }),
    };
    let (chart, secondary) = frame.draw(area, look)?;
    let line = |on: &Plot, pick: fn(&PathPoint) -> f64, style| {
        let points: Vec<_> = path.iter().map(|p| (f64::from(p.t), pick(p))).collect();
        pen::line(area, on, &points, style, None)
    };
    if let Some(money_chart) = secondary {
        if low < 0.0 {
            let zero = look.line(palette.limit, 1.0);
            pen::line(area, &money_chart, &[(0.0, 0.0), (end, 0.0)], zero, None)?;
        }
        line(&money_chart, |p| p.profit_uplifted, profit_uplifted)?;
        line(&money_chart, |p| p.profit, profit_today)?;
    }
    line(&chart, |p| p.base_uplifted, base_uplifted)?;
    line(&chart, |p| p.base, base_today)?;
    area.present()
}
