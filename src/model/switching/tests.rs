//! The switching model against hand-computed figures (formulas.md §3–4).
//! Compiled for tests only: `#[cfg(test)] mod tests;` in `mod.rs`.

use super::*;
use crate::model::{validate as validate_economics, Economics, Period, Timing};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

fn cents(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Yearly periods, R = 1,000, π = 500, r = 80 %, d = 10 %, no horizon, in arrears.
fn economics(revenue: f64, retention_pct: f64, discount_pct: f64) -> Params {
    validate_economics(&Economics {
        period: Period::Year,
        timing: Timing::Arrears,
        revenue,
        margin_pct: 50.0,
        serve_cost: 0.0,
        retention_pct,
        discount_pct,
        cac: 0.0,
        horizon: 0.0,
    })
    .expect("valid economics")
}

/// No switching costs at all; H = 3, q₀ = 5 %, μ = 10 %, no what-if change.
fn nothing() -> SwitchingInputs {
    SwitchingInputs {
        benefit_loss: 0.0,
        monetary_loss: 0.0,
        risk_chance_pct: 0.0,
        risk_loss: 0.0,
        evaluation_hours: 0.0,
        learning_people: 0.0,
        learning_hours: 0.0,
        hourly_cost: 0.0,
        setup_cost: 0.0,
        ratings: [1.0; 5],
        point_value_pct: 1.0,
        decision_horizon: 3.0,
        base_churn_pct: 5.0,
        advantage_pct: 10.0,
        change_pct: 0.0,
        competitor_price: 0.0,
    }
}

fn run(p: &Params, s: &SwitchingInputs) -> Switching {
    compute(p, &validate(s, p).expect("valid switching inputs"))
}

#[test]
fn every_factor_is_valued_by_its_rule() {
    let p = economics(1000.0, 80.0, 10.0);
    let s = SwitchingInputs {
        benefit_loss: 100.0,
        monetary_loss: 200.0,
        risk_chance_pct: 20.0,
        risk_loss: 1000.0,
        evaluation_hours: 10.0,
        learning_people: 3.0,
        learning_hours: 4.0,
        hourly_cost: 50.0,
        setup_cost: 400.0,
        // Points above 1: 3, 2, 0, 1, 6; each worth 1 % of 1,000 a year.
        ratings: [4.0, 3.0, 1.0, 2.0, 7.0],
        ..nothing()
    };
    let r = run(&p, &s);
    assert_eq!(
        r.factors,
        [100.0, 200.0, 200.0, 500.0, 600.0, 400.0, 30.0, 20.0, 0.0, 10.0, 60.0]
    );
    assert_eq!(r.groups, [300.0, 1700.0, 120.0]);
    assert_eq!(r.group(Group::Process), 1700.0);
    assert_eq!(r.factor(Factor::Learning), 600.0);
    assert_eq!(r.point_value, 10.0);
    assert_eq!(r.total, 2120.0);
    assert_eq!(r.in_periods, Some(2.12));
}

#[test]
fn rating_points_are_a_share_of_annual_spend() {
    let monthly = validate_economics(&Economics {
        period: Period::Month,
        revenue: 120.0,
        ..Economics {
            period: Period::Month,
            timing: Timing::Arrears,
            revenue: 0.0,
            margin_pct: 75.0,
            serve_cost: 15.0,
            retention_pct: 97.0,
            discount_pct: 10.0,
            cac: 900.0,
            horizon: 0.0,
        }
    })
    .expect("valid");
    let s = SwitchingInputs {
        point_value_pct: 0.5,
        ratings: [3.0, 2.0, 2.0, 2.0, 1.0],
        base_churn_pct: 1.0,
        ..nothing()
    };
    let r = run(&monthly, &s);
    // 0.5 % of 12 × 120 = 7.20 a point, 5 points.
    assert_eq!(cents(r.point_value), 7.2);
    assert_eq!(cents(r.group(Group::Emotional)), 36.0);
}

#[test]
fn tolerated_premium_is_switching_cost_over_the_annuity() {
    let p = economics(1000.0, 80.0, 10.0);
    let r = run(
        &p,
        &SwitchingInputs {
            setup_cost: 2120.0,
            ..nothing()
        },
    );
    // A(3, 10 %) = 1/1.1 + 1/1.21 + 1/1.331 = 2.486852.
    assert!((r.annuity - 2.486_851_990_984).abs() < 1e-9);
    assert_eq!(cents(r.premium), 852.48);
    assert_eq!(r.premium_share.map(|x| (x * 1e4).round()), Some(8525.0));
    // Horizon 1: one payment a period away, A = 1/1.1.
    let one = run(
        &p,
        &SwitchingInputs {
            setup_cost: 2120.0,
            decision_horizon: 1.0,
            ..nothing()
        },
    );
    assert_eq!(cents(one.premium), 2332.0);
    // No discounting: A(H, 0) = H.
    let flat = run(
        &economics(1000.0, 80.0, 0.0),
        &SwitchingInputs {
            setup_cost: 2120.0,
            ..nothing()
        },
    );
    assert_eq!(flat.annuity, 3.0);
}

#[test]
fn churn_model_is_calibrated_on_todays_churn() {
    let p = economics(1000.0, 80.0, 10.0);
    let s = SwitchingInputs {
        setup_cost: 100.0,
        change_pct: 50.0,
        ..nothing()
    };
    let c = run(&p, &s).churn.expect("model");
    // k = μ·R·A = 0.1 × 1,000 × 2.486852 = 248.69.
    assert_eq!(cents(c.model.scale), 248.69);
    assert!(close(c.model.churn(100.0), 0.2));
    // q_free = (0.20 − 0.05)·e^(100/k) = 0.224247.
    assert!((c.model.free_competitive.unwrap() - 0.224_247_442_843).abs() < 1e-9);
    assert!((c.free_churn - 0.274_247_442_843).abs() < 1e-9);
    // SC′ = 150: q = 0.05 + 0.15·e^(−50/k) = 0.172680.
    assert_eq!(c.asked_cost, 150.0);
    assert!((c.asked_churn - 0.172_679_822_487).abs() < 1e-9);
    assert!((c.asked_params.retention - 0.827_320_177_513).abs() < 1e-9);
    // CLV in arrears: 500 × 0.8 / 0.3 today; 500 × r′ / (1.1 − r′) at SC′.
    assert_eq!(cents(c.today_clv), 1333.33);
    assert_eq!(cents(c.asked.clv), 1517.02);
    assert_eq!(cents(c.clv_change), 183.68);
    assert_eq!(c.curve.first().map(|p| p.churn), Some(c.free_churn));
    assert!(c.curve.windows(2).all(|w| w[1].churn <= w[0].churn));
    assert!(c.curve.last().unwrap().cost >= 150.0 * 1.25);
}

#[test]
fn zero_switching_cost_leaves_competitive_churn_unchecked() {
    let p = economics(1000.0, 80.0, 10.0);
    let r = run(
        &p,
        &SwitchingInputs {
            change_pct: 100.0,
            ..nothing()
        },
    );
    assert_eq!((r.total, r.premium, r.in_periods), (0.0, 0.0, Some(0.0)));
    let c = r.churn.expect("model");
    assert!(close(c.model.free_competitive.unwrap(), 0.15));
    assert_eq!(c.asked_cost, 0.0);
    assert!(close(c.free_churn, 0.2) && close(c.asked_churn, 0.2));
    assert_eq!(c.asked_params, p);
    assert_eq!(c.clv_change, 0.0);
}

#[test]
fn huge_switching_cost_stays_finite() {
    let p = economics(1000.0, 80.0, 10.0);
    let r = run(
        &p,
        &SwitchingInputs {
            setup_cost: 1e12,
            change_pct: 100.0,
            ..nothing()
        },
    );
    let c = r.churn.expect("model");
    assert_eq!(c.model.free_competitive, None);
    assert_eq!(c.free_churn, 1.0);
    assert!(close(c.model.churn(1e12), 0.2));
    assert_eq!(c.asked_churn, 0.05);
    assert!(c.asked.clv.is_finite() && c.curve.iter().all(|p| p.churn.is_finite()));
    let lowered = run(
        &p,
        &SwitchingInputs {
            setup_cost: 1e12,
            change_pct: -100.0,
            ..nothing()
        },
    );
    assert_eq!(lowered.churn.expect("model").asked_churn, 1.0);
}

#[test]
fn no_competitive_churn_means_the_barrier_changes_nothing() {
    let p = economics(1000.0, 80.0, 10.0);
    let s = SwitchingInputs {
        setup_cost: 300.0,
        base_churn_pct: 20.0,
        change_pct: 50.0,
        ..nothing()
    };
    let c = run(&p, &s).churn.expect("model");
    assert_eq!(c.model.free_competitive, Some(0.0));
    // q₀ = 20 % is today's churn up to the rounding of 1 − 0.8; the curve is flat at it.
    assert!(close(c.free_churn, 0.2) && close(c.asked_churn, 0.2));
    assert!(c.curve.iter().all(|p| p.churn == c.model.today));
}

#[test]
fn the_model_says_why_it_cannot_be_calibrated() {
    let none = run(
        &economics(0.0, 80.0, 10.0),
        &SwitchingInputs {
            setup_cost: 50.0,
            ..nothing()
        },
    );
    assert_eq!(none.churn, Err(NoModel::NoRevenue));
    assert_eq!((none.in_periods, none.premium_share), (None, None));
    let above = run(&economics(1000.0, 98.0, 10.0), &nothing());
    match above.churn {
        Err(NoModel::BaseAboveToday { base, today }) => {
            assert_eq!(base, 0.05);
            assert!((today - 0.02).abs() < 1e-12);
        }
        other => panic!("expected BaseAboveToday, got {other:?}"),
    }
    // Equal up to rounding in 1 − r is not above.
    let equal = run(
        &economics(1000.0, 90.0, 10.0),
        &SwitchingInputs {
            base_churn_pct: 10.0,
            ..nothing()
        },
    );
    assert!(equal.churn.is_ok());
}

#[test]
fn churn_modelled_to_zero_without_discounting_or_horizon_is_refused() {
    let p = economics(100.0, 99.0, 0.0);
    let s = SwitchingInputs {
        setup_cost: 1e12,
        base_churn_pct: 0.0,
        change_pct: 100.0,
        ..nothing()
    };
    assert_eq!(validate(&s, &p), Err(Refusal::ChurnVanishes));
    assert!(validate(
        &SwitchingInputs {
            change_pct: 0.0,
            ..s
        },
        &p
    )
    .is_ok());
}

mod table;
