//! What every chart shares: the palette, the pixel scale, the font of the language, tick
//! labels as the language writes numbers, and text written where the layout measured it.

use super::text::{text_box, width, Rect};
use crate::i18n::format::number;
use crate::i18n::Lang;
use crate::model::switching::Group;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontTransform;
use std::ops::Range;

/// Colours of a chart; an embedding page sets them through CSS custom properties.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    pub background: RGBColor,
    pub ink: RGBColor,
    pub grid: RGBColor,
    /// The value curves.
    pub value: RGBColor,
    /// Costs: the CAC line and the payback point.
    pub cost: RGBColor,
    /// Reference lines: the lifetime value limit, the axes.
    pub limit: RGBColor,
    /// The three groups of switching cost.
    pub financial: RGBColor,
    pub process: RGBColor,
    pub emotional: RGBColor,
}

impl Palette {
    pub(super) fn group(&self, group: Group) -> RGBColor {
        match group {
            Group::Financial => self.financial,
            Group::Process => self.process,
            Group::Emotional => self.emotional,
        }
    }
}

impl Default for Palette {
    fn default() -> Self {
        Palette {
            background: WHITE,
            ink: RGBColor(0x1f, 0x29, 0x37),
            grid: RGBColor(0xe5, 0xe7, 0xeb),
            value: RGBColor(0x0f, 0x76, 0x6e),
            cost: RGBColor(0xc2, 0x41, 0x0c),
            limit: RGBColor(0x6b, 0x72, 0x80),
            financial: RGBColor(0x0f, 0x76, 0x6e),
            process: RGBColor(0x1d, 0x4e, 0xd8),
            emotional: RGBColor(0xa2, 0x1c, 0xaf),
        }
    }
}

/// Reads a CSS hex colour: "#0f766e" or "#0f7".
pub fn parse_hex(text: &str) -> Option<RGBColor> {
    let hex = text.trim().strip_prefix('#')?;
    let digit = |i: usize| u8::from_str_radix(hex.get(i..i + 1)?, 16).ok();
    match hex.len() {
        3 => Some(RGBColor(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
        6 => {
            let byte = |i: usize| Some(digit(i)? * 16 + digit(i + 1)?);
            Some(RGBColor(byte(0)?, byte(2)?, byte(4)?))
        }
        _ => None,
    }
}

/// How a chart looks: the language (its font and how it writes numbers), the currency of
/// money ticks, the colours, and the pixel scale (the device pixel ratio on a canvas, so
/// that text and lines keep their size on high-DPI screens).
#[derive(Clone, Copy, Debug)]
pub struct Look<'a> {
    pub scale: f64,
    pub lang: Lang,
    pub currency: &'a str,
    pub palette: Palette,
}

/// The result of drawing on backend `DB`.
pub type Drawn<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// A plot: the values its axes span and where it lies on the canvas, device pixels; it maps
/// a value to its pixel as plotters' Cartesian coordinates do.
#[derive(Clone, Debug)]
pub(super) struct Plot {
    x: Range<f64>,
    y: Range<f64>,
    /// Left, top, right and bottom edges; the right and bottom ones just outside it.
    pixels: [i32; 4],
}

impl Plot {
    pub fn new(x: Range<f64>, y: Range<f64>, pixels: [i32; 4]) -> Plot {
        Plot { x, y, pixels }
    }

    /// The pixel of a point: up the canvas as values grow, `y`'s first value on the
    /// plot's last row.
    pub fn backend_coord(&self, &(x, y): &(f64, f64)) -> (i32, i32) {
        let [x0, y0, x1, y1] = self.pixels;
        (map(x, &self.x, (x0, x1 - 1)), map(y, &self.y, (y1 - 1, y0)))
    }

    /// The plot's box, device pixels.
    pub fn rect(&self) -> Rect {
        let [x0, y0, x1, y1] = self.pixels.map(f64::from);
        Rect { x0, y0, x1, y1 }
    }
}

/// `v` on an axis spanning `range`, drawn from pixel `from` to pixel `to`.
fn map(v: f64, range: &Range<f64>, (from, to): (i32, i32)) -> i32 {
    let share = (v - range.start) / (range.end - range.start);
    let length = f64::from(to - from);
    match share {
        s if !s.is_finite() => from + (to - from) / 2,
        s if length >= 0.0 => from + (length * s + 1e-3).floor() as i32,
        s => from + (length * s - 1e-3).ceil() as i32,
    }
}

impl Look<'_> {
    pub(super) fn px(&self, x: f64) -> u32 {
        (x * self.scale).round() as u32
    }

    pub(super) fn line(&self, color: RGBColor, width: f64) -> ShapeStyle {
        color.stroke_width(self.px(width).max(1))
    }

    /// A compact money tick: "$1.2k", "¥3.5万".
    pub(super) fn money(&self, x: f64) -> String {
        self.lang.money_short(x, self.currency)
    }

    /// A compact count tick, of customers say: "0.5", "950", "1.2k", "3.5万".
    pub(super) fn count(&self, x: f64) -> String {
        if x.abs() < 100.0 {
            number(x, 2)
        } else {
            self.lang.compact(x)
        }
    }

    /// Writes `text` at `size` device pixels, its centre line through `at`, from, about or
    /// to `at` as `pos` says; gives the box it takes.
    pub(super) fn write<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        text: &str,
        size: f64,
        at: (f64, f64),
        pos: HPos,
    ) -> Result<Rect, DrawingAreaErrorKind<DB::ErrorType>> {
        self.write_any(area, text, size, at, pos, FontTransform::None)
    }

    /// Writes `text` turned a quarter, centred on `at`.
    pub(super) fn write_turned<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        text: &str,
        size: f64,
        at: (f64, f64),
        turn: FontTransform,
    ) -> Result<Rect, DrawingAreaErrorKind<DB::ErrorType>> {
        self.write_any(area, text, size, at, HPos::Center, turn)
    }

    fn write_any<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        text: &str,
        size: f64,
        (x, y): (f64, f64),
        pos: HPos,
        turn: FontTransform,
    ) -> Result<Rect, DrawingAreaErrorKind<DB::ErrorType>> {
        let anchor = Pos::new(pos, VPos::Center);
        // Named, not parsed from text: plotters' parser lowercases, pulling in 10 kB of
        // Unicode case tables.
        let style = (FontFamily::Name(self.lang.chart_font()), size)
            .into_font()
            .color(&self.palette.ink)
            .pos(anchor)
            .transform(turn.clone());
        let at = (x.round() as i32, y.round() as i32);
        area.draw(&Text::new(text, at, style))?;
        let at = (f64::from(at.0), f64::from(at.1));
        Ok(text_box(text, size, anchor, turn, at))
    }
}

