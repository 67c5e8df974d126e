//! Charts drawn from model outputs onto any plotters backend: a canvas in the browser,
//! SVG in native tests. They compute nothing the model has not.

use crate::format;
use crate::model::{Clv, Period};
use plotters::coord::Shift;
use plotters::prelude::*;

/// How a chart looks: its currency and period words, and the pixel scale (the device
/// pixel ratio on a canvas, so that text and lines keep their size on high-DPI screens).
#[derive(Clone, Copy, Debug)]
pub struct Look<'a> {
    pub scale: f64,
    pub currency: &'a str,
    pub period: Period,
}

/// The result of drawing on backend `DB`.
pub type Drawn<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

const INK: RGBColor = RGBColor(0x1f, 0x29, 0x37);
const GRID: RGBColor = RGBColor(0xe5, 0xe7, 0xeb);
const VALUE: RGBColor = RGBColor(0x0f, 0x76, 0x6e);
const COST: RGBColor = RGBColor(0xc2, 0x41, 0x0c);
const LIMIT: RGBColor = RGBColor(0x6b, 0x72, 0x80);

/// "Months since acquisition", "Years since acquisition".
fn period_axis(period: Period) -> &'static str {
    match period {
        Period::Month => "Months since acquisition",
        Period::Year => "Years since acquisition",
    }
}

/// The period's noun, "month" or "year".
pub fn period_noun(period: Period) -> &'static str {
    match period {
        Period::Month => "month",
        Period::Year => "year",
    }
}

impl Look<'_> {
    fn px(&self, x: f64) -> u32 {
        (x * self.scale).round() as u32
    }

    fn font(&self, size: f64) -> TextStyle<'static> {
        ("sans-serif", size * self.scale).into_font().color(&INK)
    }

    fn line(&self, color: RGBColor, width: f64) -> ShapeStyle {
        color.stroke_width(self.px(width).max(1))
    }
}

/// A legend sample: a short line in the series' style.
fn legend_line(style: ShapeStyle, look: &Look) -> impl Fn((i32, i32)) -> PathElement<(i32, i32)> {
    let half = look.px(9.0) as i32;
    move |(x, y)| PathElement::new(vec![(x, y), (x + 2 * half, y)], style)
}

fn last_t(clv: &Clv) -> u32 {
    clv.timeline.last().map_or(1, |p| p.t).max(1)
}

/// Cumulative discounted contribution of one acquired customer against its acquisition
/// cost, with the lifetime value it tends to and the cohort payback point marked.
pub fn payback<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    clv: &Clv,
    cac: f64,
    look: &Look,
) -> Drawn<DB> {
    area.fill(&WHITE)?;
    let end = last_t(clv);
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

    let mut chart = ChartBuilder::on(area)
        .margin(look.px(12.0))
        .x_label_area_size(look.px(40.0))
        .y_label_area_size(look.px(64.0))
        .build_cartesian_2d(0f64..f64::from(end), y_low..high + pad)?;
    chart
        .configure_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID)
        .axis_style(look.line(LIMIT, 1.0))
        .x_desc(period_axis(look.period))
        .y_desc(format!("Cumulative contribution ({})", look.currency))
        .label_style(look.font(12.0))
        .axis_desc_style(look.font(13.0))
        .x_labels(8)
        .y_labels(6)
        .x_label_formatter(&|x| format::number(*x, 1))
        .y_label_formatter(&|y| format::money_short(*y, look.currency))
        .draw()?;

    let value_style = look.line(VALUE, 2.5);
    chart
        .draw_series(LineSeries::new(
            clv.timeline.iter().map(|p| (f64::from(p.t), p.cumulative)),
            value_style,
        ))?
        .label("Cumulative contribution")
        .legend(legend_line(value_style, look));

    let limit_style = look.line(LIMIT, 1.5);
    let (dash, gap) = (look.px(4.0), look.px(4.0));
    chart
        .draw_series(DashedLineSeries::new(
            [(0.0, clv.clv), (f64::from(end), clv.clv)],
            dash,
            gap,
            limit_style,
        ))?
        .label(format!(
            "Lifetime value {}",
            format::money(clv.clv, look.currency)
        ))
        .legend(legend_line(limit_style, look));

    let cost_style = look.line(COST, 2.0);
    chart
        .draw_series(DashedLineSeries::new(
            [(0.0, cac), (f64::from(end), cac)],
            dash * 2,
            gap,
            cost_style,
        ))?
        .label(format!(
            "Acquisition cost {}",
            format::money(cac, look.currency)
        ))
        .legend(legend_line(cost_style, look));

    if let Some(point) = clv
        .payback_cohort
        .and_then(|t| clv.timeline.get(t as usize))
    {
        let at = (f64::from(point.t), point.cumulative);
        let noun = period_noun(look.period);
        chart.draw_series([EmptyElement::at(at)
            + Circle::new((0, 0), look.px(5.0), COST.filled())
            + Text::new(
                format!("Pays back in {noun} {}", point.t),
                (look.px(8.0) as i32, look.px(6.0) as i32),
                look.font(13.0),
            )])?;
    }

    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .margin(look.px(8.0))
        .label_font(look.font(12.0))
        .background_style(WHITE.mix(0.9))
        .border_style(GRID)
        .draw()?;
    area.present()
}

/// The share of acquired customers still active, S(t) = rᵗ, in percent.
pub fn survival<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    clv: &Clv,
    look: &Look,
) -> Drawn<DB> {
    area.fill(&WHITE)?;
    let end = last_t(clv);
    let mut chart = ChartBuilder::on(area)
        .margin(look.px(12.0))
        .x_label_area_size(look.px(40.0))
        .y_label_area_size(look.px(64.0))
        .build_cartesian_2d(0f64..f64::from(end), 0f64..105f64)?;
    chart
        .configure_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID)
        .axis_style(look.line(LIMIT, 1.0))
        .x_desc(period_axis(look.period))
        .y_desc("Customers still active (%)")
        .label_style(look.font(12.0))
        .axis_desc_style(look.font(13.0))
        .x_labels(8)
        .y_labels(6)
        .x_label_formatter(&|x| format::number(*x, 1))
        .y_label_formatter(&|y| format!("{} %", format::number(*y, 0)))
        .draw()?;

    let style = look.line(VALUE, 2.5);
    chart
        .draw_series(LineSeries::new(
            clv.timeline
                .iter()
                .map(|p| (f64::from(p.t), p.survival * 100.0)),
            style,
        ))?
        .label("Still a customer")
        .legend(legend_line(style, look));
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .margin(look.px(8.0))
        .label_font(look.font(12.0))
        .background_style(WHITE.mix(0.9))
        .border_style(GRID)
        .draw()?;
    area.present()
}
