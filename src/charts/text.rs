//! Text measured without a browser: an estimate of the box a text takes that is never smaller
//! than a browser draws it in a sans-serif or CJK font, so that a layout computed from it
//! holds on every screen, and no label is measured through the DOM.

use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontTransform;

/// The height of a line of text, in em: the em square and a tenth above and below for
/// accents and descenders.
pub(super) const LINE: f64 = 1.2;

/// A rectangle in device pixels, `x0 <= x1` and `y0 <= y1`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    /// Whether the two share some area (touching edges do not).
    #[cfg(test)]
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x0 < other.x1 && other.x0 < self.x1 && self.y0 < other.y1 && other.y0 < self.y1
    }

    pub fn within(&self, other: &Rect) -> bool {
        self.x0 >= other.x0 && self.x1 <= other.x1 && self.y0 >= other.y0 && self.y1 <= other.y1
    }
}

/// The width of `text` at `size` pixels. Each character is given the width of its class in
/// the widest common sans-serif (DejaVu Sans), rounded up; CJK and anything unknown an em.
pub(super) fn width(text: &str, size: f64) -> f64 {
    text.chars().map(em).sum::<f64>() * size
}

fn em(c: char) -> f64 {
    match c {
        ' ' | 'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' => 0.34,
        'f' | 't' | 'r' | 'I' | 'J' | '(' | ')' | '[' | ']' | '-' | '/' => 0.46,
        '0'..='9' | 'a'..='z' | '$' | '€' | '£' | '¥' | '#' | '?' | '*' | '_' => 0.66,
        'A'..='Z' | '&' => 0.8,
        '+' | '−' | '=' | '<' | '>' | '~' | '×' => 0.86,
        _ => 1.0,
    }
}

/// The box of `text` at `size` pixels drawn at `at` with `anchor`, turned by `turn` as the
/// canvas turns it about `at`.
pub(super) fn text_box(
    text: &str,
    size: f64,
    anchor: Pos,
    turn: FontTransform,
    (x, y): (f64, f64),
) -> Rect {
    let w = width(text, size);
    let (u0, u1) = match anchor.h_pos {
        HPos::Left => (0.0, w),
        HPos::Center => (-w / 2.0, w / 2.0),
        HPos::Right => (-w, 0.0),
    };
    // The em square's middle, from the anchor line: "top" is its top, "middle" its middle.
    let middle = match anchor.v_pos {
        VPos::Top => size / 2.0,
        VPos::Center => 0.0,
        VPos::Bottom => -size / 2.0,
    };
    let (v0, v1) = (middle - LINE * size / 2.0, middle + LINE * size / 2.0);
    let (x0, x1, y0, y1) = match turn {
        FontTransform::None => (x + u0, x + u1, y + v0, y + v1),
        FontTransform::Rotate90 => (x - v1, x - v0, y + u0, y + u1),
        FontTransform::Rotate180 => (x - u1, x - u0, y - v1, y - v0),
        FontTransform::Rotate270 => (x + v0, x + v1, y - u1, y - u0),
    };
    Rect { x0, y0, x1, y1 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_takes_an_em_a_character_and_latin_less() {
        assert_eq!(width("获客成本", 10.0), 40.0);
        assert!(width("Total", 10.0) < 40.0);
        assert!(width("¥6万", 12.0) > width("¥6", 12.0) + 11.0);
    }

    #[test]
    fn turned_text_stands_on_its_anchor() {
        let anchor = Pos::new(HPos::Center, VPos::Center);
        let flat = text_box("abc", 10.0, anchor, FontTransform::None, (50.0, 20.0));
        let up = text_box("abc", 10.0, anchor, FontTransform::Rotate270, (50.0, 20.0));
        assert_eq!(
            (flat.x1 - flat.x0, flat.y1 - flat.y0),
            (up.y1 - up.y0, up.x1 - up.x0)
        );
        assert_eq!((up.x0 + up.x1) / 2.0, 50.0);
        let top = text_box(
            "a",
            10.0,
            Pos::new(HPos::Left, VPos::Top),
            FontTransform::None,
            (0.0, 0.0),
        );
        assert_eq!((top.y0, top.y1), (-1.0, 11.0));
    }
}
