//! Credit: the trade-in credit on a line (formulas.md §8). A band from the customer's
//! minimum T_min to our maximum T* (the zone of agreement, or the gap between them when
//! T* < T_min), and markers at both ends, at the old unit's residual value and at the credit
//! offered, each with its text on a stem in rows above and below the line (`stems`).

use super::axes::{Axis, Frame, Ticks};
use super::legend::{Entry, Sample};
use super::look::{mix, Drawn, Look};
use super::pen;
use super::stems::{self, Line};
use super::text::Rect;
use plotters::coord::Shift;
use plotters::prelude::*;

/// The credits the chart marks, money (formulas.md §8).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Credit {
    /// T_min: the smallest credit the customer accepts.
    pub min: f64,
    /// T*: the largest credit we can give; below `min` when no credit works for both, below
    /// 0 when none makes the trade-in pay.
    pub max: f64,
    /// The old unit's residual value.
    pub residual: f64,
    /// T: the credit offered, at least 0.
    pub offered: f64,
}

/// The words on the chart, in the reader's language.
pub struct Labels {
    /// "Trade-in credit (CNY)".
    pub x_axis: String,
    /// The band, in the legend: "Works for both" when the minimum is at most the maximum,
    /// "No credit works for both" when it is above.
    pub zone: String,
    pub gap: String,
    /// The markers' texts with their values: "Customer's minimum ¥14,389.57", "Our maximum
    /// ¥23,000.86", "Residual value ¥10,000.00", "Offered ¥8,000.00".
    pub min: String,
    pub max: String,
    pub residual: String,
    pub offered: String,
}

/// Sizes, CSS pixels: the band's half height, and how far a marker's tick passes it.
const BAND: f64 = 5.0;
const TICK: f64 = 4.0;
/// How far the band pales its colour towards the background, so the ticks show on it.
const PALE: f64 = 0.35;
/// The share of the values' span left beyond them on the axis.
const MARGIN: f64 = 0.08;

/// The money axis across all four credits, the band between the minimum and the maximum,
/// named in the legend, and the four markers with their texts.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    c: &Credit,
    labels: &Labels,
    look: &Look,
) -> Drawn<DB> {
    let marks: Vec<(f64, &str)> = [
        (c.min, &labels.min),
        (c.max, &labels.max),
        (c.residual, &labels.residual),
        (c.offered, &labels.offered),
    ]
    .into_iter()
    .filter(|(v, _)| v.is_finite())
    .map(|(v, text)| (v, text.as_str()))
    .collect();
    let (low, high) = span(marks.iter().map(|m| m.0));
    let palette = look.palette;
    let gap = c.max < c.min;
    let colour = match gap {
        true => palette.cost,
        false => palette.value,
    };
    let colour = mix(colour, palette.background, PALE);
    let legend = [Entry {
        text: if gap { &labels.gap } else { &labels.zone },
        sample: Sample::Square(colour),
    }];
    let money = |x: f64| look.money(x);
    let frame = Frame {
        legend: &legend,
        x: Axis {
            range: low..high,
            title: &labels.x_axis,
            ticks: Ticks::Round(6, &money),
        },
        y: Axis {
            range: 0.0..1.0,
            title: "",
            ticks: Ticks::Named(Vec::new(), 0.0),
        },
        y2: None,
    };
    let (chart, _) = frame.draw(area, look)?;
    let p = chart.rect();
    let mid = ((p.y0 + p.y1) / 2.0).round();
    let at = |v: f64| f64::from(chart.backend_coord(&(v, 0.5)).0);
    let number_line = [(p.x0, mid), (p.x1 - 1.0, mid)].map(|(x, y)| (x as i32, y as i32));
    pen::path(
        area,
        number_line.to_vec(),
        look.line(palette.limit, 1.0),
        None,
    )?;
    if c.min.is_finite() && c.max.is_finite() {
        let (a, b) = (at(c.min.min(c.max)), at(c.min.max(c.max)));
        // A band of no width still shows.
        let (a, b) = match b - a < 2.0 {
            true => ((a + b) / 2.0 - 1.0, (a + b) / 2.0 + 1.0),
            false => (a, b),
        };
        let half = look.scale * BAND;
        let corners = [(a, mid - half), (b, mid + half)].map(|(x, y)| (x as i32, y as i32));
        pen::rect(area, corners, colour.filled())?;
    }
    // The texts within the plot, clear of its axes' lines.
    let inset = look.scale * 2.0 + 1.0;
    let line = Line {
        plot: Rect {
            x0: p.x0 + inset,
            y0: p.y0 + inset,
            x1: p.x1 - inset,
            y1: p.y1 - inset,
        },
        mid,
        reach: look.scale * (BAND + TICK),
    };
    let marks: Vec<(f64, &str)> = marks.iter().map(|&(v, text)| (at(v), text)).collect();
    stems::draw(area, look, &marks, &line, look.line(palette.ink, 1.5))?;
    area.present()
}

/// The axis's range: the values, 0 when they are near it, and a margin beyond.
fn span(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let (low, high) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), v| {
        (l.min(v), h.max(v))
    });
    let (low, high) = match high >= low {
        true => (low, high),
        false => (0.0, 1.0),
    };
    let width = high - low;
    // Near 0: no further from it than the values span.
    let low = if low > 0.0 && low <= width { 0.0 } else { low };
    let high = if high < 0.0 && -high <= width {
        0.0
    } else {
        high
    };
    let pad = match (high - low) * MARGIN {
        pad if pad > 0.0 => pad,
        _ => (high.abs() * 0.2).max(1.0),
    };
    (low - pad, high + pad)
}
