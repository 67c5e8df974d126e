//! A chart on a canvas sized in device pixels, redrawn when its picture or size changes,
//! before the next frame if it can and at most once a frame.

use super::Canvas;
use crate::charts::{parse_hex, Palette};
use gloo::events::EventListener;
use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, IntoDrawingArea};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The event a `content-visibility: auto` element gets when the browser starts or stops
    /// skipping it (`ContentVisibilityAutoStateChangeEvent`).
    type StateChange;
    #[wasm_bindgen(method, getter)]
    fn skipped(this: &StateChange) -> bool;
}

/// A chart far from the window: the browser skips it (`.chart` has `content-visibility:
/// auto`), so it is not drawn; its newest picture waits here until the browser says it is
/// near the window again, and is drawn then, before it is seen.
#[derive(Default)]
struct Offscreen {
    skipped: bool,
    pending: Option<Waiting>,
}

/// What a chart shows, with the model outputs and words it is drawn from. Two pictures
/// that are equal draw the same, so a chart redraws only when its picture changes.
pub trait Picture: PartialEq + 'static {
    /// The canvas's `data-chart` name.
    fn name(&self) -> &'static str;
    /// The title, and what the chart shows in words (its caption and accessible name).
    fn caption(&self) -> (String, String);
    /// Draws on `area` at `scale` device pixels a CSS pixel; whether it was drawn.
    fn draw(&self, area: &DrawingArea<Canvas, Shift>, scale: f64, palette: Palette) -> bool;
}

/// A picture of any kind, so that one chart component serves every chart: [`Picture`] made
/// object-safe, with equality across kinds.
trait AnyPicture {
    fn name(&self) -> &'static str;
    fn caption(&self) -> (String, String);
    fn draw(&self, area: &DrawingArea<Canvas, Shift>, scale: f64, palette: Palette) -> bool;
    fn same(&self, other: &dyn AnyPicture) -> bool;
    fn as_any(&self) -> &dyn Any;
}

impl<P: Picture> AnyPicture for P {
    fn name(&self) -> &'static str {
        Picture::name(self)
    }
    fn caption(&self) -> (String, String) {
        Picture::caption(self)
    }
    fn draw(&self, area: &DrawingArea<Canvas, Shift>, scale: f64, palette: Palette) -> bool {
        Picture::draw(self, area, scale, palette)
    }
    fn same(&self, other: &dyn AnyPicture) -> bool {
        other.as_any().downcast_ref::<P>() == Some(self)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

#[derive(Properties, Clone)]
struct ChartProps {
    picture: Rc<dyn AnyPicture>,
}

impl PartialEq for ChartProps {
    fn eq(&self, other: &ChartProps) -> bool {
        self.picture.same(&*other.picture)
    }
}

/// A chart of `picture`.
pub fn chart(picture: impl Picture) -> Html {
    html! { <Chart picture={Rc::new(picture) as Rc<dyn AnyPicture>} /> }
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
/// sharp on high-DPI screens, and counts the draw in `data-draws`. The canvas is resized
/// only when its size changed (a resize reallocates it); otherwise it is cleared.
fn draw(canvas: &HtmlCanvasElement, picture: &dyn AnyPicture, frame: Frame) {
    if frame.width <= 0 || frame.height <= 0 {
        return;
    }
    let width = (f64::from(frame.width) * frame.scale).round() as u32;
    let height = (f64::from(frame.height) * frame.scale).round() as u32;
    if (canvas.width(), canvas.height()) != (width, height) {
        canvas.set_width(width);
        canvas.set_height(height);
    }
    let Some(backend) = Canvas::new(canvas.clone()) else {
        return;
    };
    let area = backend.into_drawing_area();
    if area.fill(&frame.palette.background).is_err() {
        return;
    }
    if picture.draw(&area, frame.scale, frame.palette) && area.present().is_ok() {
        let count = canvas
            .get_attribute("data-draws")
            .and_then(|n| n.parse::<u32>().ok())
            .unwrap_or(0);
        let _ = canvas.set_attribute("data-draws", &(count + 1).to_string());
    }
}

/// A chart waiting to be drawn: its canvas, its measured frame and its newest picture.
struct Waiting {
    canvas: NodeRef,
    frame: Rc<RefCell<Option<Frame>>>,
    picture: Rc<dyn AnyPicture>,
}

/// Charts waiting to be drawn, and the two wake-ups that draw them all: whichever comes
/// first, the task after the one that made the pictures (a keystroke's), so that the frame
/// that follows shows them without drawing them first, or that frame's callbacks.
/// Keystrokes already queued run before that task, and a chart's newest picture replaces
/// the one waiting: keystrokes within one frame cost one draw a chart.
#[derive(Default)]
struct Queue {
    waiting: Vec<Waiting>,
    wake: Option<(Timeout, AnimationFrame)>,
    /// The last wake-ups once one has run: dropped (the other cancelled) at the next wait,
    /// not inside the callback that is running.
    spent: Option<(Timeout, AnimationFrame)>,
}

thread_local! {
    static QUEUE: RefCell<Queue> = RefCell::default();
}

fn wait(chart: Waiting) {
    QUEUE.with_borrow_mut(|queue| {
        queue.spent = None;
        queue.waiting.retain(|w| w.canvas != chart.canvas);
        queue.waiting.push(chart);
        if queue.wake.is_none() {
            queue.wake = Some((
                Timeout::new(0, draw_waiting),
                request_animation_frame(|_| draw_waiting()),
            ));
        }
    });
}

fn draw_waiting() {
    let waiting = QUEUE.with_borrow_mut(|q| {
        if let Some(wake) = q.wake.take() {
            q.spent = Some(wake);
        }
        std::mem::take(&mut q.waiting)
    });
    for chart in waiting {
        if let Some(c) = chart.canvas.cast::<HtmlCanvasElement>() {
            let measured = *chart
                .frame
                .borrow_mut()
                .get_or_insert_with(|| measure(&chart.canvas));
            draw(&c, &*chart.picture, measured);
        }
    }
}

#[component]
fn Chart(props: &ChartProps) -> Html {
    let canvas = use_node_ref();
    let figure = use_node_ref();
    let offscreen = use_mut_ref(Offscreen::default);
    {
        let (figure, offscreen) = (figure.clone(), offscreen.clone());
        use_effect_with((), move |_| {
            let listener = figure.cast::<web_sys::Element>().map(|f| {
                EventListener::new(&f, "contentvisibilityautostatechange", move |e| {
                    let skipped = e.unchecked_ref::<StateChange>().skipped();
                    let waiting = {
                        let mut o = offscreen.borrow_mut();
                        o.skipped = skipped;
                        if skipped {
                            None
                        } else {
                            o.pending.take()
                        }
                    };
                    if let Some(chart) = waiting {
                        wait(chart);
                    }
                })
            });
            move || drop(listener)
        });
    }
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
        let canvas = canvas.clone();
        let deps = (props.clone(), *window_width);
        use_effect_with(deps, move |(props, _)| {
            let chart = Waiting {
                canvas,
                frame,
                picture: props.picture.clone(),
            };
            let mut o = offscreen.borrow_mut();
            if o.skipped {
                o.pending = Some(chart);
            } else {
                drop(o);
                wait(chart);
            }
        });
    }
    let picture = &props.picture;
    let (title, text) = picture.caption();
    html! {
        <figure class="chart" ref={figure}>
            <figcaption>
                <strong>{ title }</strong>
                <span class="chart-summary">{ text.clone() }</span>
            </figcaption>
            <canvas ref={canvas} data-chart={picture.name()} role="img" aria-label={text} />
        </figure>
    }
}
