//! Barrier: churn (left axis) and lifetime value (right axis) against switching cost, with
//! today's point and the what-if point marked (formulas.md §4).

use super::axes::{Axis, Frame, Ticks};
use super::legend::{Entry, Sample};
use super::look::{Drawn, Look, Plot};
use super::pen;
use crate::i18n::format::number;
use crate::model::switching::Churn;
use plotters::coord::Shift;
use plotters::prelude::*;

/// The words on the chart, in the reader's language.
pub struct Labels {
    /// "Switching cost per customer (USD)".
    pub x_axis: String,
    /// "Churn per month (%)".
    pub churn_axis: String,
    /// "Lifetime value (USD)".
    pub value_axis: String,
    pub churn: String,
    pub value: String,
    /// "Today $246.00".
    pub today: String,
    /// "What if $307.50".
    pub what_if: String,
}

pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    c: &Churn,
    labels: &Labels,
    look: &Look,
) -> Drawn<DB> {
    let end = c.curve.last().map_or(1.0, |p| p.cost).max(1.0);
    let churns = c
        .curve
        .iter()
        .map(|p| p.churn)
        .chain([c.model.today, c.asked_churn]);
    let churn_top = churns.fold(0.0, f64::max) * 100.0;
    let values = c
        .curve
        .iter()
        .filter_map(|p| p.clv)
        .chain([c.today_clv, c.asked.clv]);
    let low = values.clone().fold(0.0, f64::min);
    let high = values.fold(0.0, f64::max);
    let money_top = high + (high - low).max(1.0) * 0.08;
    // A probability: the axis ends at 100 % at most.
    let churn_end = (churn_top * 1.08).clamp(0.1, 100.0);
    let ink = look.palette.ink;
    let churn_style = look.line(look.palette.cost, 2.5);
    let value_style = look.line(look.palette.value, 2.5);
    let ring = ink.stroke_width(look.px(2.0).max(1));
    let what_if = c.asked_cost != c.model.cost;
    let mut legend = vec![
        Entry {
            text: &labels.churn,
            sample: Sample::Line(churn_style),
        },
        Entry {
            text: &labels.value,
            sample: Sample::Line(value_style),
        },
        Entry {
            text: &labels.today,
            sample: Sample::Dot(ink.filled()),
        },
    ];
    if what_if {
        legend.push(Entry {
            text: &labels.what_if,
            sample: Sample::Dot(ring),
        });
    }
    let money = |y: f64| look.money(y);
    let decimals = if churn_top < 5.0 { 1 } else { 0 };
    let percent = |y: f64| look.lang.percent_of(number(y, decimals));
    let frame = Frame {
        legend: &legend,
        x: Axis {
            range: 0.0..end,
            title: &labels.x_axis,
            ticks: Ticks::Round(6, &money),
        },
        y: Axis {
            range: 0.0..churn_end,
            title: &labels.churn_axis,
            ticks: Ticks::Round(6, &percent),
        },
        y2: Some(Axis {
            range: low..money_top,
            title: &labels.value_axis,
            ticks: Ticks::Round(6, &money),
        }),
    };
    let (chart, secondary) = frame.draw(area, look)?;
    let churn: Vec<_> = c.curve.iter().map(|p| (p.cost, p.churn * 100.0)).collect();
    pen::line(area, &chart, &churn, churn_style, None)?;
    let radius = look.px(5.0);
    let dot =
        |on: &Plot, at: (f64, f64), style| pen::dot(area, on.backend_coord(&at), radius, style);
    dot(&chart, (c.model.cost, c.model.today * 100.0), ink.filled())?;
    if what_if {
        dot(&chart, (c.asked_cost, c.asked_churn * 100.0), ring)?;
    }
    if let Some(money_chart) = secondary {
        let value: Vec<_> = c
            .curve
            .iter()
            .filter_map(|p| Some((p.cost, p.clv?)))
            .collect();
        pen::line(area, &money_chart, &value, value_style, None)?;
        dot(&money_chart, (c.model.cost, c.today_clv), ink.filled())?;
        if what_if {
            dot(&money_chart, (c.asked_cost, c.asked.clv), ring)?;
        }
    }
    area.present()
}
