//! Survival: the share of acquired customers still active, S(t) = rᵗ (formulas.md §1).

use super::axes::{Axis, Frame, Ticks};
use super::legend::{Entry, Sample};
use super::look::{Drawn, Look};
use super::pen;
use crate::i18n::format::number;
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
    let last = clv.timeline.last().map_or(1, |p| p.t).max(1);
    let style = look.line(look.palette.value, 2.5);
    let legend = [Entry {
        text: &labels.series,
        sample: Sample::Line(style),
    }];
    let months = |x: f64| number(x, 1);
    let percent = |y: f64| look.lang.percent_of(number(y, 0));
    let frame = Frame {
        legend: &legend,
        x: Axis {
            range: 0.0..f64::from(last),
            title: &labels.x_axis,
            ticks: Ticks::Round(8, &months),
        },
        y: Axis {
            range: 0.0..100.0,
            title: &labels.y_axis,
            ticks: Ticks::Round(6, &percent),
        },
        y2: None,
    };
    let (chart, _) = frame.draw(area, look)?;
    let survival: Vec<_> = clv
        .timeline
        .iter()
        .map(|p| (f64::from(p.t), p.survival * 100.0))
        .collect();
    pen::line(area, &chart, &survival, style, None)?;
    area.present()
}
