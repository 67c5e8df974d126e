//! The upgrade-or-trade-in charts drawn to SVG (formulas.md §8): the three options' cash flow
//! told apart by pattern as well as colour, and the credit's band and four markers, in the
//! words and currencies given.

use super::{curve_points, look, svg};
use moat::charts::cashflow;
use moat::charts::credit::{self, Credit};
use moat::charts::Look;
use moat::i18n::Lang;
use moat::model::upgrade::{compute, validate, Upgrade, UpgradeInputs};
use moat::model::{validate as validate_economics, Economics, Period, Timing};
use moat::state::Example;

/// The worked example (formulas.md §8), with `change` made to its unit and offers.
fn worked(change: impl FnOnce(&mut UpgradeInputs)) -> (Upgrade, Credit) {
    let e = Economics {
        period: Period::Year,
        timing: Timing::Arrears,
        revenue: 6000.0,
        margin_pct: 40.0,
        serve_cost: 600.0,
        retention_pct: 95.0,
        discount_pct: 8.0,
        cac: 0.0,
        horizon: 0.0,
    };
    // The worked example's unit and offers: the compressor example's.
    let mut i = Example::Compressor.scenario("CNY").upgrade();
    change(&mut i);
    let p = validate_economics(&e).unwrap();
    let g = compute(&p, &validate(&i, &p).unwrap()).unwrap();
    let c = Credit {
        min: g.min_credit,
        max: g.breakeven_credit,
        residual: g.residual_old,
        offered: i.credit,
    };
    (g, c)
}

fn cashflow_labels() -> cashflow::Labels {
    cashflow::Labels {
        x_axis: "Years from now".into(),
        y_axis: "Cumulative discounted cash flow (CNY)".into(),
        baseline: "Wait for end of life".into(),
        upgrade: "Upgrade now".into(),
        tradein: "Trade in now".into(),
    }
}

fn credit_labels(c: &Credit) -> credit::Labels {
    let m = |x: f64| Lang::En.money(x, "CNY");
    credit::Labels {
        x_axis: "Trade-in credit (CNY)".into(),
        zone: "Works for both".into(),
        gap: "No credit works for both".into(),
        min: format!("Customer's minimum {}", m(c.min)),
        max: format!("Our maximum {}", m(c.max)),
        residual: format!("Residual value {}", m(c.residual)),
        offered: format!("Offered {}", m(c.offered)),
    }
}

fn cny() -> Look<'static> {
    Look {
        currency: "CNY",
        ..look()
    }
}

#[test]
fn cashflow_chart_names_the_three_options_and_draws_each_in_its_pattern() {
    let (g, _) = worked(|_| {});
    let labels = cashflow_labels();
    let out = svg(|area| cashflow::draw(area, &g.chart, &labels, &cny()).unwrap());
    for text in [
        "Years from now",
        "Cumulative discounted cash flow (CNY)",
        "Wait for end of life",
        "Upgrade now",
        "Trade in now",
        "CN¥",
    ] {
        assert!(out.contains(text), "{text}");
    }
    // The trade-in solid, one point a year; waiting dashed and the upgrade dotted: many
    // short pieces each, in their colours.
    assert_eq!(curve_points(&out, "#0F766E"), g.chart.len());
    let pieces = |colour: &str| {
        out.lines()
            .filter(|l| l.contains("<polyline") && l.contains(colour))
            .count()
    };
    assert!(pieces("#6B7280") > 10, "waiting dashed");
    assert!(pieces("#1D4ED8") > pieces("#6B7280"), "the upgrade dotted");
    // Whole years only.
    assert!(out.lines().any(|l| l.trim() == "10"));
    assert!(!out.lines().any(|l| l.trim().ends_with(".5")));
}

#[test]
fn credit_chart_marks_the_four_credits_on_the_zone() {
    let (_, c) = worked(|_| {});
    let labels = credit_labels(&c);
    let out = svg(|area| credit::draw(area, &c, &labels, &cny()).unwrap());
    for text in [
        "Trade-in credit (CNY)",
        "Works for both",
        // SVG writes the apostrophe as an entity.
        "minimum CN¥14,389.57",
        "Our maximum CN¥23,000.86",
        "Residual value CN¥10,000.00",
        "Offered CN¥8,000.00",
        "CN¥0",
    ] {
        assert!(out.contains(text), "{text}");
    }
    assert!(!out.contains("No credit"));
    // The band and the legend's square, in the value colour paled.
    assert_eq!(out.matches("fill=\"#63A6A1\"").count(), 2);
}

#[test]
fn credit_chart_shows_a_gap_below_zero_in_the_cost_colour() {
    let (_, c) = worked(|i| {
        i.unit_margin_pct = 0.0;
        i.recovery = 0.0;
        i.loyalty_tradein_pct = 0.0;
        i.upsell_pct = 0.0;
        i.loyalty_pct = 90.0;
    });
    assert!(c.max < 0.0 && c.max < c.min);
    let labels = credit_labels(&c);
    let out = svg(|area| credit::draw(area, &c, &labels, &cny()).unwrap());
    assert!(out.contains("No credit works for both"));
    assert!(!out.contains(">Works for both"));
    assert!(out.contains(&labels.max) && labels.max.contains("−CN¥"));
    assert!(out.contains("−CN¥"), "negative ticks");
    assert_eq!(out.matches("fill=\"#D78461\"").count(), 2);
}

#[test]
fn upgrade_charts_speak_chinese() {
    let (g, c) = worked(|i| {
        i.run_old = 20_000.0;
        i.credit = 10_000.0;
    });
    let look = Look {
        lang: Lang::Zh,
        ..cny()
    };
    let m = |x: f64| Lang::Zh.money(x, "CNY");
    let labels = credit::Labels {
        x_axis: "以旧换新抵扣额（CNY）".into(),
        zone: "双方都可接受".into(),
        gap: "没有双方都接受的抵扣额".into(),
        min: format!("客户最低要求 {}", m(c.min)),
        max: format!("我方最高可让 {}", m(c.max)),
        residual: format!("残值 {}", m(c.residual)),
        offered: format!("报价 {}", m(c.offered)),
    };
    let out = svg(|area| credit::draw(area, &c, &labels, &look).unwrap());
    for text in [
        "客户最低要求 ¥10,000.00",
        "残值 ¥10,000.00",
        "报价 ¥10,000.00",
    ] {
        assert!(out.contains(text), "{text}");
    }
    assert!(out.contains("Noto Sans CJK SC"));
    let labels = cashflow::Labels {
        baseline: "等待寿命终止".into(),
        upgrade: "现在升级".into(),
        tradein: "现在以旧换新".into(),
        ..cashflow_labels()
    };
    let out = svg(|area| cashflow::draw(area, &g.chart, &labels, &look).unwrap());
    for text in ["等待寿命终止", "现在升级", "现在以旧换新", "万"] {
        assert!(out.contains(text), "{text}");
    }
}
