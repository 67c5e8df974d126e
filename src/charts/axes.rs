//! A chart's frame, laid out from measured text: the legend above, the axes' titles at the
//! canvas's edges, the tick labels beside the plot, each given the room its longest text
//! takes, and as many ticks as fit without touching.

use super::legend::{self, Entry, Placed};
use super::look::{Look, Plot};
use super::pen;
use super::text::{width, Rect, LINE};
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;
use plotters::style::FontTransform;
use std::ops::Range;

/// Text sizes, CSS pixels: tick labels and axis titles.
const TICK: f64 = 12.0;
const TITLE: f64 = 13.0;

/// Where an axis is labelled.
pub(super) enum Ticks<'f> {
    /// At most this many round values, written by the function, with grid lines.
    Round(usize, &'f dyn Fn(f64) -> String),
    /// These names at these values, at this size (CSS pixels), without grid lines.
    Named(Vec<(f64, &'f str)>, f64),
}

pub(super) struct Axis<'f> {
    pub range: Range<f64>,
    /// Empty for none.
    pub title: &'f str,
    pub ticks: Ticks<'f>,
}

/// The legend, the bottom axis, the left axis and perhaps a right one.
pub(super) struct Frame<'f> {
    pub legend: &'f [Entry<'f>],
    pub x: Axis<'f>,
    pub y: Axis<'f>,
    pub y2: Option<Axis<'f>>,
}

/// Where everything goes, device pixels.
pub(super) struct Layout {
    pub plot: Rect,
    legend: Vec<Placed>,
    /// The tick labels: value, text, size.
    x: Vec<(f64, String, f64)>,
    y: Vec<(f64, String, f64)>,
    y2: Vec<(f64, String, f64)>,
}

/// The gaps, CSS pixels: the canvas's edge, a tick label from the plot, a title from its
/// labels.
const EDGE: f64 = 6.0;
const BELOW: f64 = 9.0;
const BESIDE: f64 = 6.0;
const APART: f64 = 4.0;

