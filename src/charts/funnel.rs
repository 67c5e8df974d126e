//! Funnel: where a leads funnel leaks. One bar a stage, top to bottom, as long as the count
//! still in the funnel at that stage, continued by a paler segment to the count at the stage
//! before: what was lost at that step (formulas.md §7).

use super::axes::{Axis, Frame, Ticks};
use super::legend::{Entry, Sample};
use super::look::{bar_end, mix, Drawn, Look};
use super::pen;
use super::text::width;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

/// The words on the chart, in the reader's language.
pub struct Labels {
    /// The stages, top to bottom: "Leads", "Marketing-qualified", "Sales leads",
    /// "Sales-qualified", "Customers".
    pub stages: [String; 5],
    /// Each stage's count as written past its bar's end: "2,000", "500 (−75 %)".
    pub counts: [String; 5],
    /// "Leads a month".
    pub x_axis: String,
    /// The segments, in the legend: "Still in the funnel", "Lost at this step".
    pub kept: String,
    pub lost: String,
}

/// Text sizes, CSS pixels: the stages' names at most, and the counts at most.
const NAME: f64 = 12.0;
const AMOUNT: f64 = 11.0;
/// How far the lost segments pale the kept ones' colour towards the background.
const PALE: f64 = 0.6;
/// The largest share of the plot's width a count may take: longer ones get a smaller font.
const COUNT_SHARE: f64 = 0.45;
/// A bar's half height, in rows.
const HALF: f64 = 0.3;

/// The five `stages`' counts a period (leads first, each at most the one before), each a
/// bar with what was lost since the stage before, and each count past its bar's end.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    stages: &[f64; 5],
    labels: &Labels,
    look: &Look,
) -> Drawn<DB> {
    let count = stages.map(|v| if v.is_finite() { v.max(0.0) } else { 0.0 });
    // Where each bar ends: at the count of the stage before, what was lost included.
    let reach: [f64; 5] = std::array::from_fn(|i| match i {
        0 => count[0],
        _ => count[i].max(count[i - 1]),
    });
    let top = reach.iter().copied().fold(0.0, f64::max);
    let top = if top > 0.0 { top } else { 1.0 };
    let rows = count.len();
    let row = |i: usize| (rows - i) as f64 - 0.5;
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    // The names take at most two fifths of the width: longer ones get a smaller font.
    let widest = labels
        .stages
        .iter()
        .map(|n| width(n, look.scale * NAME))
        .fold(1.0, f64::max);
    let name_size = NAME * (0.4 * w / widest).min(1.0);
    let named = labels
        .stages
        .iter()
        .enumerate()
        .map(|(i, n)| (row(i), n.as_str()))
        .collect();
    let palette = look.palette;
    let (kept, lost) = (palette.value, mix(palette.value, palette.background, PALE));
    let legend = [(&labels.kept, kept), (&labels.lost, lost)].map(|(text, c)| Entry {
        text,
        sample: Sample::Square(c),
    });
    let ticks = |x: f64| look.count(x);
    let mut frame = Frame {
        legend: &legend,
        x: Axis {
            range: 0.0..top,
            title: &labels.x_axis,
            ticks: Ticks::Round(6, &ticks),
        },
        y: Axis {
            range: 0.0..rows as f64,
            title: "",
            ticks: Ticks::Named(named, name_size),
        },
        y2: None,
    };
    // Each count is written past its bar's end: the axis runs far enough for the widest to
    // fit within the plot. Twice, as the longer axis may write wider ticks.
    let gap = look.scale * 6.0;
    let mut amount_size = look.scale * AMOUNT;
    for _ in 0..2 {
        let plot = frame.layout(look, (w, h)).plot;
        let room = plot.x1 - plot.x0;
        let widest = labels
            .counts
            .iter()
            .map(|t| width(t, look.scale * AMOUNT))
            .fold(1.0, f64::max);
        amount_size = look.scale * AMOUNT * (COUNT_SHARE * room / widest).min(1.0);
        let ends = reach
            .iter()
            .zip(&labels.counts)
            .map(|(at, t)| (*at, t.as_str()));
        frame.x.range = 0.0..bar_end(top, room, gap, amount_size, ends);
    }
    let (chart, _) = frame.draw(area, look)?;

    for (i, (&value, &end)) in count.iter().zip(&reach).enumerate() {
        let (y0, y1) = (row(i) - HALF, row(i) + HALF);
        if value > 0.0 {
            pen::bar(area, &chart, [(0.0, y0), (value, y1)], kept)?;
        }
        if end > value {
            pen::bar(area, &chart, [(value, y0), (end, y1)], lost)?;
        }
    }
    for (i, (end, text)) in reach.iter().zip(&labels.counts).enumerate() {
        let (x, y) = chart.backend_coord(&(*end, row(i)));
        let at = (f64::from(x) + gap, f64::from(y));
        look.write(area, text, amount_size, at, HPos::Left)?;
    }
    area.present()
}
