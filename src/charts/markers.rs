//! Vertical markers across a plot, each with a short label: beside its line where there is
//! room, else on it with the line broken around it; clear of the other markers' lines, the
//! horizontal rules, the dots, the other labels and, where it can be, the curves.

use super::look::{Drawn, Look};
use super::pen;
use super::text::{width, Rect, LINE};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

/// The labels' text size, CSS pixels, and the least share of it they may shrink to.
const SIZE: f64 = 12.0;
const LEAST: f64 = 0.6;

/// What the labels keep clear of, device pixels: the plot they stay within, the heights of
/// horizontal rules, the dots' boxes and the curves (polylines, x increasing).
pub(super) struct Keep {
    pub plot: Rect,
    pub rules: Vec<f64>,
    pub dots: Vec<Rect>,
    pub curves: Vec<Vec<(f64, f64)>>,
}

/// A label placed: its box, its text size and its lines.
struct Spot<'t> {
    at: Rect,
    size: f64,
    lines: Vec<&'t str>,
}

/// Draws a dashed line in `style` from the plot's top to its bottom at each x (device
/// pixels), and its text beside it or on it.
pub(super) fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    look: &Look,
    marks: &[(f64, &str)],
    keep: &Keep,
    style: ShapeStyle,
) -> Drawn<DB> {
    let clear = look.scale * 3.0;
    let lines: Vec<f64> = marks.iter().map(|m| m.0).collect();
    let mut spots: Vec<Spot> = Vec::with_capacity(marks.len());
    for (i, &(x, text)) in marks.iter().enumerate() {
        let others: Vec<f64> = lines
            .iter()
            .enumerate()
            .filter_map(|(j, m)| (j != i).then_some(*m))
            .collect();
        let outward = if others.iter().all(|m| x <= *m) {
            -1.0
        } else {
            1.0
        };
        let taken: Vec<Rect> = spots.iter().map(|s| s.at).collect();
        spots.push(keep.spot(look, (x, text), outward, (&lines, &others), &taken));
    }
    let (p, dash, gap) = (&keep.plot, look.px(4.0), look.px(4.0));
    for &x in &lines {
        // Dashes down the plot, none within `clear` of a label over the line.
        let skip: Vec<(f64, f64)> = spots
            .iter()
            .filter(|s| s.at.x0 - clear < x && x < s.at.x1 + clear)
            .map(|s| (s.at.y0 - clear, s.at.y1 + clear))
            .collect();
        let mut y = p.y0;
        while y < p.y1 {
            let end = (y + f64::from(dash)).min(p.y1);
            if skip.iter().all(|(a, b)| end <= *a || y >= *b) {
                let (x, y0, y1) = (x.round() as i32, y.round() as i32, end.round() as i32);
                pen::path(area, vec![(x, y0), (x, y1)], style, None)?;
            }
            y = end + f64::from(gap);
        }
    }
    for s in &spots {
        let x = (s.at.x0 + s.at.x1) / 2.0;
        for (k, line) in s.lines.iter().enumerate() {
            let y = s.at.y0 + k as f64 * (s.size * LINE + look.scale) + s.size * LINE / 2.0;
            look.write(area, line, s.size, (x, y), HPos::Center)?;
        }
    }
    Ok(())
}

/// `text` on one line, and, if it has a space, on two split at the space nearest its
/// middle.
fn forms(text: &str) -> Vec<Vec<&str>> {
    let middle = width(text, 1.0) / 2.0;
    let split = text.match_indices(' ').map(|(i, _)| i).min_by(|a, b| {
        let off = |i: &usize| (width(&text[..*i], 1.0) - middle).abs();
        off(a).total_cmp(&off(b))
    });
    let mut forms = vec![vec![text]];
    if let Some(i) = split {
        forms.push(vec![&text[..i], &text[i + 1..]]);
    }
    forms
}

