//! Staffing: the service level (left axis) and the cost per contact (right axis) against the
//! agents on duty, by Erlang C, with the target service level dashed across and the agents
//! needed marked (formulas.md §7).

use super::axes::{Axis, Frame, Ticks};
use super::legend::{Entry, Sample};
use super::look::{inside_axes, pixels, square, Drawn, Look};
use super::markers::{self, Keep};
use super::pen;
use crate::i18n::format::number;
use plotters::coord::Shift;
use plotters::prelude::*;

/// One staffing level.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// The agents on duty, a whole number.
    pub agents: f64,
    /// The service level: the share of contacts answered within the target time, 0–1.
    pub level: f64,
    /// The cost per contact, money.
    pub cost: f64,
}

/// The words on the chart, in the reader's language.
pub struct Labels {
    /// "Agents on duty".
    pub x_axis: String,
    /// "Service level (%)".
    pub level_axis: String,
    /// "Cost per contact (USD)".
    pub cost_axis: String,
    /// The series, in the legend: "Service level", "Cost per contact".
    pub level: String,
    pub cost: String,
    /// The dashed target line, in the legend: "Target 80 %".
    pub target: String,
    /// Beside the marker at the agents needed: "14 agents: 88.8 %".
    pub chosen: String,
}

/// The most ticks on the agents' axis.
const MOST: usize = 8;

/// The service level and the cost per contact at each of `points` (agents increasing), the
/// `target` service level (a fraction) dashed across, and a marker at the `chosen` agents,
/// with a dot where it meets each curve.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    points: &[Point],
    target: f64,
    chosen: f64,
    labels: &Labels,
    look: &Look,
) -> Drawn<DB> {
    let points: Vec<Point> = points
        .iter()
        .filter(|p| p.agents.is_finite() && p.level.is_finite() && p.cost.is_finite())
        .copied()
        .collect();
    let agents = points.iter().map(|p| p.agents).chain([chosen]);
    let low = agents.clone().fold(f64::INFINITY, f64::min);
    let high = agents.fold(f64::NEG_INFINITY, f64::max);
    // Half an agent beyond the first and the last, so that no marker sits on an axis.
    let (low, high) = match high >= low {
        true => (low.floor() - 0.5, high.ceil() + 0.5),
        false => (-0.5, 0.5),
    };
    // No more ticks than whole numbers on the axis: every tick a whole number of agents.
    let whole = (high - low).round().max(1.0) as usize;
    let cost_high = points.iter().map(|p| p.cost).fold(0.0, f64::max);
    let cost_end = if cost_high > 0.0 {
        cost_high * 1.08
    } else {
        1.0
    };
    let target = if target.is_finite() {
        target.clamp(0.0, 1.0) * 100.0
    } else {
        0.0
    };
    let palette = look.palette;
    let level_style = look.line(palette.value, 2.5);
    let cost_style = look.line(palette.cost, 2.5);
    let target_style = look.line(palette.limit, 1.5);
    let (dash, gap) = (look.px(8.0), look.px(4.0));
    let legend = [
        (&labels.level, Sample::Line(level_style)),
        (&labels.cost, Sample::Line(cost_style)),
        (&labels.target, Sample::Dashed(target_style, dash, gap)),
    ]
    .map(|(text, sample)| Entry { text, sample });
    let count = |x: f64| number(x, 0);
    let percent = |y: f64| look.lang.percent_of(number(y, 0));
    // Costs of a few units are written to the cent: compact money would round them whole.
    let money = |y: f64| match cost_end < 100.0 {
        true => look.lang.money(y, look.currency),
        false => look.money(y),
    };
    let frame = Frame {
        legend: &legend,
        x: Axis {
            range: low..high,
            title: &labels.x_axis,
            ticks: Ticks::Round(whole.min(MOST), &count),
        },
        y: Axis {
            range: 0.0..100.0,
            title: &labels.level_axis,
            ticks: Ticks::Round(6, &percent),
        },
        y2: Some(Axis {
            range: 0.0..cost_end,
            title: &labels.cost_axis,
            ticks: Ticks::Round(6, &money),
        }),
    };
    let (chart, secondary) = frame.draw(area, look)?;
    let dashes = Some((dash, gap));
    pen::line(
        area,
        &chart,
        &[(low, target), (high, target)],
        target_style,
        dashes,
    )?;

    let levels: Vec<_> = points
        .iter()
        .map(|p| (p.agents, p.level.clamp(0.0, 1.0) * 100.0))
        .collect();
    let costs: Vec<_> = points.iter().map(|p| (p.agents, p.cost)).collect();
    let at = points.iter().find(|p| (p.agents - chosen).abs() < 0.5);
    // The dots: where the marker meets each curve, in ink, or a lone point in its series'
    // colours.
    let radius = look.px(4.0);
    let mut dots = Vec::new();
    let lone = points.len() == 1;
    let mut curves = vec![pixels(&chart, levels.iter().copied())];
    if lone {
        dots.extend(
            levels
                .iter()
                .map(|p| (chart.backend_coord(p), palette.value)),
        );
    }
    let at = at.filter(|_| !lone);
    if let Some(p) = at {
        let level = (p.agents, p.level.clamp(0.0, 1.0) * 100.0);
        dots.push((chart.backend_coord(&level), palette.ink));
    }
    if let Some(money_chart) = &secondary {
        curves.push(pixels(money_chart, costs.iter().copied()));
        if lone {
            dots.extend(
                costs
                    .iter()
                    .map(|p| (money_chart.backend_coord(p), palette.cost)),
            );
        }
        if let Some(p) = at {
            dots.push((money_chart.backend_coord(&(p.agents, p.cost)), palette.ink));
        }
    }
    // The marker under the curves, its label clear of the plot's axes' lines, the target
    // line, the dots and, where it can be, the curves.
    let keep = Keep {
        plot: inside_axes(&chart, look),
        rules: vec![f64::from(chart.backend_coord(&(low, target)).1)],
        dots: dots
            .iter()
            .map(|(at, _)| square(*at, radius + look.px(1.0)))
            .collect(),
        curves,
    };
    let x = f64::from(chart.backend_coord(&(chosen, 0.0)).0);
    let marks = [(x, labels.chosen.as_str())];
    markers::draw(area, look, &marks, &keep, look.line(palette.limit, 1.5))?;
    pen::line(area, &chart, &levels, level_style, None)?;
    if let Some(money_chart) = &secondary {
        pen::line(area, money_chart, &costs, cost_style, None)?;
    }
    for (at, colour) in dots {
        pen::dot(area, at, radius, colour.filled())?;
    }
    area.present()
}
