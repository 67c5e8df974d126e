//! Lifetime value, lifetime and payback against hand-computed figures (formulas.md §2).
//! Compiled for tests only: `#[cfg(test)] mod tests;` in `clv.rs`.

use super::*;
use crate::model::{validate, Economics, Period};

/// formulas.md §2 worked example: π = 100, r = 0.8, d = 0.10 (yearly periods, 10 % a year).
fn example(timing: Timing, horizon: f64, cac: f64) -> Clv {
    let e = Economics {
        period: Period::Year,
        timing,
        revenue: 250.0,
        margin_pct: 40.0,
        serve_cost: 0.0,
        retention_pct: 80.0,
        discount_pct: 10.0,
        cac,
        horizon,
    };
    compute(&validate(&e).expect("valid example"))
}

fn cents(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[test]
fn worked_example_upfront_unlimited() {
    let c = example(Timing::Upfront, 0.0, 0.0);
    assert_eq!(c.contribution, 100.0);
    assert_eq!(cents(c.clv), 366.67);
    assert_eq!(c.lifetime.map(cents), Some(5.0));
}

#[test]
fn worked_example_arrears_unlimited() {
    let c = example(Timing::Arrears, 0.0, 0.0);
    assert_eq!(cents(c.clv), 266.67);
    // What most calculators give: π / (1 − r) = 100 / 0.2, undiscounted.
    assert_eq!(c.simple.map(cents), Some(500.0));
    assert_eq!(c.lifetime.map(cents), Some(5.0));
}

#[test]
fn worked_example_upfront_five_periods() {
    let c = example(Timing::Upfront, 5.0, 0.0);
    assert_eq!(cents(c.clv), 292.06);
    // Σ_{t=0}^{4} 0.8ᵗ = 3.3616
    assert!((c.lifetime.unwrap() - 3.3616).abs() < 1e-12);
}

#[test]
fn arrears_five_periods_is_upfront_shifted_by_rho() {
    let up = example(Timing::Upfront, 5.0, 0.0);
    let ar = example(Timing::Arrears, 5.0, 0.0);
    assert!((ar.clv - up.clv * up.rho).abs() < 1e-9);
}

#[test]
fn net_value_ratio_and_simple_payback() {
    let c = example(Timing::Upfront, 0.0, 250.0);
    assert_eq!(cents(c.clv_net), 116.67);
    assert_eq!(c.ltv_cac.map(|x| (x * 1e4).round() / 1e4), Some(1.4667));
    assert_eq!(c.payback_simple, Some(2.5));
    assert_eq!(example(Timing::Upfront, 0.0, 0.0).ltv_cac, None);
}

#[test]
fn cohort_payback_upfront_counts_from_zero() {
    // Cumulative upfront: 100, 172.73, 225.62, 264.09, 292.06 …
    assert_eq!(example(Timing::Upfront, 0.0, 100.0).payback_cohort, Some(0));
    assert_eq!(example(Timing::Upfront, 0.0, 172.0).payback_cohort, Some(1));
    assert_eq!(example(Timing::Upfront, 0.0, 250.0).payback_cohort, Some(3));
    assert_eq!(example(Timing::Upfront, 0.0, 292.0).payback_cohort, Some(4));
}

#[test]
fn cohort_payback_exact_hit_counts() {
    // 100 + 100·0.8/1.1 = 172.7272…: a CAC equal to it pays back at t = 1.
    let cac = 100.0 + 100.0 * 0.8 / 1.1;
    assert_eq!(example(Timing::Upfront, 0.0, cac).payback_cohort, Some(1));
}

#[test]
fn cohort_payback_arrears_counts_from_one() {
    // Cumulative in arrears: 72.73, 125.62, 164.09, 192.06 …
    assert_eq!(example(Timing::Arrears, 0.0, 0.0).payback_cohort, Some(1));
    assert_eq!(example(Timing::Arrears, 0.0, 72.0).payback_cohort, Some(1));
    assert_eq!(example(Timing::Arrears, 0.0, 150.0).payback_cohort, Some(3));
}

#[test]
fn cohort_payback_never_within_horizon_or_limit() {
    assert_eq!(example(Timing::Upfront, 5.0, 300.0).payback_cohort, None);
    // 366.67 is the limit: 366 is reached, late.
    assert_eq!(
        example(Timing::Upfront, 0.0, 366.0).payback_cohort,
        Some(19)
    );
    assert_eq!(example(Timing::Upfront, 0.0, 370.0).payback_cohort, None);
    // Exactly the limit is approached, never reached.
    assert_eq!(
        example(Timing::Upfront, 0.0, 1100.0 / 3.0).payback_cohort,
        None
    );
}

#[test]
fn negative_contribution_never_pays_back() {
    let e = Economics {
        period: Period::Month,
        timing: Timing::Arrears,
        revenue: 100.0,
        margin_pct: 50.0,
        serve_cost: 60.0,
        retention_pct: 90.0,
        discount_pct: 10.0,
        cac: 10.0,
        horizon: 0.0,
    };
    let c = compute(&validate(&e).unwrap());
    assert_eq!(c.contribution, -10.0);
    assert!(c.clv < 0.0);
    assert_eq!(c.payback_simple, None);
    assert_eq!(c.payback_cohort, None);
}

#[test]
fn full_retention_with_discounting_has_finite_value_and_no_end() {
    let e = Economics {
        period: Period::Year,
        timing: Timing::Upfront,
        revenue: 100.0,
        margin_pct: 100.0,
        serve_cost: 0.0,
        retention_pct: 100.0,
        discount_pct: 25.0,
        cac: 0.0,
        horizon: 0.0,
    };
    let c = compute(&validate(&e).unwrap());
    // π(1+d)/(1+d−r) = 100 · 1.25 / 0.25
    assert!((c.clv - 500.0).abs() < 1e-9);
    assert_eq!(c.lifetime, None);
}

#[test]
fn full_retention_no_discount_with_horizon_sums_the_periods() {
    let e = Economics {
        period: Period::Month,
        timing: Timing::Arrears,
        revenue: 10.0,
        margin_pct: 100.0,
        serve_cost: 0.0,
        retention_pct: 100.0,
        discount_pct: 0.0,
        cac: 25.0,
        horizon: 12.0,
    };
    let c = compute(&validate(&e).unwrap());
    assert_eq!(c.clv, 120.0);
    assert_eq!(c.lifetime, Some(12.0));
    assert_eq!(c.payback_cohort, Some(3));
    assert_eq!(c.timeline.len(), 13);
}

#[test]
fn monthly_discount_compounds_to_the_annual_rate() {
    let e = Economics {
        period: Period::Month,
        timing: Timing::Upfront,
        revenue: 1.0,
        margin_pct: 1.0,
        serve_cost: 0.0,
        retention_pct: 50.0,
        discount_pct: 12.0,
        cac: 0.0,
        horizon: 0.0,
    };
    let p = validate(&e).unwrap();
    assert!(((1.0 + p.discount).powi(12) - 1.12).abs() < 1e-12);
}

#[test]
fn timeline_starts_at_first_payment_and_tracks_clv() {
    let up = example(Timing::Upfront, 5.0, 0.0);
    assert_eq!(up.timeline[0].cumulative, 100.0);
    assert_eq!(up.timeline.last().unwrap().cumulative, up.clv);
    let ar = example(Timing::Arrears, 0.0, 0.0);
    assert_eq!(ar.timeline[0].cumulative, 0.0);
    assert_eq!(ar.timeline[0].survival, 1.0);
    let last = ar.timeline.last().unwrap();
    assert!(last.cumulative > 0.99 * ar.clv && last.cumulative < ar.clv);
}
