//! The charts' layout measured: at every device pixel ratio phones and desktops have, at
//! phone and desktop sizes, in both languages, for the defaults, a CNY example and huge
//! figures, no text runs over another text, a marker, a bar or a line, every text lies
//! within the canvas, and no probability passes 100 %.

mod labels;
mod recorder;

use super::text::Rect;
use super::{barrier, breakdown, payback, survival, Look, Palette};
use crate::i18n::Lang;
use crate::state::{evaluate, Example, Field, Results, Scenario};
use plotters::prelude::*;
use recorder::{Log, Recorder};
use std::rc::Rc;

const SCALES: [f64; 5] = [1.0, 1.5, 2.0, 2.625, 3.0];
/// Canvas widths, CSS pixels: phones (styles/moat.css: a 390 px screen leaves ~350) to a
/// chart alone on a desktop row.
const WIDTHS: [u32; 6] = [300, 350, 390, 480, 640, 900];

/// The canvas heights, CSS pixels, on a phone and on a desktop (styles/moat.css).
fn heights(chart: &str) -> [u32; 2] {
    match chart {
        "breakdown" => [360, 380],
        "barrier" => [320, 360],
        _ => [280, 320],
    }
}

fn scenarios() -> Vec<(&'static str, Scenario)> {
    let mut huge = Scenario::default();
    for (field, value) in [
        (Field::Revenue, 8.5e8),
        (Field::ServeCost, 1.2e8),
        (Field::Cac, 2.7e9),
        (Field::BenefitLoss, 3.3e8),
        (Field::MonetaryLoss, 7.7e8),
        (Field::RiskLoss, 9.9e8),
        (Field::HourlyCost, 4.4e6),
        (Field::SetupCost, 5.5e8),
    ] {
        huge.set(field, value);
    }
    let mut loss = Scenario::default();
    loss.currency = "EUR".into();
    loss.set(Field::ServeCost, 200.0);
    let mut yuan = huge.clone();
    yuan.currency = "CNY".into();
    vec![
        ("defaults", Scenario::default()),
        ("compressor", Example::Compressor.scenario("USD")),
        ("huge", huge),
        ("huge CNY", yuan),
        ("loss", loss),
    ]
}

/// What `draw` records on a canvas of `(w, h)` CSS pixels at `scale`.
fn record(
    (w, h): (u32, u32),
    scale: f64,
    draw: impl FnOnce(&DrawingArea<Recorder, plotters::coord::Shift>, &Look),
    lang: Lang,
    currency: &str,
) -> ((u32, u32), Log) {
    let palette = Palette::default();
    let size = |x: u32| (f64::from(x) * scale).round() as u32;
    let recorder = Recorder {
        size: (size(w), size(h)),
        quiet: [palette.background, palette.grid]
            .map(|c| (c.0, c.1, c.2))
            .to_vec(),
        log: Rc::default(),
    };
    let (size, log) = (recorder.size, recorder.log.clone());
    {
        let area = recorder.into_drawing_area();
        let look = Look {
            scale,
            lang,
            currency,
            palette,
        };
        draw(&area, &look);
    }
    (size, log.take())
}

/// What is wrong with the recorded layout, if anything.
fn faults((w, h): (u32, u32), r: &Log) -> Vec<String> {
    let mut found = Vec::new();
    let canvas = Rect {
        x0: 0.0,
        y0: 0.0,
        x1: f64::from(w),
        y1: f64::from(h),
    };
    for (i, (text, at)) in r.texts.iter().enumerate() {
        if !at.within(&canvas) {
            found.push(format!("{text:?} {at:?} leaves the canvas"));
        }
        for (other, its) in &r.texts[i + 1..] {
            if at.overlaps(its) {
                found.push(format!("{text:?} {at:?} runs over {other:?} {its:?}"));
            }
        }
        for mark in r.marks.iter().filter(|m| m.overlaps(at)) {
            found.push(format!("{text:?} {at:?} runs over a marker {mark:?}"));
        }
        for line in r.lines.iter().filter(|l| l.overlaps(at)) {
            found.push(format!("{text:?} {at:?} runs over a line {line:?}"));
        }
        let percent = text.trim_end_matches('%').trim_end();
        if percent.len() < text.len() && percent.parse::<f64>().is_ok_and(|p| p > 100.0) {
            found.push(format!("{text:?} is beyond 100 %"));
        }
    }
    found
}

fn draw_all(results: &Results, chart: &str, lang: Lang, currency: &str) -> Vec<String> {
    let (clv, p) = (&*results.clv, &results.clv_params);
    let sw = &*results.switching;
    let mut found = Vec::new();
    for scale in SCALES {
        for w in WIDTHS {
            for h in heights(chart) {
                let (size, r) = record(
                    (w, h),
                    scale,
                    |area, look| match chart {
                        "payback" => {
                            let l = labels::payback(lang, currency, clv, p);
                            payback::draw(area, clv, p.cac, &l, look).unwrap()
                        }
                        "survival" => {
                            survival::draw(area, clv, &labels::survival(lang, p), look).unwrap()
                        }
                        "breakdown" => {
                            let l = labels::breakdown(lang, currency);
                            breakdown::draw(area, sw, &l, look).unwrap()
                        }
                        _ => {
                            let c = sw.churn.as_ref().expect("a barrier model");
                            let l = labels::barrier(lang, currency, c, p);
                            barrier::draw(area, c, &l, look).unwrap()
                        }
                    },
                    lang,
                    currency,
                );
                assert!(!r.texts.is_empty());
                found.extend(
                    faults(size, &r)
                        .into_iter()
                        .map(|f| format!("{chart} {lang:?} {w}×{h} at {scale}: {f}")),
                );
            }
        }
    }
    found
}

fn check(chart: &str) {
    let mut found = Vec::new();
    for (name, scenario) in scenarios() {
        let results = evaluate(&scenario).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        for lang in [Lang::En, Lang::Zh] {
            let faults = draw_all(&results, chart, lang, &scenario.currency);
            found.extend(faults.into_iter().map(|f| format!("{name}: {f}")));
        }
    }
    let shown = found
        .iter()
        .take(12)
        .cloned()
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        found.is_empty(),
        "{} faults, the first:\n{shown}",
        found.len()
    );
}

#[test]
fn payback_is_legible_at_every_ratio_and_width() {
    check("payback");
}

#[test]
fn survival_is_legible_at_every_ratio_and_width() {
    check("survival");
}

#[test]
fn breakdown_is_legible_at_every_ratio_and_width() {
    check("breakdown");
}

#[test]
fn barrier_is_legible_at_every_ratio_and_width() {
    check("barrier");
}
