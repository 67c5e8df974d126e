//! A chart on a canvas sized in device pixels, redrawn when its data or size changes.

use crate::charts::{self, parse_hex, Look, Palette};
use crate::format;
use crate::format::period_noun;
use crate::model::{Clv, Params, Period};
use gloo::events::EventListener;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use std::rc::Rc;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

#[derive(Clone, Copy, PartialEq)]
pub enum ChartKind {
    Payback,
    Survival,
}

#[derive(Properties, PartialEq, Clone)]
pub struct ChartProps {
    pub kind: ChartKind,
    pub clv: Rc<Clv>,
    pub params: Params,
    pub currency: AttrValue,
}

/// What a chart's picture depends on: it is redrawn only when this changes. The survival
/// curve has no money in it, so editing revenue or CAC leaves it alone.
#[derive(PartialEq)]
enum Picture {
    Payback(ChartProps),
    Survival(Period, Vec<f64>),
}

fn picture(props: &ChartProps) -> Picture {
    match props.kind {
        ChartKind::Payback => Picture::Payback(props.clone()),
        ChartKind::Survival => Picture::Survival(
            props.params.period,
            props.clv.timeline.iter().map(|p| p.survival).collect(),
        ),
    }
}

/// The canvas's CSS size, the device pixel ratio and the palette its CSS sets. Reading them
/// forces style and layout, so they are read at the first draw and after a resize only.
#[derive(Clone, Copy, Default)]
struct Frame {
    width: i32,
    height: i32,
    scale: f64,
    palette: Palette,
}

/// The palette with each colour its CSS custom property sets (`--moat-chart-value`, …)
/// in hex; unset or unreadable ones keep their default.
fn palette(window: &web_sys::Window, canvas: &HtmlCanvasElement) -> Palette {
    let mut palette = Palette::default();
    let Ok(Some(style)) = window.get_computed_style(canvas) else {
        return palette;
    };
    let slots = [
        ("--moat-chart-background", &mut palette.background),
        ("--moat-chart-ink", &mut palette.ink),
        ("--moat-chart-grid", &mut palette.grid),
        ("--moat-chart-value", &mut palette.value),
        ("--moat-chart-cost", &mut palette.cost),
        ("--moat-chart-limit", &mut palette.limit),
    ];
    for (property, slot) in slots {
        if let Some(colour) = style
            .get_property_value(property)
            .ok()
            .and_then(|v| parse_hex(&v))
        {
            *slot = colour;
        }
    }
    palette
}

fn measure(canvas: &NodeRef) -> Frame {
    let (Some(window), Some(c)) = (web_sys::window(), canvas.cast::<HtmlCanvasElement>()) else {
        return Frame::default();
    };
    Frame {
        width: c.client_width(),
        height: c.client_height(),
        scale: window.device_pixel_ratio().max(1.0),
        palette: palette(&window, &c),
    }
}

/// Draws on `canvas` at its CSS size times the device pixel ratio, so lines and text stay
/// sharp on high-DPI screens.
fn draw(canvas: &HtmlCanvasElement, props: &ChartProps, frame: Frame) {
    if frame.width <= 0 || frame.height <= 0 {
        return;
    }
    canvas.set_width((f64::from(frame.width) * frame.scale).round() as u32);
    canvas.set_height((f64::from(frame.height) * frame.scale).round() as u32);
    let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else {
        return;
    };
    let area = backend.into_drawing_area();
    let look = Look {
        scale: frame.scale,
        currency: &props.currency,
        period: props.params.period,
        palette: frame.palette,
    };
    let drawn = match props.kind {
        ChartKind::Payback => charts::payback(&area, &props.clv, props.params.cac, &look),
        ChartKind::Survival => charts::survival(&area, &props.clv, &look),
    };
    if drawn.is_ok() {
        let count = canvas
            .get_attribute("data-draws")
            .and_then(|n| n.parse::<u32>().ok())
            .unwrap_or(0);
        let _ = canvas.set_attribute("data-draws", &(count + 1).to_string());
    }
}

/// What the chart shows, in words, for screen readers and as its caption.
fn summary(props: &ChartProps) -> (&'static str, &'static str, String) {
    let (c, p) = (&props.clv, &props.params);
    let noun = period_noun(p.period);
    match props.kind {
        ChartKind::Payback => {
            let cac = format::money(p.cac, &props.currency);
            let value = format::money(c.clv, &props.currency);
            let end = match p.horizon {
                Some(n) => format!("reaches a lifetime value of {value} by {noun} {n}"),
                None => format!("tends to a lifetime value of {value}"),
            };
            let text = match c.payback_cohort {
                Some(t) => format!(
                    "Cumulative discounted contribution covers the acquisition cost of {cac} in \
                     {noun} {t} and {end}."
                ),
                None => format!(
                    "Cumulative discounted contribution never covers the acquisition cost of {cac}; \
                     it {end}."
                ),
            };
            ("payback", "Payback of one acquired customer", text)
        }
        ChartKind::Survival => (
            "survival",
            "Customers still active",
            match c.timeline.last() {
                Some(last) => format!(
                    "Of 100 customers acquired today, {} remain after {}.",
                    format::number(last.survival * 100.0, 1),
                    format::periods(f64::from(last.t), 0, noun)
                ),
                None => String::new(),
            },
        ),
    }
}

#[component]
pub fn Chart(props: &ChartProps) -> Html {
    let canvas = use_node_ref();
    // Measured at the first draw and again after a resize, never at other draws.
    let frame = use_mut_ref(|| None::<Frame>);
    let window_width = use_state(|| 0.0);
    {
        let (frame, window_width) = (frame.clone(), window_width.clone());
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "resize", move |_| {
                    frame.replace(None);
                    let width = web_sys::window().and_then(|w| w.inner_width().ok());
                    window_width.set(width.and_then(|v| v.as_f64()).unwrap_or(0.0));
                })
            });
            move || drop(listener)
        });
    }
    {
        let (canvas, props) = (canvas.clone(), props.clone());
        use_effect_with((picture(&props), *window_width), move |_| {
            if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                let measured = *frame.borrow_mut().get_or_insert_with(|| measure(&canvas));
                draw(&c, &props, measured);
            }
        });
    }
    let (name, title, text) = summary(props);
    html! {
        <figure class="chart">
            <figcaption>
                <strong>{ title }</strong>
                <span class="chart-summary">{ text.clone() }</span>
            </figcaption>
            <canvas ref={canvas} data-chart={name} role="img" aria-label={text} />
        </figure>
    }
}
