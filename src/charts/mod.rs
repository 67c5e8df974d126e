//! Charts drawn from model outputs onto any plotters backend: a canvas in the browser,
//! SVG in native tests. They compute nothing the model has not.

use crate::format::{self, factor_name, group_name, period_noun};
use crate::model::switching::{Churn, Group, Switching, EMOTIONS, FACTORS, GROUPS};
use crate::model::{Clv, Period};
use plotters::chart::MeshStyle;
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

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
    fn group(&self, group: Group) -> RGBColor {
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

/// How a chart looks: its currency and period words, colours, and the pixel scale (the
/// device pixel ratio on a canvas, so that text and lines keep their size on high-DPI screens).
#[derive(Clone, Copy, Debug)]
pub struct Look<'a> {
    pub scale: f64,
    pub currency: &'a str,
    pub period: Period,
    pub palette: Palette,
}

/// The result of drawing on backend `DB`.
pub type Drawn<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

type Chart<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// "Months since acquisition", "Years since acquisition".
fn period_axis(period: Period) -> &'static str {
    match period {
        Period::Month => "Months since acquisition",
        Period::Year => "Years since acquisition",
    }
}

impl Look<'_> {
    fn px(&self, x: f64) -> u32 {
        (x * self.scale).round() as u32
    }

    fn font(&self, size: f64) -> TextStyle<'static> {
        ("sans-serif", size * self.scale)
            .into_font()
            .color(&self.palette.ink)
    }

    fn line(&self, color: RGBColor, width: f64) -> ShapeStyle {
        color.stroke_width(self.px(width).max(1))
    }

    /// A legend sample: a short line in the series' style.
    fn legend_line(&self, style: ShapeStyle) -> impl Fn((i32, i32)) -> PathElement<(i32, i32)> {
        let half = self.px(9.0) as i32;
        move |(x, y)| PathElement::new(vec![(x, y), (x + 2 * half, y)], style)
    }

    /// The house style of a chart's mesh: grid lines at labelled values only, axes in the
    /// reference colour, labels in ink.
    fn mesh<'m, 'a, 'b, X: Ranged, Y: Ranged, DB: DrawingBackend>(
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
    fn frame<'a, DB: DrawingBackend>(
        &self,
        area: &'a DrawingArea<DB, Shift>,
        x_end: u32,
        y: std::ops::Range<f64>,
        y_desc: &str,
        y_label: &dyn Fn(&f64) -> String,
    ) -> Result<Chart<'a, DB>, DrawingAreaErrorKind<DB::ErrorType>> {
        area.fill(&self.palette.background)?;
        let mut chart = ChartBuilder::on(area)
            .margin(self.px(12.0))
            .x_label_area_size(self.px(40.0))
            .y_label_area_size(self.px(64.0))
            .build_cartesian_2d(0f64..f64::from(x_end.max(1)), y)?;
        self.mesh(&mut chart.configure_mesh())
            .x_desc(period_axis(self.period))
            .y_desc(y_desc)
            .x_labels(8)
            .y_labels(6)
            .x_label_formatter(&|x| format::number(*x, 1))
            .y_label_formatter(y_label)
            .draw()?;
        Ok(chart)
    }

    /// How many axis labels fit across `width` device pixels, at most `most`.
    fn ticks(&self, width: i32, most: usize) -> usize {
        let fit = (f64::from(width) / self.scale / 60.0) as usize;
        fit.clamp(2, most)
    }

    /// The legend of the series drawn so far.
    fn legend<'a, DB: DrawingBackend + 'a>(
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

fn last_t(clv: &Clv) -> u32 {
    clv.timeline.last().map_or(1, |p| p.t)
}

/// Cumulative discounted contribution of one acquired customer against its acquisition
/// cost, with the lifetime value it tends to and the cohort payback point marked.
pub fn payback<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    clv: &Clv,
    cac: f64,
    look: &Look,
) -> Drawn<DB> {
    let end = f64::from(last_t(clv));
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
    let y_desc = format!("Cumulative contribution ({})", look.currency);
    let money = |y: &f64| format::money_short(*y, look.currency);
    let mut chart = look.frame(area, last_t(clv), y_low..high + pad, &y_desc, &money)?;
    let palette = look.palette;

    let value_style = look.line(palette.value, 2.5);
    chart
        .draw_series(LineSeries::new(
            clv.timeline.iter().map(|p| (f64::from(p.t), p.cumulative)),
            value_style,
        ))?
        .label("Cumulative contribution")
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
        .label(format!(
            "Lifetime value {}",
            format::money(clv.clv, look.currency)
        ))
        .legend(look.legend_line(limit_style));

    let cost_style = look.line(palette.cost, 2.0);
    chart
        .draw_series(DashedLineSeries::new(
            [(0.0, cac), (end, cac)],
            dash * 2,
            gap,
            cost_style,
        ))?
        .label(format!(
            "Acquisition cost {}",
            format::money(cac, look.currency)
        ))
        .legend(look.legend_line(cost_style));

    if let Some(point) = clv
        .payback_cohort
        .and_then(|t| clv.timeline.get(t as usize))
    {
        let noun = period_noun(look.period);
        chart.draw_series([EmptyElement::at((f64::from(point.t), point.cumulative))
            + Circle::new((0, 0), look.px(5.0), palette.cost.filled())
            + Text::new(
                format!("Pays back in {noun} {}", point.t),
                (look.px(8.0) as i32, look.px(6.0) as i32),
                look.font(13.0),
            )])?;
    }
    look.legend(&mut chart, SeriesLabelPosition::LowerRight)?;
    area.present()
}

