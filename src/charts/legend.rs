//! The legend, above the plot: each entry its sample and its text on one centre line, the
//! entries flowing in rows across the canvas. Laid out from measured text, never over the
//! plot, so it covers nothing and nothing covers it.

use super::look::{Drawn, Look};
use super::pen;
use super::text::{width, Rect, LINE};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

/// The legend's text size, CSS pixels.
const SIZE: f64 = 12.0;

/// What stands for a series in the legend.
#[derive(Clone, Copy)]
pub(super) enum Sample {
    /// A short line in the series' style.
    Line(ShapeStyle),
    /// A short line in the series' style, dashed: dashes and gaps of these lengths, device
    /// pixels.
    Dashed(ShapeStyle, u32, u32),
    /// A filled square.
    Square(RGBColor),
    /// A marker: a filled dot or a ring.
    Dot(ShapeStyle),
}

pub(super) struct Entry<'t> {
    pub text: &'t str,
    pub sample: Sample,
}

/// An entry placed: its sample's box and its text's centre line and size, device pixels.
pub(super) struct Placed {
    pub sample: Rect,
    pub text: (f64, f64),
    pub size: f64,
}

/// The entries placed in rows across `width` device pixels from `(left, top)`, and the
/// height they take.
pub(super) fn layout(
    look: &Look,
    entries: &[Entry],
    (left, top): (f64, f64),
    room: f64,
) -> (Vec<Placed>, f64) {
    let px = |x: f64| x * look.scale;
    let (slot, gap, between) = (px(18.0), px(5.0), px(14.0));
    let row = px(SIZE) * LINE + px(3.0);
    let mut placed = Vec::with_capacity(entries.len());
    let (mut x, mut y) = (0.0, 0.0);
    for entry in entries {
        let text = width(entry.text, px(SIZE));
        // An entry wider than the canvas gets a smaller font rather than run out of it.
        let size = px(SIZE) * ((room - slot - gap) / text).clamp(0.1, 1.0);
        let w = slot + gap + text * size / px(SIZE);
        if x > 0.0 && x + w > room {
            (x, y) = (0.0, y + row);
        }
        let centre = top + y + row / 2.0;
        let half = match entry.sample {
            Sample::Line(_) | Sample::Dashed(..) => px(1.5),
            Sample::Square(_) | Sample::Dot(_) => px(5.0),
        };
        let (x0, x1) = match entry.sample {
            Sample::Line(_) | Sample::Dashed(..) => (left + x, left + x + slot),
            _ => (left + x + slot / 2.0 - half, left + x + slot / 2.0 + half),
        };
        placed.push(Placed {
            sample: Rect {
                x0,
                x1,
                y0: centre - half,
                y1: centre + half,
            },
            text: (left + x + slot + gap, centre),
            size,
        });
        x += w + between;
    }
    let height = if entries.is_empty() { 0.0 } else { y + row };
    (placed, height)
}

/// Draws the legend laid out by [`layout`].
pub(super) fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    look: &Look,
    entries: &[Entry],
    placed: &[Placed],
) -> Drawn<DB> {
    for (entry, at) in entries.iter().zip(placed) {
        let s = at.sample;
        let (cx, cy) = (((s.x0 + s.x1) / 2.0) as i32, ((s.y0 + s.y1) / 2.0) as i32);
        let across = vec![(s.x0 as i32, cy), (s.x1 as i32, cy)];
        match entry.sample {
            Sample::Line(style) => pen::path(area, across, style, None)?,
            Sample::Dashed(style, dash, gap) => pen::path(area, across, style, Some((dash, gap)))?,
            Sample::Square(colour) => {
                let corners = [(s.x0 as i32, s.y0 as i32), (s.x1 as i32, s.y1 as i32)];
                pen::rect(area, corners, colour.filled())?
            }
            Sample::Dot(style) => {
                let radius = ((s.x1 - s.x0) / 2.0 - f64::from(style.stroke_width) / 2.0).max(1.0);
                pen::dot(area, (cx, cy), radius as u32, style)?
            }
        }
        look.write(area, entry.text, at.size, at.text, HPos::Left)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::Palette;
    use crate::i18n::Lang;

    #[test]
    fn samples_share_their_texts_centre_line_and_rows_stay_in_the_room() {
        let palette = Palette::default();
        for scale in [1.0, 1.5, 2.0, 2.625, 3.0] {
            let look = Look {
                scale,
                lang: Lang::En,
                currency: "USD",
                palette,
            };
            let entries = [
                (
                    "Cumulative contribution",
                    Sample::Line(palette.value.stroke_width(3)),
                ),
                ("Lifetime value $1,915.78", Sample::Square(palette.cost)),
                ("Today $246.00", Sample::Dot(palette.ink.filled())),
            ]
            .map(|(text, sample)| Entry { text, sample });
            let room = 330.0 * scale;
            let (placed, height) = layout(&look, &entries, (0.0, 0.0), room);
            for (entry, at) in entries.iter().zip(&placed) {
                assert_eq!((at.sample.y0 + at.sample.y1) / 2.0, at.text.1);
                assert!(at.sample.x1 < at.text.0);
                assert!(at.text.0 + width(entry.text, at.size) <= room);
                assert!(at.sample.y1 <= height);
            }
        }
    }
}
