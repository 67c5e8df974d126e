//! Rates: lifetime value (left axis) and the steady-state profit a period (right axis)
//! against the retention rate, with today's retention and the retention with the uplift
//! marked (formulas.md §6).

use super::axes::{Axis, Frame, Ticks};
use super::legend::{Entry, Sample};
use super::look::{inside_axes, pixels, square, Drawn, Look, Plot};
use super::markers::{self, Keep};
use super::pen;
use crate::i18n::format::number;
use crate::model::acquisition::Acquisition;
use plotters::coord::Shift;
use plotters::prelude::*;

/// The words on the chart, in the reader's language.
pub struct Labels {
    /// "Retention a month (%)".
    pub x_axis: String,
    /// "Lifetime value (USD)".
    pub clv_axis: String,
    /// "Steady-state profit a month (USD)".
    pub profit_axis: String,
    pub clv: String,
    pub profit: String,
    /// Beside the marker at today's retention: "Today".
    pub today: String,
    /// Beside the marker at the retention with the uplift: "With the uplift".
    pub uplifted: String,
}

/// The curves of `a`, and markers at today's `retention` (a fraction a period) and at the
/// retention with the uplift, with a dot where each meets a curve.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    a: &Acquisition,
    retention: f64,
    labels: &Labels,
    look: &Look,
) -> Drawn<DB> {
    let marks = [
        (retention, a.clv, a.steady_profit, &labels.today),
        (
            a.retention_uplifted,
            a.clv_uplifted,
            a.steady_profit_uplifted,
            &labels.uplifted,
        ),
    ];
    let rates = a
        .curve
        .iter()
        .map(|p| p.retention)
        .chain(marks.map(|m| m.0));
    // A probability: the axis ends at 100 % at most.
    let x_low = rates.clone().fold(f64::INFINITY, f64::min).max(0.0) * 100.0;
    let x_high = rates.fold(0.0, f64::max).min(1.0) * 100.0;
    let (x_low, x_high) = match x_high - x_low {
        s if s > 1e-9 => (x_low, x_high),
        _ => ((x_low - 0.5).max(0.0), (x_high + 0.5).min(100.0)),
    };
    let clvs = a.curve.iter().map(|p| p.clv).chain(marks.map(|m| m.1));
    let profits = a.curve.iter().filter_map(|p| p.steady_profit);
    let (clv_range, profit_range) = aligned(
        span(clvs),
        span(profits.chain(marks.iter().filter_map(|m| m.2))),
    );
    let palette = look.palette;
    let clv_style = look.line(palette.value, 2.5);
    let profit_style = look.line(palette.emotional, 2.5);
    let legend =
        [(&labels.clv, clv_style), (&labels.profit, profit_style)].map(|(text, style)| Entry {
            text,
            sample: Sample::Line(style),
        });
    let decimals = (-((x_high - x_low) / 10.0).log10()).ceil().clamp(0.0, 3.0) as usize;
    let percent = |x: f64| look.lang.percent_of(number(x, decimals));
    let money = |y: f64| look.money(y);
    let frame = Frame {
        legend: &legend,
        x: Axis {
            range: x_low..x_high,
            title: &labels.x_axis,
            ticks: Ticks::Round(6, &percent),
        },
        y: Axis {
            range: clv_range.0..clv_range.1,
            title: &labels.clv_axis,
            ticks: Ticks::Round(6, &money),
        },
        y2: Some(Axis {
            range: profit_range.0..profit_range.1,
            title: &labels.profit_axis,
            ticks: Ticks::Round(6, &money),
        }),
    };
    let (chart, secondary) = frame.draw(area, look)?;
    let mut rules = Vec::new();
    if clv_range.0 < 0.0 {
        rules.push(f64::from(chart.backend_coord(&(x_low, 0.0)).1));
        let zero = look.line(palette.limit, 1.0);
        pen::line(area, &chart, &[(x_low, 0.0), (x_high, 0.0)], zero, None)?;
    }
    // Where the dots go: today's filled, the uplift's a ring.
    let styles = [
        palette.ink.filled(),
        palette.ink.stroke_width(look.px(2.0).max(1)),
    ];
    let dot = |c: &Plot, r: f64, y: f64, style| (c.backend_coord(&(r * 100.0, y)), style);
    let mut dots: Vec<_> = marks
        .iter()
        .zip(styles)
        .map(|(&(r, clv, ..), style)| dot(&chart, r, clv, style))
        .collect();
    let clvs: Vec<_> = a
        .curve
        .iter()
        .map(|p| (p.retention * 100.0, p.clv))
        .collect();
    let mut curves = vec![pixels(&chart, clvs.iter().copied())];
    let profits: Vec<_> = a
        .curve
        .iter()
        .filter_map(|p| Some((p.retention * 100.0, p.steady_profit?)))
        .collect();
    if let Some(money_chart) = &secondary {
        curves.push(pixels(money_chart, profits.iter().copied()));
        for (&(r, _, profit, _), style) in marks.iter().zip(styles) {
            dots.extend(profit.map(|y| dot(money_chart, r, y, style)));
        }
    }
    // The markers under the curves, their labels clear of the plot's axes' lines.
    let radius = look.px(5.0);
    let keep = Keep {
        plot: inside_axes(&chart, look),
        rules,
        dots: dots
            .iter()
            .map(|(at, _)| square(*at, radius + look.px(1.0)))
            .collect(),
        curves,
    };
    let at = |r: f64| f64::from(chart.backend_coord(&(r * 100.0, 0.0)).0);
    let marked = marks.map(|(r, .., text)| (at(r), text.as_str()));
    markers::draw(area, look, &marked, &keep, look.line(palette.limit, 1.5))?;
    pen::line(area, &chart, &clvs, clv_style, None)?;
    if let Some(money_chart) = &secondary {
        pen::line(area, money_chart, &profits, profit_style, None)?;
    }
    for (at, style) in dots {
        pen::dot(area, at, radius, style)?;
    }
    area.present()
}

/// The lowest and highest of `values` and 0, a little beyond them where they are not 0.
fn span(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let (low, high) = values.fold((0.0, 0.0), |(l, h), v: f64| (v.min(l), v.max(h)));
    let pad = match (high - low) * 0.08 {
        pad if pad > 0.0 => pad,
        _ => 1.0,
    };
    (if low < 0.0 { low - pad } else { 0.0 }, high + pad)
}

/// Two ranges stretched below so that their zeros are at the same height.
fn aligned(a: (f64, f64), b: (f64, f64)) -> ((f64, f64), (f64, f64)) {
    let below = |(l, h): (f64, f64)| -l / (h - l);
    let share = below(a).max(below(b));
    let stretch = |(l, h): (f64, f64)| (l.min(-share * h / (1.0 - share)), h);
    (stretch(a), stretch(b))
}
