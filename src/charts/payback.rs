//! Payback: one acquired customer's cumulative discounted contribution against its
//! acquisition cost (formulas.md §2).

use super::axes::{Axis, Frame, Ticks};
use super::legend::{Entry, Sample};
use super::look::{Drawn, Look};
use super::pen;
use super::text::{width, Rect, LINE};
use crate::i18n::format::number;
use crate::model::Clv;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

/// The words on the chart, in the reader's language.
pub struct Labels {
    /// "Months since acquisition".
    pub x_axis: String,
    /// "Cumulative contribution (USD)".
    pub y_axis: String,
    pub cumulative: String,
    /// "Lifetime value $1,915.78".
    pub limit: String,
    /// "Acquisition cost $900.00".
    pub cost: String,
    /// "Pays back in month 17", when it does.
    pub pays_back: Option<String>,
}

/// The curve, the lifetime value it tends to, the acquisition cost, and the cohort
/// payback point marked.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    clv: &Clv,
    cac: f64,
    labels: &Labels,
    look: &Look,
) -> Drawn<DB> {
    let last = clv.timeline.last().map_or(1, |p| p.t).max(1);
    let end = f64::from(last);
    let values = clv.timeline.iter().map(|p| p.cumulative);
    let low = values
        .clone()
        .chain([0.0, clv.clv, cac])
        .fold(f64::INFINITY, f64::min);
    let high = values
        .chain([0.0, clv.clv, cac])
        .fold(f64::NEG_INFINITY, f64::max);
    let pad = ((high - low) * 0.08).max(1.0);
    let y_low = if low < 0.0 { low - pad } else { 0.0 };
    let palette = look.palette;
    let value_style = look.line(palette.value, 2.5);
    let limit_style = look.line(palette.limit, 1.5);
    let cost_style = look.line(palette.cost, 2.0);
    // The legend draws each line as the plot does: the two levels dashed.
    let (dash, gap) = (look.px(4.0), look.px(4.0));
    let legend = [
        (&labels.cumulative, Sample::Line(value_style)),
        (&labels.limit, Sample::Dashed(limit_style, dash, gap)),
        (&labels.cost, Sample::Dashed(cost_style, dash * 2, gap)),
    ]
    .map(|(text, sample)| Entry { text, sample });
    let money = |y: f64| look.money(y);
    let months = |x: f64| number(x, 1);
    let frame = Frame {
        legend: &legend,
        x: Axis {
            range: 0.0..end,
            title: &labels.x_axis,
            ticks: Ticks::Round(8, &months),
        },
        y: Axis {
            range: y_low..high + pad,
            title: &labels.y_axis,
            ticks: Ticks::Round(6, &money),
        },
        y2: None,
    };
    let (chart, _) = frame.draw(area, look)?;

    let cumulative: Vec<_> = clv
        .timeline
        .iter()
        .map(|p| (f64::from(p.t), p.cumulative))
        .collect();
    pen::line(area, &chart, &cumulative, value_style, None)?;
    for (y, dash, style) in [(clv.clv, dash, limit_style), (cac, dash * 2, cost_style)] {
        pen::line(
            area,
            &chart,
            &[(0.0, y), (end, y)],
            style,
            Some((dash, gap)),
        )?;
    }

    let point = clv
        .payback_cohort
        .and_then(|t| clv.timeline.get(t as usize));
    if let (Some(point), Some(text)) = (point, &labels.pays_back) {
        let at = chart.backend_coord(&(f64::from(point.t), point.cumulative));
        pen::dot(area, at, look.px(5.0), palette.cost.filled())?;
        let lines = [clv.clv, cac].map(|y| f64::from(chart.backend_coord(&(0.0, y)).1));
        note(area, look, text, at, chart.rect(), &lines)?;
    }
    area.present()
}

/// Writes `text` beside the marker at `at`, in the first corner where it stays within the
/// plot and clear of the horizontal reference `lines`.
fn note<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    look: &Look,
    text: &str,
    (x, y): (i32, i32),
    plot: Rect,
    lines: &[f64],
) -> Drawn<DB> {
    let size = look.scale * 12.0;
    let (w, h) = (width(text, size), size * LINE);
    let (x, y, d) = (f64::from(x), f64::from(y), look.scale * 9.0);
    let clear = look.scale * 3.0;
    let corners = [(1.0, 1.0), (1.0, -1.0), (-1.0, 1.0), (-1.0, -1.0)].map(|(sx, sy)| {
        let cx = x + sx * (d + w / 2.0);
        let cy = y + sy * (d + h / 2.0);
        Rect {
            x0: cx - w / 2.0,
            y0: cy - h / 2.0,
            x1: cx + w / 2.0,
            y1: cy + h / 2.0,
        }
    });
    let fits = |r: &Rect| r.within(&plot);
    let free = |r: &Rect| {
        lines
            .iter()
            .all(|l| *l + clear <= r.y0 || *l - clear >= r.y1)
    };
    let chosen = corners
        .iter()
        .find(|r| fits(r) && free(r))
        .or_else(|| corners.iter().find(|r| fits(r)))
        .unwrap_or(&corners[0]);
    let centre = ((chosen.x0 + chosen.x1) / 2.0, (chosen.y0 + chosen.y1) / 2.0);
    look.write(area, text, size, centre, HPos::Center)?;
    Ok(())
}
