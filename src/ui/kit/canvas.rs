//! The canvas backend charts draw on: plotters-canvas, but lines and text set the canvas's
//! colour, line width, font and alignment only when they change, and lines of one style in a
//! row are stroked as one path. plotters-canvas formats and sets every one of them for every
//! line and label, and strokes each line alone: with dozens of labels and grid lines a chart,
//! that was a third of a keystroke's drawing.

use plotters::prelude::DrawingBackend;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontTransform,
};
use plotters_canvas::CanvasBackend;
use std::f64::consts::FRAC_PI_2;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// The browser refused a drawing call.
#[derive(Debug)]
pub struct Refused;

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("the canvas refused a drawing call")
    }
}

impl std::error::Error for Refused {}

type Drawn = Result<(), DrawingErrorKind<Refused>>;

/// A chart's canvas, remembering the state it last set.
pub struct Canvas {
    shapes: CanvasBackend,
    context: CanvasRenderingContext2d,
    /// Colour and width of the stroke, if set by this backend and unchanged since.
    stroke: Option<(Rgba, u32)>,
    /// Colour of the fill, if set by this backend and unchanged since.
    fill: Option<Rgba>,
    /// Font, alignment and baseline of text.
    text: Option<(String, &'static str, &'static str)>,
    /// Whether lines are waiting in the current path, to be stroked together.
    lines: bool,
}

impl Canvas {
    pub fn new(canvas: HtmlCanvasElement) -> Option<Canvas> {
        let context = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(Canvas {
            shapes: CanvasBackend::with_canvas_object(canvas)?,
            context,
            stroke: None,
            fill: None,
            text: None,
            lines: false,
        })
    }

    /// Draws with plotters-canvas, which sets colours and widths of its own.
    fn shape(
        &mut self,
        draw: impl FnOnce(
            &mut CanvasBackend,
        )
            -> Result<(), DrawingErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>>,
    ) -> Drawn {
        self.flush();
        self.stroke = None;
        self.fill = None;
        draw(&mut self.shapes).map_err(|_| DrawingErrorKind::DrawingError(Refused))
    }

    /// Strokes the lines waiting, before anything is drawn over them or the style changes.
    fn flush(&mut self) {
        if self.lines {
            self.context.stroke();
            self.lines = false;
        }
    }

    fn set_stroke(&mut self, style: &impl BackendStyle) {
        let stroke = (Rgba::of(style.color()), style.stroke_width());
        if self.stroke != Some(stroke) {
            self.flush();
            self.context.set_stroke_style_str(&stroke.0.css());
            self.context.set_line_width(f64::from(stroke.1));
            self.stroke = Some(stroke);
        }
    }

    fn set_fill(&mut self, colour: BackendColor) {
        let colour = Rgba::of(colour);
        if self.fill != Some(colour) {
            self.context.set_fill_style_str(&colour.css());
            self.fill = Some(colour);
        }
    }

    /// Adds a line through `points` to the path of lines waiting; a single segment made
    /// `crisp` if asked.
    fn stroke(
        &mut self,
        points: impl IntoIterator<Item = BackendCoord>,
        style: &impl BackendStyle,
        crisp_segment: bool,
    ) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let points: Vec<BackendCoord> = points.into_iter().collect();
        let Some((&first, rest)) = points.split_first() else {
            return Ok(());
        };
        self.set_stroke(style);
        if !self.lines {
            self.context.begin_path();
            self.lines = true;
        }
        if let (true, [last]) = (crisp_segment, rest) {
            let (from, to) = crisp(first, *last);
            self.context.move_to(from.0, from.1);
            self.context.line_to(to.0, to.1);
        } else {
            self.context.move_to(f64::from(first.0), f64::from(first.1));
            for p in rest {
                self.context.line_to(f64::from(p.0), f64::from(p.1));
            }
        }
        Ok(())
    }
}

impl Drop for Canvas {
    fn drop(&mut self) {
        self.flush();
    }
}

/// A colour as compared and written to the canvas.
#[derive(Clone, Copy, PartialEq)]
struct Rgba(u8, u8, u8, f64);

impl Rgba {
    fn of(
        BackendColor {
            rgb: (r, g, b),
            alpha,
        }: BackendColor,
    ) -> Rgba {
        Rgba(r, g, b, alpha)
    }

    fn css(self) -> String {
        let Rgba(r, g, b, a) = self;
        format!("rgba({r},{g},{b},{a})")
    }
}

/// A horizontal or vertical line moved half a pixel, so that it covers whole pixels.
fn crisp(from: BackendCoord, to: BackendCoord) -> ((f64, f64), (f64, f64)) {
    let (mut from, mut to) = (
        (f64::from(from.0), f64::from(from.1)),
        (f64::from(to.0), f64::from(to.1)),
    );
    if from.0 == to.0 {
        from.0 -= 0.5;
        to.0 -= 0.5;
    }
    if from.1 == to.1 {
        from.1 -= 0.5;
        to.1 -= 0.5;
    }
    (from, to)
}

impl DrawingBackend for Canvas {
    type ErrorType = Refused;

    fn get_size(&self) -> (u32, u32) {
        self.shapes.get_size()
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        self.flush();
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, colour: BackendColor) -> Drawn {
        self.shape(|c| c.draw_pixel(point, colour))
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        self.stroke([from, to], style, true)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        self.shape(|c| c.draw_rect(upper_left, bottom_right, style, fill))
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        self.stroke(path, style, false)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        self.shape(|c| c.fill_polygon(path, style))
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        self.shape(|c| c.draw_circle(center, radius, style, fill))
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Drawn {
        let colour = style.color();
        if colour.alpha == 0.0 {
            return Ok(());
        }
        self.flush();
        let font = format!(
            "{} {}px {}",
            style.style().as_str(),
            style.size(),
            style.family().as_str()
        );
        let anchor = style.anchor();
        let align = match anchor.h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        };
        let baseline = match anchor.v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        match &self.text {
            Some((f, a, b)) if *f == font && *a == align && *b == baseline => {}
            _ => {
                self.context.set_font(&font);
                self.context.set_text_align(align);
                self.context.set_text_baseline(baseline);
                self.text = Some((font, align, baseline));
            }
        }
        self.set_fill(colour);
        let turns = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 1.0,
            FontTransform::Rotate180 => 2.0,
            FontTransform::Rotate270 => 3.0,
        };
        let (x, y) = (f64::from(pos.0), f64::from(pos.1));
        if turns == 0.0 {
            return self
                .context
                .fill_text(text, x, y)
                .map_err(|_| DrawingErrorKind::DrawingError(Refused));
        }
        // Turned about the anchor; the state set above outlives the restore.
        self.context.save();
        let drawn = self
            .context
            .translate(x, y)
            .and_then(|()| self.context.rotate(turns * FRAC_PI_2))
            .and_then(|()| self.context.fill_text(text, 0.0, 0.0));
        self.context.restore();
        drawn.map_err(|_| DrawingErrorKind::DrawingError(Refused))
    }
}
