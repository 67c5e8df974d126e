//! Breakdown: the switching cost built up factor by factor (a waterfall), each bar in its
//! group's colour, down to the total (formulas.md §3).

use super::look::{plot_width, Drawn, Look};
use crate::model::switching::{Group, Switching, EMOTIONS, FACTORS, GROUPS};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

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

pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    s: &Switching,
    labels: &Labels,
    look: &Look,
) -> Drawn<DB> {
    area.fill(&look.palette.background)?;
    let rows = FACTORS.len() + 1;
    let row = |i: usize| (rows - i) as f64 - 0.5;
    let end = s.total.max(1.0) * 1.18;
    let money = |x: &f64| look.money(*x);
    let mut chart = ChartBuilder::on(area)
        .margin(look.px(12.0))
        .x_label_area_size(look.px(40.0))
        .y_label_area_size(look.px(142.0))
        .build_cartesian_2d(0f64..end, 0f64..rows as f64)?;
    let ticks = look.ticks(plot_width(&chart), 6);
    look.mesh(&mut chart.configure_mesh())
        .disable_y_mesh()
        .y_labels(0)
        .x_desc(labels.x_axis.as_str())
        .x_labels(ticks)
        .x_label_formatter(&money)
        .draw()?;

    let bar = |from: f64, to: f64, i: usize, color: RGBColor| {
        Rectangle::new([(from, row(i) - 0.34), (to, row(i) + 0.34)], color.filled())
    };
    let mut start = 0.0;
    let mut bars: Vec<(Group, Rectangle<(f64, f64)>)> = Vec::with_capacity(FACTORS.len());
    for (i, (factor, value)) in FACTORS.iter().zip(s.factors).enumerate() {
        bars.push((
            factor.group(),
            bar(start, start + value, i, look.palette.group(factor.group())),
        ));
        start += value;
    }
    for (group, name) in GROUPS.into_iter().zip(labels.groups) {
        chart
            .draw_series::<_, Rectangle<(f64, f64)>, _, _>(
                bars.iter().filter(|(g, _)| *g == group).map(|(_, b)| b),
            )?
            .label(name)
            .legend(look.legend_box(look.palette.group(group)));
    }
    chart
        .draw_series([bar(0.0, s.total, FACTORS.len(), look.palette.ink)])?
        .label(labels.total.as_str())
        .legend(look.legend_box(look.palette.ink));

    // Row names in the label area, and each bar's amount just past its end.
    let name_style = look.font(12.0).pos(Pos::new(HPos::Right, VPos::Center));
    let amount_style = look.font(11.0).pos(Pos::new(HPos::Left, VPos::Center));
    let gap = look.px(6.0) as i32;
    let mut reached = 0.0;
    for i in 0..rows {
        let (name, value) = match labels.factors.get(i) {
            Some(name) => (*name, s.factors[i]),
            None => (labels.total.as_str(), s.total),
        };
        reached = if i < FACTORS.len() {
            reached + value
        } else {
            s.total
        };
        let (x0, y) = chart.backend_coord(&(0.0, row(i)));
        let (x1, _) = chart.backend_coord(&(reached, row(i)));
        area.draw(&Text::new(name, (x0 - gap, y), name_style.clone()))?;
        area.draw(&Text::new(
            money(&value),
            (x1 + gap, y),
            amount_style.clone(),
        ))?;
    }
    // The bars run from top left to bottom right: the legend goes where they leave room.
    // Past half the width the first rows' bars have ended; before it the emotional rows'
    // have not begun.
    let financial_and_process = s.total - s.group(Group::Emotional);
    let position = if financial_and_process <= 0.5 * s.total {
        SeriesLabelPosition::UpperRight
    } else {
        let (_, top) = chart.backend_coord(&(0.0, rows as f64));
        let (_, y) = chart.backend_coord(&(0.0, row(FACTORS.len() - EMOTIONS.len()) + 0.5));
        SeriesLabelPosition::Coordinate(look.px(8.0) as i32, y - top)
    };
    look.legend(&mut chart, position)?;
    area.present()
}
