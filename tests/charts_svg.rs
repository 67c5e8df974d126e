//! The chart functions drawn to SVG: series, labels, legends and markers are there, in the
//! words and number formats they are given.

use moat::charts::{barrier, breakdown, payback, survival, Look, Palette};
use moat::i18n::Lang;
use moat::model::switching::{self, FACTORS};
use moat::model::{compute, validate, Clv};
use moat::state::{Field, Scenario};
use plotters::prelude::*;

/// The funnel and the staffing chart.
#[path = "charts_svg/costs.rs"]
mod costs;

/// The upgrade-or-trade-in charts: cash flow and credit.
#[path = "charts_svg/upgrade.rs"]
mod upgrade;

fn default_clv() -> (Scenario, Clv) {
    let s = Scenario::default();
    let clv = compute(&validate(&s.economics()).unwrap());
    (s, clv)
}

fn payback_labels(clv: &Clv, cac: f64) -> payback::Labels {
    payback::Labels {
        x_axis: "Months since acquisition".into(),
        y_axis: "Cumulative contribution (USD)".into(),
        cumulative: "Cumulative contribution".into(),
        limit: format!("Lifetime value {}", Lang::En.money(clv.clv, "USD")),
        cost: format!("Acquisition cost {}", Lang::En.money(cac, "USD")),
        pays_back: clv
            .payback_cohort
            .map(|t| format!("Pays back in month {t}")),
    }
}

fn draw_payback(clv: &Clv, cac: f64, look: &Look) -> String {
    svg(|area| payback::draw(area, clv, cac, &payback_labels(clv, cac), look).unwrap())
}

fn survival_labels() -> survival::Labels {
    survival::Labels {
        x_axis: "Months since acquisition".into(),
        y_axis: "Customers still active (%)".into(),
        series: "Still a customer".into(),
    }
}

fn svg(draw: impl FnOnce(&DrawingArea<SVGBackend, plotters::coord::Shift>)) -> String {
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, (640, 360)).into_drawing_area();
        draw(&area);
    }
    out
}

/// The points of the longest line in `colour` (the legend's sample is a line too).
fn curve_points(svg: &str, colour: &str) -> usize {
    svg.lines()
        .filter(|l| l.contains("<polyline") && l.contains(colour))
        .map(|l| l.matches(',').count())
        .max()
        .expect("curve")
}

fn look() -> Look<'static> {
    Look {
        scale: 1.0,
        lang: Lang::En,
        currency: "USD",
        palette: Palette::default(),
    }
}

#[test]
fn payback_chart_has_axes_series_legend_and_payback_point() {
    let (s, clv) = default_clv();
    let out = draw_payback(&clv, s.get(Field::Cac), &look());
    assert!(out.contains("Months since acquisition"));
    assert!(out.contains("Cumulative contribution (USD)"));
    assert!(out.contains("Cumulative contribution"));
    assert!(out.contains("Acquisition cost $900.00"));
    assert!(out.contains(&format!(
        "Lifetime value {}",
        Lang::En.money(clv.clv, "USD")
    )));
    let payback = clv.payback_cohort.expect("the default scenario pays back");
    assert!(out.contains(&format!("Pays back in month {payback}")));
    // Axis ticks in currency with thousands: "$1.5k" style.
    assert!(out.contains("$1k") || out.contains("$1.5k"), "money ticks");
    // The cumulative curve is one line with a point a period.
    assert_eq!(curve_points(&out, "#0F766E"), clv.timeline.len());
    // Two dashed reference lines: CAC and CLV.
    assert!(out.contains("#C2410C"));
    assert!(out.matches("#6B7280").count() >= 2);
}

#[test]
fn payback_chart_without_payback_has_no_marker() {
    let (mut s, _) = default_clv();
    s.set(Field::Cac, 5_000.0);
    let clv = compute(&validate(&s.economics()).unwrap());
    assert_eq!(clv.payback_cohort, None);
    let out = draw_payback(&clv, 5_000.0, &look());
    assert!(!out.contains("Pays back"));
    assert!(out.contains("Acquisition cost $5,000.00"));
}

#[test]
fn payback_chart_handles_negative_values_in_euros() {
    let (mut s, _) = default_clv();
    s.set(Field::ServeCost, 200.0);
    let clv = compute(&validate(&s.economics()).unwrap());
    assert!(clv.clv < 0.0);
    let look = Look {
        currency: "EUR",
        ..look()
    };
    let out = draw_payback(&clv, 900.0, &look);
    assert!(out.contains("−€"), "negative ticks carry a minus sign");
}

#[test]
fn charts_speak_chinese_with_chinese_fonts_and_numbers() {
    let mut s = Scenario::default();
    s.currency = "CNY".into();
    s.set(Field::Revenue, 60_000.0);
    s.set(Field::Cac, 450_000.0);
    let clv = compute(&validate(&s.economics()).unwrap());
    let look = Look {
        lang: Lang::Zh,
        currency: "CNY",
        ..look()
    };
    let labels = payback::Labels {
        x_axis: "获客后的月数".into(),
        pays_back: None,
        ..payback_labels(&clv, 450_000.0)
    };
    let out = svg(|area| payback::draw(area, &clv, 450_000.0, &labels, &look).unwrap());
    assert!(out.contains("获客后的月数"));
    assert!(out.contains("Noto Sans CJK SC"), "a CJK font stack");
    assert!(
        out.contains("万") || out.contains("亿"),
        "axis money in 万/亿"
    );
    assert!(
        out.lines().any(|l| l.trim().starts_with('¥')),
        "CNY as ¥ in Chinese"
    );
}

