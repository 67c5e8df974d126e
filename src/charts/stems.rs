//! Texts on stems from marks on a horizontal line: each text in a row above or below the line,
//! at the end of a vertical stem from its mark, clear of the other texts and stems. Marks at
//! one place share a stem, their texts stacked, or split above and below. The rows nearest the
//! line are filled first, each text as near centred on its stem as it can be; the texts get
//! smaller when nothing fits.

use super::look::{Drawn, Look};
use super::pen;
use super::text::{width, Rect, LINE};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

/// The texts' size, CSS pixels, and the least share of it they may shrink to.
const SIZE: f64 = 12.0;
const LEAST: f64 = 0.6;
/// The most places tried at one text size.
const TRIES: usize = 20_000;

/// The line, device pixels: the plot the texts stay within, the line's height, and how far
/// from it the marks reach on either side (no text comes nearer).
pub(super) struct Line {
    pub plot: Rect,
    pub mid: f64,
    pub reach: f64,
}

/// Marks at one place, or nearly: one stem each, their texts in one stack.
struct Group<'t> {
    xs: Vec<f64>,
    lines: Vec<&'t str>,
}

/// A stem: its x and the heights it runs from and to.
#[derive(Clone, Copy)]
struct Stem {
    x: f64,
    from: f64,
    to: f64,
}

/// Part of a group's stack on one side of the line: its box, texts and stems.
#[derive(Clone)]
struct Part<'t> {
    at: Rect,
    lines: Vec<&'t str>,
    stems: Vec<Stem>,
}

/// The rows at one text size.
struct Fit<'a> {
    line: &'a Line,
    size: f64,
    pitch: f64,
    rows: usize,
    clear: f64,
    half: f64,
}

/// Draws each of `marks` (x, device pixels, and text) as a stem in `style` from across the
/// line to its text, and the text.
pub(super) fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    look: &Look,
    marks: &[(f64, &str)],
    line: &Line,
    style: ShapeStyle,
) -> Drawn<DB> {
    let clear = look.scale * 3.0;
    let mut sorted = marks.to_vec();
    order(&mut sorted, |a, b| a.0 < b.0 || (a.0 == b.0 && a.1 < b.1));
    let mut groups: Vec<Group> = Vec::new();
    for (x, text) in sorted {
        match groups.last_mut() {
            Some(g) if g.xs.iter().any(|at| x - at <= 2.0 * clear) => {
                g.xs.push(x);
                g.lines.push(text);
            }
            _ => groups.push(Group {
                xs: vec![x],
                lines: vec![text],
            }),
        }
    }
    let half = f64::from(style.stroke_width) / 2.0;
    let (size, parts) = line.place(look, &groups, half);
    for part in &parts {
        for s in &part.stems {
            let [x, from, to] = [s.x, s.from, s.to].map(|v| v.round() as i32);
            pen::path(area, vec![(x, from), (x, to)], style, None)?;
        }
        let x = (part.at.x0 + part.at.x1) / 2.0;
        let pitch = size * LINE + clear;
        for (k, text) in part.lines.iter().enumerate() {
            let y = part.at.y0 + k as f64 * pitch + size * LINE / 2.0;
            look.write(area, text, size, (x, y), HPos::Center)?;
        }
    }
    Ok(())
}

impl Line {
    /// The groups' parts and their text size: the first places, in order of preference,
    /// where every text is clear, at the largest size that has them.
    fn place<'t>(&self, look: &Look, groups: &[Group<'t>], half: f64) -> (f64, Vec<Part<'t>>) {
        let widest = groups
            .iter()
            .flat_map(|g| &g.lines)
            .map(|t| width(t, 1.0))
            .fold(f64::MIN_POSITIVE, f64::max);
        let room = (self.plot.x1 - self.plot.x0).max(1.0);
        let mut size = (look.scale * SIZE).min(room / widest);
        loop {
            let fit = Fit::new(self, look, size, half, 0);
            let (mut placed, mut tries) = (Vec::new(), TRIES);
            if fit.search(groups, 0, &mut placed, &mut tries) {
                return (size, placed);
            }
            if size > look.scale * SIZE * LEAST {
                size *= 0.85;
                continue;
            }
            // Nothing fits: each group at its first place, rows beyond the plot if need be.
            let most = groups.iter().map(|g| g.lines.len()).max().unwrap_or(1);
            let fit = Fit::new(self, look, size, half, most);
            let parts = (0..groups.len())
                .flat_map(|i| fit.places(groups, i, &[]).into_iter().next())
                .flatten()
                .collect();
            return (size, parts);
        }
    }
}

impl<'a> Fit<'a> {
    /// The rows at `size` that fit on each side of the line, at least `least`.
    fn new(line: &'a Line, look: &Look, size: f64, half: f64, least: usize) -> Self {
        let clear = look.scale * 3.0;
        // Rows as far apart as texts from stems.
        let pitch = size * LINE + clear;
        let p = &line.plot;
        let room = (line.mid - p.y0).min(p.y1 - line.mid) - line.reach - half;
        let rows = (room / pitch).floor().max(0.0) as usize;
        Fit {
            line,
            size,
            pitch,
            rows: rows.max(least),
            clear,
            half,
        }
    }

