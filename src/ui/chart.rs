//! A chart on a canvas sized in device pixels, redrawn when its data or size changes.

use crate::charts::{self, parse_hex, Look, Palette};
use crate::format;
use crate::format::{group_name, period_noun};
use crate::model::switching::GROUPS;
use crate::model::{Clv, Params, Period, Switching};
use gloo::events::EventListener;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use std::rc::Rc;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// What a chart shows, with the model outputs it is drawn from.
#[derive(Clone)]
pub enum Picture {
    /// One acquired customer's cumulative contribution against CAC.
    Payback(Rc<Clv>, Params),
    /// The share of customers still active.
    Survival(Rc<Clv>, Params),
    /// Switching cost factor by factor.
    Breakdown(Rc<Switching>),
    /// Churn and lifetime value against switching cost.
    Barrier(Rc<Switching>),
}

/// Two pictures are equal when they draw the same: a chart is redrawn only when its
/// picture changes. The survival curve has no money in it, so editing revenue or CAC
/// leaves it alone; the breakdown ignores the churn model, the barrier chart the factors.
impl PartialEq for Picture {
    fn eq(&self, other: &Picture) -> bool {
        let survival = |c: &Clv| c.timeline.iter().map(|p| p.survival).collect::<Vec<_>>();
        match (self, other) {
            (Picture::Payback(a, p), Picture::Payback(b, q)) => a == b && p == q,
            (Picture::Survival(a, p), Picture::Survival(b, q)) => {
                p.period == q.period && survival(a) == survival(b)
            }
            (Picture::Breakdown(a), Picture::Breakdown(b)) => a.factors == b.factors,
            (Picture::Barrier(a), Picture::Barrier(b)) => a.churn == b.churn,
            _ => false,
        }
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct ChartProps {
    pub picture: Picture,
    pub period: Period,
    pub currency: AttrValue,
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
        ("--moat-chart-financial", &mut palette.financial),
        ("--moat-chart-process", &mut palette.process),
        ("--moat-chart-emotional", &mut palette.emotional),
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
        period: props.period,
        palette: frame.palette,
    };
    let drawn = match &props.picture {
        Picture::Payback(clv, params) => charts::payback(&area, clv, params.cac, &look),
        Picture::Survival(clv, _) => charts::survival(&area, clv, &look),
        Picture::Breakdown(s) => charts::breakdown(&area, s, &look),
        Picture::Barrier(s) => match &s.churn {
            Ok(churn) => charts::barrier(&area, churn, &look),
            Err(_) => Ok(()),
        },
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
    let noun = period_noun(props.period);
    let money = |x: f64| format::money(x, &props.currency);
    match &props.picture {
        Picture::Payback(c, p) => {
            let (cac, value) = (money(p.cac), money(c.clv));
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
        Picture::Survival(c, _) => (
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
        Picture::Breakdown(s) => {
            let groups: Vec<String> = GROUPS
                .iter()
                .zip(s.groups)
                .map(|(g, x)| format!("{} {}", group_name(*g).to_lowercase(), money(x)))
                .collect();
            (
                "breakdown",
                "What leaving costs, factor by factor",
                format!(
                    "A switching cost of {} per customer: {}.",
                    money(s.total),
                    groups.join(", ")
                ),
            )
        }
        Picture::Barrier(s) => (
            "barrier",
            "Churn and lifetime value against switching cost",
            match &s.churn {
                Ok(c) => format!(
                    "Churn per {noun} is {} with no switching cost, {} today at {} and {} at {}; \
                     lifetime value is {} today and {} at {}.",
                    format::percent(c.free_churn, 2),
                    format::percent(c.model.today, 2),
                    money(c.model.cost),
                    format::percent(c.asked_churn, 2),
                    money(c.asked_cost),
                    money(c.today_clv),
                    money(c.asked.clv),
                    money(c.asked_cost),
                ),
                Err(_) => String::new(),
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
        let deps = (
            props.picture.clone(),
            props.period,
            props.currency.clone(),
            *window_width,
        );
        use_effect_with(deps, move |_| {
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
