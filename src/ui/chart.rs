//! A chart on a canvas sized in device pixels, redrawn when its data or width changes.

use crate::charts::{self, period_noun, Look};
use crate::format;
use crate::model::{Clv, Period};
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
    pub cac: f64,
    pub currency: AttrValue,
    pub period: Period,
    /// N, for the wording of the summary.
    pub horizon: Option<u32>,
}

/// Draws on `canvas` at its CSS size times the device pixel ratio, so lines and text stay
/// sharp on high-DPI screens.
fn draw(canvas: &HtmlCanvasElement, props: &ChartProps) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let scale = window.device_pixel_ratio().max(1.0);
    let (css_w, css_h) = (canvas.client_width(), canvas.client_height());
    if css_w <= 0 || css_h <= 0 {
        return;
    }
    canvas.set_width((f64::from(css_w) * scale).round() as u32);
    canvas.set_height((f64::from(css_h) * scale).round() as u32);
    let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else {
        return;
    };
    let area = backend.into_drawing_area();
    let look = Look {
        scale,
        currency: &props.currency,
        period: props.period,
    };
    let drawn = match props.kind {
        ChartKind::Payback => charts::payback(&area, &props.clv, props.cac, &look),
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
    let c = &props.clv;
    let noun = period_noun(props.period);
    match props.kind {
        ChartKind::Payback => {
            let cac = format::money(props.cac, &props.currency);
            let value = format::money(c.clv, &props.currency);
            let end = match props.horizon {
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
    let width = use_state(|| 0);
    {
        let width = width.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "resize", move |_| {
                    if let Some(w) = web_sys::window() {
                        width.set(
                            w.inner_width().ok().and_then(|v| v.as_f64()).unwrap_or(0.0) as i32
                        );
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        let canvas = canvas.clone();
        use_effect_with((props.clone(), *width), move |(props, _)| {
            if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                draw(&c, props);
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
