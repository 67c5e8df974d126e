//! Breakdown: the switching cost built up factor by factor (a waterfall), each bar in its
//! group's colour, down to the total (formulas.md §3).

use super::axes::{Axis, Frame, Ticks};
use super::legend::{Entry, Sample};
use super::look::{bar_end, Drawn, Look};
use super::pen;
use super::text::width;
use crate::model::switching::{Switching, FACTORS, GROUPS};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

/// The words on the chart, in the reader's language.
pub struct Labels {
    /// "Switching cost (USD)".
    pub x_axis: String,
    /// The factors' names, in `FACTORS` order.
    pub factors: [&'static str; 11],
    /// The groups' names, in `GROUPS` order.
    pub groups: [&'static str; 3],
    pub total: String,
}

/// Text sizes, CSS pixels: the factors' names at most, and the amounts.
const NAME: f64 = 12.0;
const AMOUNT: f64 = 11.0;

pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    s: &Switching,
    labels: &Labels,
    look: &Look,
) -> Drawn<DB> {
    let rows = FACTORS.len() + 1;
    let row = |i: usize| (rows - i) as f64 - 0.5;
    let names: Vec<&str> = labels
        .factors
        .iter()
        .copied()
        .chain([labels.total.as_str()])
        .collect();
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    // The names take at most two fifths of the width: longer ones get a smaller font.
    let widest = names
        .iter()
        .map(|n| width(n, look.scale * NAME))
        .fold(1.0, f64::max);
    let name_size = NAME * (0.4 * w / widest).min(1.0);
    let named = names
        .iter()
        .enumerate()
        .map(|(i, n)| (row(i), *n))
        .collect();
    let legend = GROUPS
        .into_iter()
        .zip(labels.groups)
        .map(|(g, text)| (text, look.palette.group(g)))
        .chain([(labels.total.as_str(), look.palette.ink)])
        .map(|(text, c)| Entry {
            text,
            sample: Sample::Square(c),
        })
        .collect::<Vec<_>>();
    let money = |x: f64| look.money(x);
    let mut frame = Frame {
        legend: &legend,
        x: Axis {
            range: 0.0..s.total.max(1.0),
            title: &labels.x_axis,
            ticks: Ticks::Round(6, &money),
        },
        y: Axis {
            range: 0.0..rows as f64,
            title: "",
            ticks: Ticks::Named(named, name_size),
        },
        y2: None,
    };
    // Each amount is written past its bar's end: the axis runs far enough for the widest
    // to fit within the plot.
    let amount_size = look.scale * AMOUNT;
    let gap = look.scale * 6.0;
    let mut reached = 0.0;
    let amounts: Vec<(f64, f64, String)> = (0..rows)
        .map(|i| {
            let value = s.factors.get(i).copied().unwrap_or(s.total);
            reached = if i < FACTORS.len() {
                reached + value
            } else {
                s.total
            };
            (reached, value, money(value))
        })
        .collect();
    let plot = frame.layout(look, (w, h)).plot;
    let room = plot.x1 - plot.x0;
    let ends = amounts.iter().map(|(at, _, text)| (*at, text.as_str()));
    frame.x.range = 0.0..bar_end(s.total.max(1.0), room, gap, amount_size, ends);
    let (chart, _) = frame.draw(area, look)?;

    let bar = |from: f64, to: f64, i: usize, colour: RGBColor| {
        pen::bar(
            area,
            &chart,
            [(from, row(i) - 0.34), (to, row(i) + 0.34)],
            colour,
        )
    };
    let mut start = 0.0;
    for (i, (factor, value)) in FACTORS.iter().zip(s.factors).enumerate() {
        bar(start, start + value, i, look.palette.group(factor.group()))?;
        start += value;
    }
    bar(0.0, s.total, FACTORS.len(), look.palette.ink)?;
    for (i, (reached, _, text)) in amounts.iter().enumerate() {
        let (x, y) = chart.backend_coord(&(*reached, row(i)));
        let at = (f64::from(x) + gap, f64::from(y));
        look.write(area, text, amount_size, at, HPos::Left)?;
    }
    area.present()
}