impl Frame<'_> {
    /// The layout on a canvas of `(w, h)` device pixels.
    pub fn layout(&self, look: &Look, (w, h): (f64, f64)) -> Layout {
        let px = |x: f64| x * look.scale;
        let line = px(TICK) * LINE;
        let title = |a: &Axis| match a.title {
            "" => 0.0,
            _ => px(TITLE) * LINE + px(APART),
        };
        let (legend, legend_h) =
            legend::layout(look, self.legend, (px(EDGE), px(EDGE)), w - px(2.0 * EDGE));
        let lead = if legend_h > 0.0 {
            legend_h + px(APART)
        } else {
            0.0
        };
        let top = px(EDGE) + lead + line / 2.0;
        let bottom = px(EDGE) + title(&self.x) + line + px(BELOW);
        let tall = (h - top - bottom).max(1.0);
        let along_y = |_: &str, _: f64| line;
        let y = labels(look, &self.y, tall, along_y, (line / 2.0, line / 2.0));
        let y2 = self
            .y2
            .as_ref()
            .map_or_else(Vec::new, |a| labels(look, a, tall, along_y, (line, line)));
        let widest =
            |ls: &[(f64, String, f64)]| ls.iter().map(|(_, t, s)| width(t, *s)).fold(0.0, f64::max);
        let left = px(EDGE) + title(&self.y) + widest(&y) + px(BESIDE);
        // With no right axis, room for half the widest bottom label past the plot's end.
        let right = match &self.y2 {
            Some(a) => px(BESIDE) + widest(&y2) + title(a) + px(EDGE),
            None => px(EDGE) + widest(&labels(look, &self.x, f64::MAX, width, (0.0, 0.0))) / 2.0,
        };
        let wide = (w - left - right).max(1.0);
        let x = labels(
            look,
            &self.x,
            wide,
            width,
            (left - px(EDGE), right - px(EDGE)),
        );
        Layout {
            plot: Rect {
                x0: left,
                y0: top,
                x1: w - right,
                y1: h - bottom,
            },
            legend,
            x,
            y,
            y2,
        }
    }

    /// Draws the frame, and gives the plot of the left axis and that of the right one.
    pub fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        look: &Look,
    ) -> Result<(Plot, Option<Plot>), DrawingAreaErrorKind<DB::ErrorType>> {
        let (w, h) = area.dim_in_pixel();
        let (w, h) = (f64::from(w), f64::from(h));
        let l = self.layout(look, (w, h));
        area.fill(&look.palette.background)?;
        legend::draw(area, look, self.legend, &l.legend)?;
        let pixels = [l.plot.x0, l.plot.y0, l.plot.x1, l.plot.y1].map(|v| v.round() as i32);
        let plot = |range: &Range<f64>| Plot::new(self.x.range.clone(), range.clone(), pixels);
        let chart = plot(&self.y.range);
        let right = self.y2.as_ref().map(|a| plot(&a.range));
        let [x0, y0, x1, y1] = pixels;
        let (x1, y1) = (x1 - 1, y1 - 1);
        let at = |c: &Plot, x: f64, y: f64| c.backend_coord(&(x, y));
        let grid = look.line(look.palette.grid, 1.0);
        let axis = look.line(look.palette.limit, 1.0);
        let px = |x: f64| x * look.scale;
        let y_start = self.y.range.start;
        for (v, text, size) in &l.x {
            let (x, _) = at(&chart, *v, y_start);
            if matches!(self.x.ticks, Ticks::Round(..)) {
                pen::path(area, vec![(x, y0), (x, y1)], grid, None)?;
            }
            let centre = f64::from(y1) + px(BELOW) + size * LINE / 2.0;
            look.write(area, text, *size, (f64::from(x), centre), HPos::Center)?;
        }
        let side = |c: &Plot, axis: &Axis, ticks: &[(f64, String, f64)], right: bool| {
            for (v, text, size) in ticks {
                let (_, y) = at(c, self.x.range.start, *v);
                if !right && matches!(axis.ticks, Ticks::Round(..)) {
                    pen::path(area, vec![(x0, y), (x1, y)], grid, None)?;
                }
                let (x, pos) = match right {
                    false => (f64::from(x0) - px(BESIDE), HPos::Right),
                    true => (f64::from(x1) + px(BESIDE), HPos::Left),
                };
                look.write(area, text, *size, (x, f64::from(y)), pos)?;
            }
            Ok(())
        };
        side(&chart, &self.y, &l.y, false)?;
        pen::path(area, vec![(x0, y0), (x0, y1), (x1, y1)], axis, None)?;
        if let (Some(c), Some(a)) = (&right, &self.y2) {
            side(c, a, &l.y2, true)?;
            pen::path(area, vec![(x1, y0), (x1, y1)], axis, None)?;
        }
        self.titles(area, look, &l, (w, h))?;
        Ok((chart, right))
    }

    fn titles<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        look: &Look,
        l: &Layout,
        (w, h): (f64, f64),
    ) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
        let px = |x: f64| x * look.scale;
        let edge = px(EDGE);
        let half = px(TITLE) * LINE / 2.0;
        // A title longer than its room gets a smaller font, and stays within its room.
        let fit = |text: &str, from: f64, to: f64, centre: f64| {
            let size = px(TITLE) * ((to - from) / width(text, px(TITLE))).min(1.0);
            let half_length = width(text, size) / 2.0;
            (
                size,
                centre.clamp(
                    from + half_length,
                    (to - half_length).max(from + half_length),
                ),
            )
        };
        let p = &l.plot;
        let (x_mid, y_mid) = ((p.x0 + p.x1) / 2.0, (p.y0 + p.y1) / 2.0);
        if !self.x.title.is_empty() {
            let (size, x) = fit(self.x.title, edge, w - edge, x_mid);
            look.write(area, self.x.title, size, (x, h - edge - half), HPos::Center)?;
        }
        let column = (p.y0 - px(TICK) * LINE / 2.0, p.y1);
        if !self.y.title.is_empty() {
            let (size, y) = fit(self.y.title, column.0, column.1, y_mid);
            let at = (edge + half, y);
            look.write_turned(area, self.y.title, size, at, FontTransform::Rotate270)?;
        }
        if let Some(a) = self.y2.as_ref().filter(|a| !a.title.is_empty()) {
            let (size, y) = fit(a.title, column.0, column.1, y_mid);
            let at = (w - edge - half, y);
            look.write_turned(area, a.title, size, at, FontTransform::Rotate90)?;
        }
        Ok(())
    }
}

/// An axis's tick labels along `length` device pixels, with `room` past its ends for the
/// labels there: the named ones, or as many round values as fit with a gap between labels
/// that take `extent(text, size)` along the axis.
fn labels(
    look: &Look,
    axis: &Axis,
    length: f64,
    extent: impl Fn(&str, f64) -> f64,
    (before, after): (f64, f64),
) -> Vec<(f64, String, f64)> {
    let size = look.scale * TICK;
    let (most, write) = match &axis.ticks {
        Ticks::Named(names, size) => {
            return names
                .iter()
                .map(|(v, n)| (*v, n.to_string(), size * look.scale))
                .collect();
        }
        Ticks::Round(most, write) => (*most, write),
    };
    let coord = RangedCoordf64::from(axis.range.clone());
    let span = (axis.range.end - axis.range.start)
        .abs()
        .max(f64::MIN_POSITIVE);
    let gap = look.scale * 8.0;
    let mut ticks = Vec::new();
    for n in (2..=most.max(2)).rev() {
        ticks = coord
            .key_points(n)
            .into_iter()
            .map(|v| (v, write(v), size))
            .collect();
        let at = |v: f64| (v - axis.range.start) / span * length;
        let half = |t: &str| extent(t, size) / 2.0;
        let apart = ticks
            .windows(2)
            .all(|p| (at(p[1].0) - at(p[0].0)).abs() >= half(&p[0].1) + half(&p[1].1) + gap);
        let inside = ticks
            .iter()
            .all(|(v, t, _)| at(*v) - half(t) >= -before && at(*v) + half(t) <= length + after);
        if apart && inside {
            break;
        }
    }
    ticks
}
