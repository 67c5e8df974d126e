//! Barrier: churn (left axis) and lifetime value (right axis) against switching cost, with
//! today's point and the what-if point marked (formulas.md §4).

use super::look::{Drawn, Look};
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
    area.fill(&look.palette.background)?;
    let end = c.curve.last().map_or(1.0, |p| p.cost).max(1.0);
    let churn_top = c.curve.iter().map(|p| p.churn).fold(0.0, f64::max) * 100.0;
    let values = c.curve.iter().filter_map(|p| p.clv).chain([c.today_clv]);
    let low = values.clone().fold(0.0, f64::min);
    let high = values.fold(0.0, f64::max);
    // Headroom above both curves keeps the legend clear of them.
    let money_top = high + (high - low).max(1.0) * 0.6;
    let mut chart = ChartBuilder::on(area)
        .margin(look.px(12.0))
        .x_label_area_size(look.px(40.0))
        .y_label_area_size(look.px(56.0))
        .right_y_label_area_size(look.px(70.0))
        .build_cartesian_2d(0f64..end, 0f64..(churn_top * 1.6).max(0.1))?
        .set_secondary_coord(0f64..end, low..money_top);
    let money = |y: &f64| look.money(*y);
    let decimals = if churn_top < 5.0 { 1 } else { 0 };
    let percent = |y: &f64| look.lang.percent_of(number(*y, decimals));
    look.mesh(&mut chart.configure_mesh())
        .x_desc(labels.x_axis.as_str())
        .y_desc(labels.churn_axis.as_str())
        .x_labels(6)
        .y_labels(6)
        .x_label_formatter(&money)
        .y_label_formatter(&percent)
        .draw()?;
    chart
        .configure_secondary_axes()
        .axis_style(look.line(look.palette.limit, 1.0))
        .y_desc(labels.value_axis.as_str())
        .label_style(look.font(12.0))
        .axis_desc_style(look.font(13.0))
        .y_labels(6)
        .y_label_formatter(&money)
        .draw()?;

    let churn_style = look.line(look.palette.cost, 2.5);
    chart
        .draw_series(LineSeries::new(
            c.curve.iter().map(|p| (p.cost, p.churn * 100.0)),
            churn_style,
        ))?
        .label(labels.churn.as_str())
        .legend(look.legend_line(churn_style));
    let value_style = look.line(look.palette.value, 2.5);
    chart
        .draw_secondary_series(LineSeries::new(
            c.curve.iter().filter_map(|p| Some((p.cost, p.clv?))),
            value_style,
        ))?
        .label(labels.value.as_str())
        .legend(look.legend_line(value_style));

    let radius = look.px(5.0);
    let ink = look.palette.ink;
    let today = (c.model.cost, c.model.today * 100.0);
    chart
        .draw_series([Circle::new(today, radius, ink.filled())])?
        .label(labels.today.as_str())
        .legend(move |(x, y)| Circle::new((x + radius as i32, y), radius, ink.filled()));
    chart.draw_secondary_series([Circle::new(
        (c.model.cost, c.today_clv),
        radius,
        ink.filled(),
    )])?;
    if c.asked_cost != c.model.cost {
        let ring = ink.stroke_width(look.px(2.0).max(1));
        chart
            .draw_series([Circle::new(
                (c.asked_cost, c.asked_churn * 100.0),
                radius,
                ring,
            )])?
            .label(labels.what_if.as_str())
            .legend(move |(x, y)| Circle::new((x + radius as i32, y), radius, ring));
        chart.draw_secondary_series([Circle::new((c.asked_cost, c.asked.clv), radius, ring)])?;
    }
    look.legend(&mut chart, SeriesLabelPosition::UpperMiddle)?;
    area.present()
}
