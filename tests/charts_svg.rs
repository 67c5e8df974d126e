//! The chart functions drawn to SVG: series, labels, legends and markers are there.

use moat::charts::{self, Look, Palette};
use moat::model::{compute, validate, Clv, Period};
use moat::state::Scenario;
use plotters::prelude::*;

fn default_clv() -> (Scenario, Clv) {
    let s = Scenario::default();
    let clv = compute(&validate(&s.economics()).unwrap());
    (s, clv)
}

fn svg(draw: impl FnOnce(&DrawingArea<SVGBackend, plotters::coord::Shift>)) -> String {
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, (640, 360)).into_drawing_area();
        draw(&area);
    }
    out
}

fn look() -> Look<'static> {
    Look {
        scale: 1.0,
        currency: "USD",
        period: Period::Month,
        palette: Palette::default(),
    }
}

#[test]
fn payback_chart_has_axes_series_legend_and_payback_point() {
    let (s, clv) = default_clv();
    let out = svg(|area| charts::payback(area, &clv, s.cac, &look()).unwrap());
    assert!(out.contains("Months since acquisition"));
    assert!(out.contains("Cumulative contribution (USD)"));
    assert!(out.contains("Cumulative contribution"));
    assert!(out.contains("Acquisition cost $900.00"));
    assert!(out.contains(&format!(
        "Lifetime value {}",
        moat::format::money(clv.clv, "USD")
    )));
    let payback = clv.payback_cohort.expect("the default scenario pays back");
    assert!(out.contains(&format!("Pays back in month {payback}")));
    // Axis ticks in currency with thousands: "$1.5k" style.
    assert!(out.contains("$1k") || out.contains("$1.5k"), "money ticks");
    // The cumulative curve is one polyline with a point a period.
    let curve = out
        .lines()
        .find(|l| l.contains("<polyline") && l.contains("#0F766E"))
        .expect("curve");
    assert_eq!(curve.matches(',').count(), clv.timeline.len());
    // Two dashed reference lines: CAC and CLV.
    assert!(out.contains("#C2410C"));
    assert!(out.matches("#6B7280").count() >= 2);
}

#[test]
fn payback_chart_without_payback_has_no_marker() {
    let (mut s, _) = default_clv();
    s.cac = 5_000.0;
    let clv = compute(&validate(&s.economics()).unwrap());
    assert_eq!(clv.payback_cohort, None);
    let out = svg(|area| charts::payback(area, &clv, s.cac, &look()).unwrap());
    assert!(!out.contains("Pays back"));
    assert!(out.contains("Acquisition cost $5,000.00"));
}

#[test]
fn payback_chart_handles_negative_values_and_years() {
    let (mut s, _) = default_clv();
    s.serve_cost = 200.0;
    s.period = Period::Year;
    let clv = compute(&validate(&s.economics()).unwrap());
    assert!(clv.clv < 0.0);
    let look = Look {
        period: Period::Year,
        currency: "EUR",
        ..look()
    };
    let out = svg(|area| charts::payback(area, &clv, s.cac, &look).unwrap());
    assert!(out.contains("Years since acquisition"));
    assert!(out.contains("−€"), "negative ticks carry a minus sign");
}

#[test]
fn survival_chart_has_percent_axis_and_legend() {
    let (_, clv) = default_clv();
    let out = svg(|area| charts::survival(area, &clv, &look()).unwrap());
    assert!(out.contains("Customers still active (%)"));
    assert!(out.contains("Months since acquisition"));
    assert!(out.contains("Still a customer"));
    assert!(out.contains("100 %"));
    let curve = out
        .lines()
        .find(|l| l.contains("<polyline") && l.contains("#0F766E"))
        .expect("curve");
    assert_eq!(curve.matches(',').count(), clv.timeline.len());
}

#[test]
fn palette_colours_the_chart() {
    let (s, clv) = default_clv();
    let palette = Palette {
        value: RGBColor(0x12, 0x34, 0x56),
        cost: RGBColor(0xab, 0xcd, 0xef),
        ..Palette::default()
    };
    let out = svg(|area| charts::payback(area, &clv, s.cac, &Look { palette, ..look() }).unwrap());
    assert!(out.contains("#123456") && out.contains("#ABCDEF"));
    assert!(!out.contains("#0F766E"));
}

#[test]
fn scale_enlarges_text_for_high_dpi() {
    let (s, clv) = default_clv();
    let largest_font = |scale: f64| {
        let out =
            svg(|area| charts::payback(area, &clv, s.cac, &Look { scale, ..look() }).unwrap());
        out.split("font-size=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next()?.parse::<f64>().ok())
            .fold(0.0, f64::max)
    };
    assert!(largest_font(1.0) > 0.0);
    assert_eq!(largest_font(2.0), 2.0 * largest_font(1.0));
}