/// `a` moved a share `t` of the way to `b`: a paler colour, towards the background.
pub(super) fn mix(a: RGBColor, b: RGBColor, t: f64) -> RGBColor {
    let m = |x: u8, y: u8| (f64::from(x) * (1.0 - t) + f64::from(y) * t).round() as u8;
    RGBColor(m(a.0, b.0), m(a.1, b.1), m(a.2, b.2))
}

/// Where a marker's text may go on a chart with axes left, right and below: the plot less
/// the axes' lines, its top edge (which has none) kept.
pub(super) fn inside_axes(plot: &Plot, look: &Look) -> Rect {
    let p = plot.rect();
    let inset = look.scale * 2.0 + 1.0;
    Rect {
        x0: p.x0 + inset,
        y0: p.y0,
        x1: p.x1 - inset,
        y1: p.y1 - inset,
    }
}

/// Points in the plot's coordinates, in device pixels.
pub(super) fn pixels(plot: &Plot, points: impl Iterator<Item = (f64, f64)>) -> Vec<(f64, f64)> {
    points
        .map(|p| {
            let (x, y) = plot.backend_coord(&p);
            (f64::from(x), f64::from(y))
        })
        .collect()
}

/// The box of a dot at `(x, y)` of radius `r`, device pixels.
pub(super) fn square((x, y): (i32, i32), r: u32) -> Rect {
    let (x, y, r) = (f64::from(x), f64::from(y), f64::from(r));
    Rect {
        x0: x - r,
        y0: y - r,
        x1: x + r,
        y1: y + r,
    }
}

/// Where a bar chart's value axis ends: past the longest bar (`top`) far enough that each
/// bar's text, `gap` beyond its end at `at` and `size` high, fits in a plot `room` wide.
pub(super) fn bar_end<'a>(
    top: f64,
    room: f64,
    gap: f64,
    size: f64,
    ends: impl Iterator<Item = (f64, &'a str)>,
) -> f64 {
    ends.fold(top * 1.05, |end, (at, text)| {
        let free = room - gap - width(text, size);
        end.max(if free > 0.0 {
            at * room / free
        } else {
            at * 4.0
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plot_maps_values_to_the_pixels_plotters_would() {
        let mut svg = String::new();
        let area = SVGBackend::with_string(&mut svg, (640, 360)).into_drawing_area();
        let (x, y) = (-12.5..1000.0, 0.0..0.73);
        let chart = ChartBuilder::on(&area)
            .margin_top(17)
            .margin_bottom(41)
            .margin_left(63)
            .margin_right(9)
            .build_cartesian_2d(x.clone(), y.clone())
            .unwrap();
        let plot = Plot::new(x, y, [63, 17, 640 - 9, 360 - 41]);
        let (xs, ys) = chart.plotting_area().get_pixel_range();
        let r = plot.rect();
        assert_eq!(
            [r.x0, r.y0, r.x1, r.y1],
            [xs.start, ys.start, xs.end, ys.end].map(f64::from)
        );
        for i in -3..=23 {
            let p = (f64::from(i) * 50.0 - 12.5, f64::from(i) * 0.0365);
            assert_eq!(plot.backend_coord(&p), chart.backend_coord(&p), "{p:?}");
        }
    }

    #[test]
    fn reads_hex_colours() {
        assert_eq!(parse_hex("#0f766e"), Some(RGBColor(0x0f, 0x76, 0x6e)));
        assert_eq!(parse_hex(" #FFF "), Some(RGBColor(255, 255, 255)));
        assert_eq!(parse_hex("#12345"), None);
        assert_eq!(parse_hex("red"), None);
        assert_eq!(parse_hex("#gg0000"), None);
        assert_eq!(parse_hex("#é00"), None);
    }
}