/// The share of acquired customers still active, S(t) = rᵗ, in percent.
pub fn survival<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    clv: &Clv,
    look: &Look,
) -> Drawn<DB> {
    let percent = |y: &f64| format!("{} %", format::number(*y, 0));
    let mut chart = look.frame(
        area,
        last_t(clv),
        0.0..105.0,
        "Customers still active (%)",
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
        .label("Still a customer")
        .legend(look.legend_line(style));
    look.legend(&mut chart, SeriesLabelPosition::UpperRight)?;
    area.present()
}

/// The width of a chart's plotting area, in device pixels.
fn chart_width<DB: DrawingBackend, CT: plotters::coord::CoordTranslate>(
    chart: &ChartContext<DB, CT>,
) -> i32 {
    let (x, _) = chart.plotting_area().get_pixel_range();
    x.end - x.start
}

/// A legend sample: a filled square in `color`.
fn legend_box(look: &Look, color: RGBColor) -> impl Fn((i32, i32)) -> Rectangle<(i32, i32)> {
    let half = look.px(5.0) as i32;
    move |(x, y)| Rectangle::new([(x, y - half), (x + 2 * half, y + half)], color.filled())
}

/// The switching cost built up factor by factor (a waterfall), each bar coloured by its
/// group, down to the total.
pub fn breakdown<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    s: &Switching,
    look: &Look,
) -> Drawn<DB> {
    area.fill(&look.palette.background)?;
    let rows = FACTORS.len() + 1;
    let row = |i: usize| (rows - i) as f64 - 0.5;
    let end = s.total.max(1.0) * 1.18;
    let money = |x: &f64| format::money_short(*x, look.currency);
    let mut chart = ChartBuilder::on(area)
        .margin(look.px(12.0))
        .x_label_area_size(look.px(40.0))
        .y_label_area_size(look.px(142.0))
        .build_cartesian_2d(0f64..end, 0f64..rows as f64)?;
    let ticks = look.ticks(chart_width(&chart), 6);
    look.mesh(&mut chart.configure_mesh())
        .disable_y_mesh()
        .y_labels(0)
        .x_desc(format!("Switching cost ({})", look.currency))
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
    for group in GROUPS {
        let color = look.palette.group(group);
        chart
            .draw_series::<_, Rectangle<(f64, f64)>, _, _>(
                bars.iter().filter(|(g, _)| *g == group).map(|(_, b)| b),
            )?
            .label(group_name(group))
            .legend(legend_box(look, color));
    }
    chart
        .draw_series([bar(0.0, s.total, FACTORS.len(), look.palette.ink)])?
        .label("Total")
        .legend(legend_box(look, look.palette.ink));

    // Row names in the label area, and each bar's amount just past its end.
    let name_style = look.font(12.0).pos(Pos::new(HPos::Right, VPos::Center));
    let amount_style = look.font(11.0).pos(Pos::new(HPos::Left, VPos::Center));
    let gap = look.px(6.0) as i32;
    let mut reached = 0.0;
    for i in 0..rows {
        let (name, value) = match FACTORS.get(i) {
            Some(f) => (factor_name(*f), s.factors[i]),
            None => ("Total", s.total),
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

/// Churn (left axis) and lifetime value (right axis) against switching cost, with today's
/// point and the what-if point marked.
pub fn barrier<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    c: &Churn,
    look: &Look,
) -> Drawn<DB> {
    area.fill(&look.palette.background)?;
    let noun = period_noun(look.period);
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
    let money = |y: &f64| format::money_short(*y, look.currency);
    let percent = |y: &f64| {
        format!(
            "{} %",
            format::number(*y, if churn_top < 5.0 { 1 } else { 0 })
        )
    };
    look.mesh(&mut chart.configure_mesh())
        .x_desc(format!("Switching cost per customer ({})", look.currency))
        .y_desc(format!("Churn per {noun} (%)"))
        .x_labels(6)
        .y_labels(6)
        .x_label_formatter(&money)
        .y_label_formatter(&percent)
        .draw()?;
    chart
        .configure_secondary_axes()
        .axis_style(look.line(look.palette.limit, 1.0))
        .y_desc(format!("Lifetime value ({})", look.currency))
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
        .label(format!("Churn per {noun} (left)"))
        .legend(look.legend_line(churn_style));
    let value_style = look.line(look.palette.value, 2.5);
    chart
        .draw_secondary_series(LineSeries::new(
            c.curve.iter().filter_map(|p| Some((p.cost, p.clv?))),
            value_style,
        ))?
        .label("Lifetime value (right)")
        .legend(look.legend_line(value_style));

    let radius = look.px(5.0);
    let ink = look.palette.ink;
    let today = (c.model.cost, c.model.today * 100.0);
    chart
        .draw_series([Circle::new(today, radius, ink.filled())])?
        .label(format!(
            "Today {}",
            format::money(c.model.cost, look.currency)
        ))
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
            .label(format!(
                "What if {}",
                format::money(c.asked_cost, look.currency)
            ))
            .legend(move |(x, y)| Circle::new((x + radius as i32, y), radius, ring));
        chart.draw_secondary_series([Circle::new((c.asked_cost, c.asked.clv), radius, ring)])?;
    }
    look.legend(&mut chart, SeriesLabelPosition::UpperMiddle)?;
    area.present()
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
