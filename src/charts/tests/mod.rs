//! The charts' layout measured: at every device pixel ratio phones and desktops have, at
//! phone and desktop sizes, in both languages, for the defaults, a CNY example and huge
//! figures, no text runs over another text, a marker, a bar or a line, every text lies
//! within the canvas, and no probability passes 100 %. The acquisition versus retention
//! charts likewise, for businesses worked through in `acquisition`; the funnel and staffing
//! charts for the samples in `costs`; the upgrade-or-trade-in charts for those in `upgrade`.

mod acquisition;
mod costs;
mod labels;
mod recorder;
mod upgrade;

use super::text::Rect;
use super::{barrier, breakdown, holding, payback, plan, rates, survival, Look, Palette};
use crate::i18n::Lang;
use crate::model::Period;
use crate::state::{evaluate, Example, Field, Results, Scenario};
use plotters::prelude::*;
use recorder::{Log, Recorder};
use std::rc::Rc;

const SCALES: [f64; 5] = [1.0, 1.5, 2.0, 2.625, 3.0];
/// Canvas widths, CSS pixels: phones (styles/moat.css: a 390 px screen leaves ~350; 334
/// measured on one) to a chart alone on a desktop row (577 and 1172 measured on desktops).
const WIDTHS: [u32; 9] = [300, 334, 350, 390, 480, 577, 640, 900, 1172];

/// The canvas heights, CSS pixels, on a phone and on a desktop (styles/moat.css).
fn heights(chart: &str) -> [u32; 2] {
    match chart {
        "breakdown" => [360, 380],
        "barrier" | "plan" => [320, 360],
        "credit" => [180, 200],
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
    measure(chart, lang, currency, |area, look| match chart {
        "payback" => {
            let l = labels::payback(lang, currency, clv, p);
            payback::draw(area, clv, p.cac, &l, look).unwrap()
        }
        "survival" => survival::draw(area, clv, &labels::survival(lang, p), look).unwrap(),
        "breakdown" => {
            let l = labels::breakdown(lang, currency);
            breakdown::draw(area, sw, &l, look).unwrap()
        }
        _ => {
            let c = sw.churn.as_ref().expect("a barrier model");
            let l = labels::barrier(lang, currency, c, p);
            barrier::draw(area, c, &l, look).unwrap()
        }
    })
}

/// The faults of what `draw` draws at every scale and size `chart` is drawn at.
fn measure(
    chart: &str,
    lang: Lang,
    currency: &str,
    draw: impl Fn(&DrawingArea<Recorder, plotters::coord::Shift>, &Look),
) -> Vec<String> {
    let mut found = Vec::new();
    for scale in SCALES {
        for w in WIDTHS {
            for h in heights(chart) {
                let (size, r) = record((w, h), scale, &draw, lang, currency);
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
    report(&found);
}

/// As [`check`], for a chart of acquisition versus retention: the scenarios' and the
/// businesses worked through in `acquisition`.
fn check_acquisition(chart: &str) {
    let mut cases = acquisition::samples();
    for (name, scenario) in scenarios() {
        let results = evaluate(&scenario).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        if let Ok(a) = &results.acquisition {
            cases.push(acquisition::Sample {
                name,
                currency: scenario.currency.clone(),
                period: results.clv_params.period,
                retention: results.clv_params.retention,
                a: (**a).clone(),
            });
        }
    }
    let mut found = Vec::new();
    for s in &cases {
        for lang in [Lang::En, Lang::Zh] {
            let (a, currency, period) = (&s.a, s.currency.as_str(), s.period);
            let faults = measure(chart, lang, currency, |area, look| match chart {
                "plan" => {
                    let l = labels::plan(lang, currency, period);
                    plan::draw(area, &a.path, &l, look).unwrap()
                }
                "rates" => {
                    let l = labels::rates(lang, currency, period);
                    rates::draw(area, a, s.retention, &l, look).unwrap()
                }
                _ => {
                    let l = labels::holding(lang, currency, period);
                    holding::draw(area, a, &l, look).unwrap()
                }
            });
            found.extend(faults.into_iter().map(|f| format!("{}: {f}", s.name)));
        }
    }
    report(&found);
}

fn report(found: &[String]) {
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

#[test]
fn plan_is_legible_at_every_ratio_and_width() {
    check_acquisition("plan");
}

#[test]
fn rates_is_legible_at_every_ratio_and_width() {
    check_acquisition("rates");
}

#[test]
fn holding_is_legible_at_every_ratio_and_width() {
    check_acquisition("holding");
}

#[test]
fn rates_marks_today_and_the_uplift_at_full_size_on_a_desktop() {
    let s = &acquisition::samples()[0];
    let l = labels::rates(Lang::En, "USD", Period::Month);
    for scale in [1.0, 2.0] {
        let (_, r) = record(
            (577, 320),
            scale,
            |area, look| rates::draw(area, &s.a, s.retention, &l, look).unwrap(),
            Lang::En,
            "USD",
        );
        for label in ["Today", "With the uplift"] {
            let (_, at) = r.texts.iter().find(|(t, _)| t == label).expect(label);
            assert!((at.y1 - at.y0 - 12.0 * scale * super::text::LINE).abs() < 1e-9);
        }
    }
}

#[test]
fn plan_ticks_whole_periods_and_holding_writes_each_total() {
    let s = &acquisition::samples()[0];
    let l = labels::plan(Lang::En, "USD", Period::Month);
    let (_, r) = record(
        (577, 320),
        1.0,
        |area, look| plan::draw(area, &s.a.path[..4], &l, look).unwrap(),
        Lang::En,
        "USD",
    );
    let texts: Vec<&str> = r.texts.iter().map(|(t, _)| t.as_str()).collect();
    assert!(["0", "1", "2", "3"].iter().all(|t| texts.contains(t)));
    assert!(!texts.contains(&"0.5"));
    let l = labels::holding(Lang::En, "USD", Period::Month);
    let (_, r) = record(
        (577, 320),
        1.0,
        |area, look| holding::draw(area, &s.a, &l, look).unwrap(),
        Lang::En,
        "USD",
    );
    for total in ["$42k", "$35k"] {
        assert!(r.texts.iter().any(|(t, _)| t == total), "{total}");
    }
}
