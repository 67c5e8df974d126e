//! The funnel and the staffing chart drawn to SVG: every stage named and counted, both
//! segments, both axes and curves, the target and the agents needed, in the words given.

use super::{curve_points, look, svg};
use moat::charts::{funnel, staffing};

fn funnel_labels() -> funnel::Labels {
    funnel::Labels {
        stages: [
            "Leads",
            "Marketing-qualified",
            "Sales leads",
            "Sales-qualified",
            "Customers",
        ]
        .map(String::from),
        counts: [
            "2,000",
            "500 (−75 %)",
            "200 (−60 %)",
            "100 (−50 %)",
            "20 (−80 %)",
        ]
        .map(String::from),
        x_axis: "Leads a month".into(),
        kept: "Still in the funnel".into(),
        lost: "Lost at this step".into(),
    }
}

#[test]
fn funnel_chart_names_every_stage_with_its_count_and_both_segments() {
    let stages = [2000.0, 500.0, 200.0, 100.0, 20.0];
    let labels = funnel_labels();
    let out = svg(|area| funnel::draw(area, &stages, &labels, &look()).unwrap());
    for text in labels.stages.iter().chain(&labels.counts) {
        assert!(out.contains(text.as_str()), "{text}");
    }
    for text in [
        "Leads a month",
        "Still in the funnel",
        "Lost at this step",
        "2k",
    ] {
        assert!(out.contains(text), "{text}");
    }
    // Five bars still in the funnel, four lost segments, and a square of each in the legend.
    let fills = |colour: &str| out.matches(&format!("fill=\"{colour}\"")).count();
    assert_eq!(fills("#0F766E"), 6);
    assert_eq!(fills("#9FC8C5"), 5);
    // No leads at all: every stage still named, with its count.
    let zero = funnel::Labels {
        counts: ["0", "0", "0", "0", "0"].map(String::from),
        ..funnel_labels()
    };
    let out = svg(|area| funnel::draw(area, &[0.0; 5], &zero, &look()).unwrap());
    assert!(out.contains("Customers"));
    assert!(out.lines().filter(|l| l.trim() == "0").count() >= 5);
}

fn staffing_labels() -> staffing::Labels {
    staffing::Labels {
        x_axis: "Agents on duty".into(),
        level_axis: "Service level (%)".into(),
        cost_axis: "Cost per contact (USD)".into(),
        level: "Service level".into(),
        cost: "Cost per contact".into(),
        target: "Target 80 %".into(),
        chosen: "14 agents: 88.8 %".into(),
    }
}

#[test]
fn staffing_chart_has_both_axes_both_curves_the_target_and_the_agents_needed() {
    let points: Vec<staffing::Point> = (11..=18)
        .map(|n| staffing::Point {
            agents: f64::from(n),
            level: 1.0 - 0.8 * 0.6f64.powi(n - 11),
            cost: (f64::from(n) / 0.7).ceil() * 3000.0 / 48_000.0,
        })
        .collect();
    let labels = staffing_labels();
    let out = svg(|area| staffing::draw(area, &points, 0.8, 14.0, &labels, &look()).unwrap());
    for text in [
        "Agents on duty",
        "Service level (%)",
        "Cost per contact (USD)",
        "Service level",
        "Cost per contact",
        "Target 80 %",
        "14 agents: 88.8 %",
        "100 %",
        "$1.00",
    ] {
        assert!(out.contains(text), "{text}");
    }
    assert_eq!(curve_points(&out, "#0F766E"), points.len());
    assert_eq!(curve_points(&out, "#C2410C"), points.len());
    let dots = |out: &str, colour: &str| {
        out.lines()
            .filter(|l| l.contains("<circle") && l.contains(colour))
            .count()
    };
    assert_eq!(dots(&out, "#1F2937"), 2, "the agents needed on both curves");
    // A single point draws a dot in each series' colour.
    let one = [staffing::Point {
        agents: 14.0,
        level: 0.888,
        cost: 1.25,
    }];
    let out = svg(|area| staffing::draw(area, &one, 0.8, 14.0, &labels, &look()).unwrap());
    assert!(out.contains("14 agents: 88.8 %"));
    assert!(
        out.lines().any(|l| l.trim() == "14"),
        "a whole agent's tick"
    );
    assert_eq!([dots(&out, "#0F766E"), dots(&out, "#C2410C")], [1, 1]);
}