#[test]
fn survival_chart_has_percent_axis_and_legend() {
    let (_, clv) = default_clv();
    let out = svg(|area| survival::draw(area, &clv, &survival_labels(), &look()).unwrap());
    assert!(out.contains("Customers still active (%)"));
    assert!(out.contains("Months since acquisition"));
    assert!(out.contains("Still a customer"));
    assert!(out.contains("100 %"));
    assert_eq!(curve_points(&out, "#0F766E"), clv.timeline.len());
}

#[test]
fn palette_colours_the_chart() {
    let (s, clv) = default_clv();
    let palette = Palette {
        value: RGBColor(0x12, 0x34, 0x56),
        cost: RGBColor(0xab, 0xcd, 0xef),
        ..Palette::default()
    };
    let out = draw_payback(&clv, s.get(Field::Cac), &Look { palette, ..look() });
    assert!(out.contains("#123456") && out.contains("#ABCDEF"));
    assert!(!out.contains("#0F766E"));
}

#[test]
fn scale_enlarges_text_for_high_dpi() {
    let (s, clv) = default_clv();
    let largest_font = |scale: f64| {
        let out = draw_payback(&clv, s.get(Field::Cac), &Look { scale, ..look() });
        out.split("font-size=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next()?.parse::<f64>().ok())
            .fold(0.0, f64::max)
    };
    assert!(largest_font(1.0) > 0.0);
    assert_eq!(largest_font(2.0), 2.0 * largest_font(1.0));
}

fn default_switching() -> moat::model::Switching {
    let s = Scenario::default();
    let p = validate(&s.economics()).unwrap();
    let sp = switching::validate(&s.switching(), &p).unwrap();
    switching::compute(&p, &sp)
}

const FACTOR_NAMES: [&str; 11] = [
    "Benefit loss",
    "Monetary loss",
    "Economic risk",
    "Evaluation",
    "Learning",
    "Set-up",
    "Personal relationship",
    "Brand relationship",
    "Product-function risk",
    "Self-image risk",
    "Social-image risk",
];

fn breakdown_labels() -> breakdown::Labels {
    breakdown::Labels {
        x_axis: "Switching cost (USD)".into(),
        factors: FACTOR_NAMES,
        groups: ["Financial", "Process", "Emotional"],
        total: "Total".into(),
    }
}

fn barrier_labels() -> barrier::Labels {
    barrier::Labels {
        x_axis: "Switching cost per customer (USD)".into(),
        churn_axis: "Churn per month (%)".into(),
        value_axis: "Lifetime value (USD)".into(),
        churn: "Churn per month (left)".into(),
        value: "Lifetime value (right)".into(),
        today: "Today $246.00".into(),
        what_if: "What if $307.50".into(),
    }
}

#[test]
fn breakdown_chart_names_every_factor_and_group_with_amounts() {
    let sw = default_switching();
    let out = svg(|area| breakdown::draw(area, &sw, &breakdown_labels(), &look()).unwrap());
    assert!(out.contains("Switching cost (USD)"));
    assert_eq!(FACTORS.len(), FACTOR_NAMES.len());
    for name in FACTOR_NAMES {
        assert!(out.contains(name), "{name}");
    }
    for name in ["Financial", "Process", "Emotional", "Total", "$246", "$60"] {
        assert!(out.contains(name), "{name}");
    }
    // One bar per factor and the total, in the group colours.
    let palette = Palette::default();
    let bars = |c: RGBColor| {
        out.matches(&format!("fill=\"#{:02X}{:02X}{:02X}\"", c.0, c.1, c.2))
            .count()
    };
    assert!(
        bars(palette.financial) >= 2 && bars(palette.process) >= 4 && bars(palette.emotional) >= 5
    );
}

#[test]
fn barrier_chart_has_both_axes_both_curves_and_the_points() {
    let sw = default_switching();
    let churn = sw.churn.as_ref().expect("model");
    let out = svg(|area| barrier::draw(area, churn, &barrier_labels(), &look()).unwrap());
    for text in [
        "Switching cost per customer (USD)",
        "Churn per month (%)",
        "Lifetime value (USD)",
        "Churn per month (left)",
        "Lifetime value (right)",
        "Today $246.00",
        "What if $307.50",
    ] {
        assert!(out.contains(text), "{text}");
    }
    let curves = out.lines().filter(|l| l.contains("<polyline")).count();
    assert!(curves >= 2, "{curves} polylines");
    assert!(
        out.matches("<circle").count() >= 4,
        "today and what-if on both curves"
    );
    // Percent ticks on the left, money on the right.
    assert!(out.contains("2 %") || out.contains("2.0 %"));
    assert!(out.contains("$1k") || out.contains("$2k"));
}

#[test]
fn barrier_chart_without_a_change_marks_only_today() {
    let s = Scenario::default();
    let p = validate(&s.economics()).unwrap();
    let inputs = moat::model::SwitchingInputs {
        change_pct: 0.0,
        ..s.switching()
    };
    let sw = switching::compute(&p, &switching::validate(&inputs, &p).unwrap());
    let churn = sw.churn.as_ref().unwrap();
    let out = svg(|area| barrier::draw(area, churn, &barrier_labels(), &look()).unwrap());
    assert!(out.contains("Today"));
    assert!(!out.contains("What if"));
}
