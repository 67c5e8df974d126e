//! Payback: one acquired customer's cumulative discounted contribution against its
//! acquisition cost (formulas.md §2).

use super::look::{Drawn, Look};
use crate::model::Clv;
use plotters::coord::Shift;
use plotters::prelude::*;

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
    let last = clv.timeline.last().map_or(1, |p| p.t);
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
    let money = |y: &f64| look.money(*y);
    let mut chart = look.frame(
        area,
        (last, &labels.x_axis),
        (y_low..high + pad, &labels.y_axis),
        &money,
    )?;
    let palette = look.palette;

    let value_style = look.line(palette.value, 2.5);
    chart
        .draw_series(LineSeries::new(
            clv.timeline.iter().map(|p| (f64::from(p.t), p.cumulative)),
            value_style,
        ))?
        .label(labels.cumulative.as_str())
        .legend(look.legend_line(value_style));

    let limit_style = look.line(palette.limit, 1.5);
    let (dash, gap) = (look.px(4.0), look.px(4.0));
    chart
        .draw_series(DashedLineSeries::new(
            [(0.0, clv.clv), (end, clv.clv)],
            dash,
            gap,
            limit_style,
        ))?
        .label(labels.limit.as_str())
        .legend(look.legend_line(limit_style));

    let cost_style = look.line(palette.cost, 2.0);
    chart
        .draw_series(DashedLineSeries::new(
            [(0.0, cac), (end, cac)],
            dash * 2,
            gap,
            cost_style,
        ))?
        .label(labels.cost.as_str())
        .legend(look.legend_line(cost_style));

    let point = clv
        .payback_cohort
        .and_then(|t| clv.timeline.get(t as usize));
    if let (Some(point), Some(text)) = (point, &labels.pays_back) {
        chart.draw_series([EmptyElement::at((f64::from(point.t), point.cumulative))
            + Circle::new((0, 0), look.px(5.0), palette.cost.filled())
            + Text::new(
                text.clone(),
                (look.px(8.0) as i32, look.px(6.0) as i32),
                look.font(13.0),
            )])?;
    }
    look.legend(&mut chart, SeriesLabelPosition::LowerRight)?;
    area.present()
}
