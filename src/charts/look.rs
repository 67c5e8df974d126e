//! What every chart shares: the palette, the pixel scale, the font of the language, tick
//! labels as the language writes numbers, the frame, the mesh and the legend.

use crate::i18n::Lang;
use crate::model::switching::Group;
use plotters::chart::MeshStyle;
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;

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

pub(super) type Chart<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

impl Look<'_> {
    pub(super) fn px(&self, x: f64) -> u32 {
        (x * self.scale).round() as u32
    }

    pub(super) fn font(&self, size: f64) -> TextStyle<'static> {
        (self.lang.chart_font(), size * self.scale)
            .into_font()
            .color(&self.palette.ink)
    }

    pub(super) fn line(&self, color: RGBColor, width: f64) -> ShapeStyle {
        color.stroke_width(self.px(width).max(1))
    }

    /// A compact money tick: "$1.2k", "¥3.5万".
    pub(super) fn money(&self, x: f64) -> String {
        self.lang.money_short(x, self.currency)
    }

    /// A legend sample: a short line in the series' style.
    pub(super) fn legend_line(
        &self,
        style: ShapeStyle,
    ) -> impl Fn((i32, i32)) -> PathElement<(i32, i32)> {
        let half = self.px(9.0) as i32;
        move |(x, y)| PathElement::new(vec![(x, y), (x + 2 * half, y)], style)
    }

    /// A legend sample: a filled square in `color`.
    pub(super) fn legend_box(
        &self,
        color: RGBColor,
    ) -> impl Fn((i32, i32)) -> Rectangle<(i32, i32)> {
        let half = self.px(5.0) as i32;
        move |(x, y)| Rectangle::new([(x, y - half), (x + 2 * half, y + half)], color.filled())
    }

    /// The house style of a chart's mesh: grid lines at labelled values only, axes in the
    /// reference colour, labels in ink.
    pub(super) fn mesh<'m, 'a, 'b, X: Ranged, Y: Ranged, DB: DrawingBackend>(
        &self,
        mesh: &'m mut MeshStyle<'a, 'b, X, Y, DB>,
    ) -> &'m mut MeshStyle<'a, 'b, X, Y, DB> {
        mesh.light_line_style(TRANSPARENT)
            .bold_line_style(self.palette.grid)
            .axis_style(self.line(self.palette.limit, 1.0))
            .label_style(self.font(12.0))
            .axis_desc_style(self.font(13.0))
    }

    /// The background, the axes over periods 0..=`x_end` and `y`, and the mesh.
    pub(super) fn frame<'a, DB: DrawingBackend>(
        &self,
        area: &'a DrawingArea<DB, Shift>,
        (x_end, x_desc): (u32, &str),
        (y, y_desc): (std::ops::Range<f64>, &str),
        y_label: &dyn Fn(&f64) -> String,
    ) -> Result<Chart<'a, DB>, DrawingAreaErrorKind<DB::ErrorType>> {
        area.fill(&self.palette.background)?;
        let mut chart = ChartBuilder::on(area)
            .margin(self.px(12.0))
            .x_label_area_size(self.px(40.0))
            .y_label_area_size(self.px(64.0))
            .build_cartesian_2d(0f64..f64::from(x_end.max(1)), y)?;
        let number = |x: &f64| crate::i18n::format::number(*x, 1);
        self.mesh(&mut chart.configure_mesh())
            .x_desc(x_desc)
            .y_desc(y_desc)
            .x_labels(8)
            .y_labels(6)
            .x_label_formatter(&number)
            .y_label_formatter(y_label)
            .draw()?;
        Ok(chart)
    }

    /// How many axis labels fit across `width` device pixels, at most `most`.
    pub(super) fn ticks(&self, width: i32, most: usize) -> usize {
        let fit = (f64::from(width) / self.scale / 60.0) as usize;
        fit.clamp(2, most)
    }

    /// The legend of the series drawn so far.
    pub(super) fn legend<'a, DB: DrawingBackend + 'a>(
        &self,
        chart: &mut Chart<'a, DB>,
        position: SeriesLabelPosition,
    ) -> Drawn<DB> {
        chart
            .configure_series_labels()
            .position(position)
            .margin(self.px(8.0))
            .label_font(self.font(12.0))
            .background_style(self.palette.background.mix(0.9))
            .border_style(self.palette.grid)
            .draw()
    }
}

/// The width of a chart's plotting area, in device pixels.
pub(super) fn plot_width<DB: DrawingBackend, CT: plotters::coord::CoordTranslate>(
    chart: &ChartContext<DB, CT>,
) -> i32 {
    let (x, _) = chart.plotting_area().get_pixel_range();
    x.end - x.start
}

#[cfg(test)]
mod tests {
    use super::*;

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
