//! A plotters backend that draws nothing and records what a layout needs checked: each
//! text with the box it takes (by the same estimate the layout uses, never smaller than a
//! browser draws), the markers and bars, and the short straight lines.

use crate::charts::text::{text_box, width, Rect, LINE};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use std::cell::RefCell;
use std::rc::Rc;

pub struct Recorder {
    pub size: (u32, u32),
    /// Colours not worth recording: the background, the grid.
    pub quiet: Vec<(u8, u8, u8)>,
    /// What was drawn, shared with the test.
    pub log: Rc<RefCell<Log>>,
}

#[derive(Default)]
pub struct Log {
    pub texts: Vec<(String, Rect)>,
    /// Circles, and filled rectangles other than the background.
    pub marks: Vec<Rect>,
    /// Straight segments of paths of at most three points (axes, reference lines, legend
    /// samples), not the curves.
    pub lines: Vec<Rect>,
}

type Done = Result<(), DrawingErrorKind<std::fmt::Error>>;

fn rect((x0, y0): BackendCoord, (x1, y1): BackendCoord, grow: f64) -> Rect {
    Rect {
        x0: f64::from(x0.min(x1)) - grow,
        y0: f64::from(y0.min(y1)) - grow,
        x1: f64::from(x0.max(x1)) + grow,
        y1: f64::from(y0.max(y1)) + grow,
    }
}

impl Recorder {
    fn quiet(&self, c: BackendColor) -> bool {
        c.alpha == 0.0 || self.quiet.contains(&c.rgb)
    }
}

impl DrawingBackend for Recorder {
    type ErrorType = std::fmt::Error;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }
    fn ensure_prepared(&mut self) -> Done {
        Ok(())
    }
    fn present(&mut self) -> Done {
        Ok(())
    }
    fn draw_pixel(&mut self, _: BackendCoord, _: BackendColor) -> Done {
        Ok(())
    }
    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, s: &S) -> Done {
        if !self.quiet(s.color()) {
            let half = f64::from(s.stroke_width()) / 2.0;
            self.log.borrow_mut().lines.push(rect(from, to, half));
        }
        Ok(())
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        s: &S,
    ) -> Done {
        let points: Vec<_> = path.into_iter().collect();
        if points.len() <= 3 {
            for pair in points.windows(2) {
                self.draw_line(pair[0], pair[1], s)?;
            }
        }
        Ok(())
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        s: &S,
        fill: bool,
    ) -> Done {
        if fill && !self.quiet(s.color()) {
            self.log.borrow_mut().marks.push(rect(from, to, 0.0));
        }
        Ok(())
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        r: u32,
        s: &S,
        _: bool,
    ) -> Done {
        let r = i32::try_from(r).unwrap_or(i32::MAX);
        let half = f64::from(s.stroke_width()) / 2.0;
        self.log
            .borrow_mut()
            .marks
            .push(rect((x - r, y - r), (x + r, y + r), half));
        Ok(())
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        _: I,
        _: &S,
    ) -> Done {
        Ok(())
    }
    fn draw_text<T: BackendTextStyle>(&mut self, text: &str, s: &T, (x, y): BackendCoord) -> Done {
        let at = (f64::from(x), f64::from(y));
        let found = text_box(text, s.size(), s.anchor(), s.transform(), at);
        self.log.borrow_mut().texts.push((text.to_string(), found));
        Ok(())
    }
    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        s: &T,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        let size = s.size();
        Ok((width(text, size).ceil() as u32, (LINE * size).ceil() as u32))
    }
}