impl Keep {
    /// The place of `text` for the marker at `x`: beside it (`outward` first), or on it, in
    /// the first row from the plot's top or bottom that is clear, on one line or two;
    /// smaller if none is.
    fn spot<'t>(
        &self,
        look: &Look,
        (x, text): (f64, &'t str),
        outward: f64,
        (lines, others): (&[f64], &[f64]),
        taken: &[Rect],
    ) -> Spot<'t> {
        let clear = look.scale * 3.0;
        let gap = look.scale * 5.0;
        let p = &self.plot;
        let free = |r: &Rect, lines: &[f64]| {
            r.within(p)
                && lines.iter().all(|m| m + clear <= r.x0 || m - clear >= r.x1)
                && self
                    .rules
                    .iter()
                    .all(|y| y + clear <= r.y0 || y - clear >= r.y1)
                && self.dots.iter().chain(taken).all(|d| !near(d, r, clear))
        };
        let open = |r: &Rect| self.curves.iter().all(|c| !crosses(c, r, clear));
        let forms = forms(text);
        let mut size = look.scale * SIZE;
        loop {
            // Beside the line and on it, for each form, in rows.
            let places: Vec<(Vec<Rect>, Vec<Rect>)> = forms
                .iter()
                .map(|form| {
                    let w = form.iter().map(|l| width(l, size)).fold(0.0, f64::max);
                    // A pixel between lines.
                    let h = (size * LINE + look.scale) * form.len() as f64 - look.scale;
                    let at = |cx: f64, cy: f64| Rect {
                        x0: cx - w / 2.0,
                        y0: cy - h / 2.0,
                        x1: cx + w / 2.0,
                        y1: cy + h / 2.0,
                    };
                    let rows = self.rows(look, h);
                    let beside = rows
                        .iter()
                        .flat_map(|&y| [outward, -outward].map(|s| at(x + s * (gap + w / 2.0), y)))
                        .collect();
                    let (left, right) = (p.x0 + w / 2.0 + 1.0, p.x1 - w / 2.0 - 1.0);
                    let on = rows
                        .iter()
                        .map(|&y| at(x.clamp(left, right.max(left)), y))
                        .collect();
                    (beside, on)
                })
                .collect();
            let pick = |tidy: bool| {
                places.iter().enumerate().find_map(|(f, (beside, on))| {
                    let found = beside
                        .iter()
                        .find(|r| free(r, lines) && (!tidy || open(r)))
                        .or_else(|| on.iter().find(|r| free(r, others) && (!tidy || open(r))));
                    found.map(|r| (*r, f))
                })
            };
            let found = pick(true).or_else(|| pick(false));
            let spot = |(at, f): (Rect, usize)| Spot {
                at,
                size,
                lines: forms[f].clone(),
            };
            match found {
                Some(found) => return spot(found),
                None if size > look.scale * SIZE * LEAST => size *= 0.85,
                None => {
                    let on = &places[0].1;
                    let at = on.iter().find(|r| free(r, &[])).unwrap_or(&on[0]);
                    return spot((*at, 0));
                }
            }
        }
    }

    /// The centre lines of rows `h` high, alternately from the plot's top and its bottom.
    fn rows(&self, look: &Look, h: f64) -> Vec<f64> {
        let pad = look.scale * 3.0 + 1.0;
        let p = &self.plot;
        let count = ((p.y1 - p.y0 - pad) / (h + pad)).floor().max(1.0) as usize;
        (0..count.div_ceil(2))
            .flat_map(|row| {
                let step = row as f64 * (h + pad);
                [p.y0 + pad + h / 2.0 + step, p.y1 - pad - h / 2.0 - step]
            })
            .collect()
    }
}

/// Whether `a`, grown by `clear`, overlaps `b`.
fn near(a: &Rect, b: &Rect, clear: f64) -> bool {
    a.x0 - clear < b.x1 && b.x0 < a.x1 + clear && a.y0 - clear < b.y1 && b.y0 < a.y1 + clear
}

/// Whether the polyline `curve` (x increasing) passes within `clear` of `r`.
fn crosses(curve: &[(f64, f64)], r: &Rect, clear: f64) -> bool {
    let (x0, x1) = (r.x0 - clear, r.x1 + clear);
    let mut ys = Vec::new();
    for pair in curve.windows(2) {
        let ((ax, ay), (bx, by)) = (pair[0], pair[1]);
        if bx < x0 || ax > x1 || bx <= ax {
            continue;
        }
        let at = |x: f64| ay + (by - ay) * (x.clamp(ax, bx) - ax) / (bx - ax);
        ys.extend([at(x0), at(x1)]);
    }
    let low = ys.iter().copied().fold(f64::INFINITY, f64::min);
    let high = ys.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    low <= r.y1 + clear && high >= r.y0 - clear
}
