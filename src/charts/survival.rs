//! Survival: the share of acquired customers still active, S(t) = rᵗ (formulas.md §1).

use super::look::{Drawn, Look};
use crate::model::Clv;
use plotters::coord::Shift;
use plotters::prelude::*;

/// The words on the chart, in the reader's language.
pub struct Labels {
    pub x_axis: String,
    /// "Customers still active (%)".
    pub y_axis: String,
    pub series: String,
}

pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    clv: &Clv,
    labels: &Labels,
    look: &Look,
) -> Drawn<DB> {
    let last = clv.timeline.last().map_or(1, |p| p.t);
    let percent = |y: &f64| look.lang.percent_of(crate::i18n::format::number(*y, 0));
    let mut chart = look.frame(
        area,
        (last, &labels.x_axis),
        (0.0..105.0, &labels.y_axis),
        &percent,
    )?;
    let style = look.line(look.palette.value, 2.5);
    chart
        .draw_series(LineSeries::new(
            clv.timeline
                .iter()
                .map(|p| (f64::from(p.t), p.survival * 100.0)),
            style,
        ))?
        .label(labels.series.as_str())
        .legend(look.legend_line(style));
    look.legend(&mut chart, SeriesLabelPosition::UpperRight)?;
    area.present()
}
