//! Holding the base: what a period of holding today's customer base costs without the
//! retention programme and with it, as stacked bars of acquisition spend replacing the
//! customers lost, spend serving and keeping the base, and the programme (formulas.md §6).

use super::axes::{Axis, Frame, Ticks};
use super::legend::{Entry, Sample};
use super::look::{bar_end, Drawn, Look};
use super::pen;
use super::text::width;
use crate::model::acquisition::Acquisition;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

/// The words on the chart, in the reader's language.
pub struct Labels {
    /// "Spend a month (USD)".
    pub x_axis: String,
    /// The rows: "Without the programme", "With the programme".
    pub without: String,
    pub with: String,
    /// The segments, in the legend: "Winning new customers to replace those lost",
    /// "Serving and keeping the base", "The retention programme".
    pub acquisition: String,
    pub serving: String,
    pub programme: String,
}

/// Text sizes, CSS pixels: the rows' names at most, and the totals.
const NAME: f64 = 12.0;
const AMOUNT: f64 = 11.0;

/// The two bars, their segments named in the legend, and each bar's total past its end.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    a: &Acquisition,
    labels: &Labels,
    look: &Look,
) -> Drawn<DB> {
    let palette = look.palette;
    let (acquisition, serving, programme) = (palette.cost, palette.limit, palette.value);
    let rows: [Vec<(f64, RGBColor)>; 2] = [
        vec![(a.replace_spend, acquisition), (a.serve_spend, serving)],
        vec![
            (a.replace_spend_with, acquisition),
            (a.serve_spend, serving),
            (a.programme_spend, programme),
        ],
    ];
    let totals = rows
        .each_ref()
        .map(|segments| segments.iter().map(|(v, _)| v.max(0.0)).sum::<f64>());
    let row = |i: usize| (rows.len() - i) as f64 - 0.5;
    let names = [labels.without.as_str(), labels.with.as_str()];
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
    let mut legend = vec![
        (labels.acquisition.as_str(), acquisition),
        (labels.serving.as_str(), serving),
    ];
    if a.programme_spend > 0.0 {
        legend.push((labels.programme.as_str(), programme));
    }
    let legend = legend
        .into_iter()
        .map(|(text, c)| Entry {
            text,
            sample: Sample::Square(c),
        })
        .collect::<Vec<_>>();
    let money = |x: f64| look.money(x);
    let top = totals.iter().copied().fold(0.0, f64::max);
    let top = if top > 0.0 { top } else { 1.0 };
    let mut frame = Frame {
        legend: &legend,
        x: Axis {
            range: 0.0..top,
            title: &labels.x_axis,
            ticks: Ticks::Round(6, &money),
        },
        y: Axis {
            range: 0.0..rows.len() as f64,
            title: "",
            ticks: Ticks::Named(named, name_size),
        },
        y2: None,
    };
    // Each total is written past its bar's end: the axis runs far enough for the widest
    // to fit within the plot.
    let amount_size = look.scale * AMOUNT;
    let gap = look.scale * 6.0;
    let amounts = totals.map(|total| (total, money(total)));
    let plot = frame.layout(look, (w, h)).plot;
    let room = plot.x1 - plot.x0;
    let ends = amounts.iter().map(|(at, t)| (*at, t.as_str()));
    frame.x.range = 0.0..bar_end(top, room, gap, amount_size, ends);
    let (chart, _) = frame.draw(area, look)?;

    for (i, segments) in rows.iter().enumerate() {
        let mut start = 0.0;
        for &(value, colour) in segments.iter().filter(|(v, _)| *v > 0.0) {
            let corners = [(start, row(i) - 0.3), (start + value, row(i) + 0.3)];
            pen::bar(area, &chart, corners, colour)?;
            start += value;
        }
    }
    for (i, (total, text)) in amounts.iter().enumerate() {
        let (x, y) = chart.backend_coord(&(*total, row(i)));
        let at = (f64::from(x) + gap, f64::from(y));
        look.write(area, text, amount_size, at, HPos::Left)?;
    }
    area.present()
}