    /// Places groups `i..` clear of `placed` and of one another, within `tries`.
    fn search<'t>(
        &self,
        groups: &[Group<'t>],
        i: usize,
        placed: &mut Vec<Part<'t>>,
        tries: &mut usize,
    ) -> bool {
        if i == groups.len() {
            return true;
        }
        for parts in self.places(groups, i, placed) {
            if *tries == 0 {
                return false;
            }
            *tries -= 1;
            if parts.iter().all(|part| self.clear_of(part, placed)) {
                let before = placed.len();
                placed.extend(parts);
                if self.search(groups, i + 1, placed, tries) {
                    return true;
                }
                placed.truncate(before);
            }
        }
        false
    }

    /// Whether `part` is within the plot and it and its stems are clear of `placed`'s.
    fn clear_of(&self, part: &Part, placed: &[Part]) -> bool {
        // Half a pixel's give, for rows exactly `clear` apart.
        let near = |a: &Rect, b: &Rect| {
            let c = self.clear - 0.5;
            a.x0 - c < b.x1 && b.x0 < a.x1 + c && a.y0 - c < b.y1 && b.y0 < a.y1 + c
        };
        part.at.within(&self.line.plot)
            && placed.iter().all(|other| {
                !near(&part.at, &other.at)
                    && other.stems.iter().all(|s| !near(&part.at, &self.stem(s)))
                    && part.stems.iter().all(|s| !near(&other.at, &self.stem(s)))
            })
    }

    /// The box a stem's stroke takes.
    fn stem(&self, s: &Stem) -> Rect {
        Rect {
            x0: s.x - self.half,
            y0: s.from.min(s.to) - self.half,
            x1: s.x + self.half,
            y1: s.from.max(s.to) + self.half,
        }
    }

    /// Group `i`'s places, best first: nearest the line, then nearest centred on its stems,
    /// then all above, all below or split. Besides centred, a text may end just clear of a
    /// placed text or another group's stem, as long as it stays over its own stems.
    fn places<'t>(&self, groups: &[Group<'t>], i: usize, placed: &[Part]) -> Vec<Vec<Part<'t>>> {
        let g = &groups[i];
        let k = g.lines.len();
        let w = g
            .lines
            .iter()
            .map(|t| width(t, self.size))
            .fold(0.0, f64::max);
        let (low, high) =
            g.xs.iter()
                .fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), x| {
                    (l.min(*x), h.max(*x))
                });
        let p = &self.line.plot;
        let from = (high - w).max(p.x0);
        let to = low.min(p.x1 - w).max(from);
        let centre = (low + high - w) / 2.0;
        let gap = self.clear + 1.0;
        let mut lefts = vec![centre];
        for part in placed {
            lefts.extend([part.at.x1 + gap, part.at.x0 - gap - w]);
        }
        let stems = groups.iter().enumerate().filter(|(j, _)| *j != i);
        for x in stems.flat_map(|(_, other)| &other.xs) {
            lefts.extend([x + self.half + gap, x - self.half - gap - w]);
        }
        let mut lefts: Vec<f64> = lefts.into_iter().map(|l| l.clamp(from, to)).collect();
        let far = |x: f64| (x - centre).abs();
        order(&mut lefts, |a, b| {
            far(*a) < far(*b) || (far(*a) == far(*b) && a < b)
        });
        lefts.dedup_by(|a, b| (*a - *b).abs() < 0.5);
        // How many texts go above the line.
        let splits = match k {
            1 => vec![1, 0],
            _ => vec![k, 0, k.div_ceil(2)],
        };
        let mut places = Vec::new();
        for (s, &above) in splits.iter().enumerate() {
            let deep = above.max(k - above);
            for row in 0..=self.rows.saturating_sub(deep) {
                if row + deep > self.rows {
                    break;
                }
                for (l, &left) in lefts.iter().enumerate() {
                    let parts = [(-1.0, &g.lines[..above]), (1.0, &g.lines[above..])]
                        .into_iter()
                        .filter(|(_, lines)| !lines.is_empty())
                        .map(|(side, lines)| self.part(g, (left, w), row, side, lines))
                        .collect();
                    places.push(((row + deep, l, s), parts));
                }
            }
        }
        order(&mut places, |a, b| a.0 < b.0);
        places.into_iter().map(|(_, parts)| parts).collect()
    }

    /// `lines` of group `g` from `left` (`w` wide), from `row` outwards on `side` (−1 above
    /// the line, 1 below), with the group's stems from across the line to the box.
    fn part<'t>(
        &self,
        g: &Group,
        (left, w): (f64, f64),
        row: usize,
        side: f64,
        lines: &[&'t str],
    ) -> Part<'t> {
        let (mid, reach) = (self.line.mid, self.line.reach);
        // The stems' ends across the line stay `clear` of the texts on that side.
        let inner = reach + self.half + self.clear + row as f64 * self.pitch;
        let outer = inner + lines.len() as f64 * self.pitch - (self.pitch - self.size * LINE);
        let (y0, y1) = match side < 0.0 {
            true => (mid - outer, mid - inner),
            false => (mid + inner, mid + outer),
        };
        Part {
            at: Rect {
                x0: left,
                y0,
                x1: left + w,
                y1,
            },
            lines: lines.to_vec(),
            stems: g
                .xs
                .iter()
                .map(|&x| Stem {
                    x,
                    from: mid - side * reach,
                    to: mid + side * (inner - self.clear),
                })
                .collect(),
        }
    }
}

/// Puts `items` in order by `before`, keeping equal ones as they were: an insertion sort, as
/// the few texts of a chart need (the standard library's sorts weigh kilobytes in the bundle).
fn order<T>(items: &mut [T], before: impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}
