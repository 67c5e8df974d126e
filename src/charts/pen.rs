//! The few ways a chart puts ink on its canvas, each once in the bundle. Plotters' series
//! and elements are generic over their points and iterators, so a chart drawing a line its
//! own way carries its own copy of the drawing code; every chart draws through these
//! instead, in device pixels or in its plot's coordinates.

use super::look::{Drawn, Plot};
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;

type Area<DB> = DrawingArea<DB, Shift>;

/// A line through `points`, device pixels: solid, or in dashes `dash` long and `gap` apart.
#[inline(never)]
pub(super) fn path<DB: DrawingBackend>(
    area: &Area<DB>,
    points: Vec<(i32, i32)>,
    style: ShapeStyle,
    dash: Option<(u32, u32)>,
) -> Drawn<DB> {
    match dash {
        None => area.draw(&PathElement::new(points, style)),
        Some((dash, gap)) => area.draw(&DashedPathElement::new(points, dash, gap, style)),
    }
}

/// A line through `points` in the plot's coordinates, as [`path`] draws it.
#[inline(never)]
pub(super) fn line<DB: DrawingBackend>(
    area: &Area<DB>,
    plot: &Plot,
    points: &[(f64, f64)],
    style: ShapeStyle,
    dash: Option<(u32, u32)>,
) -> Drawn<DB> {
    let points = points.iter().map(|p| plot.backend_coord(p)).collect();
    path(area, points, style, dash)
}

/// A dot of radius `r` centred on `at`, device pixels.
#[inline(never)]
pub(super) fn dot<DB: DrawingBackend>(
    area: &Area<DB>,
    at: (i32, i32),
    r: u32,
    style: ShapeStyle,
) -> Drawn<DB> {
    area.draw(&Circle::new(at, r, style))
}

/// A rectangle between two corners, device pixels.
#[inline(never)]
pub(super) fn rect<DB: DrawingBackend>(
    area: &Area<DB>,
    corners: [(i32, i32); 2],
    style: ShapeStyle,
) -> Drawn<DB> {
    area.draw(&Rectangle::new(corners, style))
}

/// A filled bar between two corners in the plot's coordinates.
#[inline(never)]
pub(super) fn bar<DB: DrawingBackend>(
    area: &Area<DB>,
    plot: &Plot,
    corners: [(f64, f64); 2],
    colour: RGBColor,
) -> Drawn<DB> {
    rect(
        area,
        corners.map(|p| plot.backend_coord(&p)),
        colour.filled(),
    )
}
