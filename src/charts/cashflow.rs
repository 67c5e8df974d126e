//! Cash flow: the seller's cumulative discounted expected cash flow, year by year, for
//! waiting for the unit's end of life, upgrading it now and trading it in now, the renewal
//! chain followed to the chart's end (formulas.md §8). The three lines differ in pattern as
//! well as colour: waiting dashed, the upgrade dotted, the trade-in solid.

use super::axes::{Axis, Frame, Ticks};
use super::legend::{Entry, Sample};
use super::look::{Drawn, Look};
use super::pen;
use crate::i18n::format::number;
use crate::model::upgrade::ChartPoint;
use plotters::coord::Shift;
use plotters::prelude::*;

/// The words on the chart, in the reader's language.
pub struct Labels {
    /// "Years from now".
    pub x_axis: String,
    /// "Cumulative discounted cash flow (CNY)".
    pub y_axis: String,
    /// The options, in the legend: "Wait for end of life", "Upgrade now", "Trade in now".
    pub baseline: String,
    pub upgrade: String,
    pub tradein: String,
}

/// The most ticks on the years' axis.
const MOST: usize = 8;

/// The three options' cumulative cash flow at each of `points` (years increasing from 0),
/// named in the legend above the plot; a zero line when a value goes below it.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    points: &[ChartPoint],
    labels: &Labels,
    look: &Look,
) -> Drawn<DB> {
    let points: Vec<&ChartPoint> = points
        .iter()
        .filter(|p| {
            [p.baseline, p.upgrade, p.tradein]
                .iter()
                .all(|v| v.is_finite())
        })
        .collect();
    let last = points.iter().map(|p| p.year).max().unwrap_or(0).max(1);
    let end = f64::from(last);
    let values = points
        .iter()
        .flat_map(|p| [p.baseline, p.upgrade, p.tradein]);
    let low = values.clone().fold(0.0, f64::min);
    let high = values.fold(0.0, f64::max);
    let pad = match (high - low) * 0.08 {
        pad if pad > 0.0 => pad,
        _ => 1.0,
    };
    let y_low = if low < 0.0 { low - pad } else { 0.0 };
    let palette = look.palette;
    let baseline = look.line(palette.limit, 2.0);
    let upgrade = look.line(palette.process, 2.5);
    let tradein = look.line(palette.value, 2.5);
    // Dashes for waiting, dots for the upgrade: told apart without their colours.
    let (dash, dash_gap) = (look.px(7.0).max(2), look.px(4.0).max(1));
    let dot = upgrade.stroke_width.max(1);
    let dot_gap = look.px(3.0).max(1);
    let legend = [
        (&labels.baseline, Sample::Dashed(baseline, dash, dash_gap)),
        (&labels.upgrade, Sample::Dashed(upgrade, dot, dot_gap)),
        (&labels.tradein, Sample::Line(tradein)),
    ]
    .map(|(text, sample)| Entry { text, sample });
    // No more ticks than years: every tick a whole year.
    let years = |x: f64| number(x, 0);
    let money = |y: f64| look.money(y);
    let frame = Frame {
        legend: &legend,
        x: Axis {
            range: 0.0..end,
            title: &labels.x_axis,
            ticks: Ticks::Round((last as usize + 1).min(MOST), &years),
        },
        y: Axis {
            range: y_low..high + pad,
            title: &labels.y_axis,
            ticks: Ticks::Round(6, &money),
        },
        y2: None,
    };
    let (chart, _) = frame.draw(area, look)?;
    if low < 0.0 {
        let zero = look.line(palette.limit, 1.0);
        pen::line(area, &chart, &[(0.0, 0.0), (end, 0.0)], zero, None)?;
    }
    let lines = [
        (
            baseline,
            Some((dash, dash_gap)),
            (|p| p.baseline) as fn(&ChartPoint) -> f64,
        ),
        (upgrade, Some((dot, dot_gap)), |p| p.upgrade),
        (tradein, None, |p| p.tradein),
    ];
    for (style, dashes, pick) in lines {
        let at: Vec<_> = points
            .iter()
            .map(|p| (f64::from(p.year), pick(p)))
            .collect();
        pen::line(area, &chart, &at, style, dashes)?;
    }
    area.present()
}
