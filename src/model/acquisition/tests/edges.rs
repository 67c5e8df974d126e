//! Retention reaching 100 %, and businesses that are not profitable.

use super::*;

#[test]
fn uplift_to_exactly_full_has_no_steady_state() {
    // Yearly r = 95 % + 5 points = 100 %, discounted at 10 % with no horizon.
    let e = Economics {
        period: Period::Year,
        retention_pct: 95.0,
        ..yearly().0
    };
    let i = AcquisitionInputs {
        uplift_pct: 5.0,
        new_customers: 0.0,
        ..yearly().1
    };
    let a = run(&e, &i).expect("within the model's bounds");
    assert_finite(&a, 4, "r⁺ = 1");
    assert_eq!(a.retention_uplifted, 1.0);
    assert_eq!(a.steady_base, Some(500.0));
    assert_eq!(a.steady_base_uplifted, None);
    assert_eq!(a.steady_profit_uplifted, None);
    assert_eq!(a.profit_uplift, None);
    // In arrears at r⁺ = 1: 400 × 1/0.1 = 4 000; at 95 %: 400 × 0.95/0.15 = 2 533.33.
    assert_eq!(cents(a.clv_uplifted), 4_000.0);
    assert_eq!(cents(a.clv), 2_533.33);
    // Δc = 400 × (1 − (0.95/0.15)/10) = 146.67.
    assert_eq!(cents(a.breakeven_spend), 146.67);
    // With A = 500 × 5 % = 25 the uplifted base grows by 25 a year, for ever.
    assert_eq!(cents(a.path[4].base_uplifted), 600.0);
    // The curve stops short of 100 %, where the steady state still exists.
    assert!(a.curve.iter().all(|pt| pt.retention < 1.0));
    assert!(a.curve.last().expect("within the model's bounds").retention > 0.95);
}

#[test]
fn uplift_to_full_survives_switching_to_months() {
    // 95 % a year told in months and kept to four decimals, as the period switch does:
    // 99.5735 % a month, whose twelfth power is 94.9999… %, so + 5 points counts as 100 %.
    let monthly = round(100.0 * 0.95f64.powf(1.0 / 12.0), 4);
    let e = Economics {
        retention_pct: monthly,
        ..saas()
    };
    // A programme lift that leaves room below 100 % a month.
    let i = AcquisitionInputs {
        programme_lift_pct: 0.1,
        ..business()
    };
    let a = run(&e, &i).expect("within the model's bounds");
    assert_eq!(a.retention_uplifted, 1.0);
    assert_eq!(a.steady_base_uplifted, None);
    assert_finite(&a, 36, "monthly r⁺ = 1");
    // 5.01 points is beyond.
    let i = AcquisitionInputs {
        uplift_pct: 5.01,
        ..i
    };
    assert_eq!(run(&e, &i), Err(Refusal::UpliftBeyondFull));
}

#[test]
fn uplift_to_full_without_discount_or_horizon_is_unbounded() {
    let (e, i) = yearly();
    let e = Economics {
        retention_pct: 95.0,
        discount_pct: 0.0,
        ..e
    };
    let i = AcquisitionInputs {
        uplift_pct: 5.0,
        ..i
    };
    assert_eq!(run(&e, &i), Err(Refusal::Unbounded));
    // A horizon bounds it: 10 years in arrears at r⁺ = 1 and d = 0 is 10 × 400.
    let e = Economics { horizon: 10.0, ..e };
    let a = run(&e, &i).expect("within the model's bounds");
    assert_eq!(cents(a.clv_uplifted), 4_000.0);
    assert_finite(&a, 4, "horizon");
}

#[test]
fn unprofitable_today_has_no_profit_uplift() {
    let (e, i) = yearly();
    // CAC = 3 000: P(r) = 600 × 400 − 120 × 3 000 = −120 000.
    let a = run(&Economics { cac: 3000.0, ..e }, &i).expect("within the model's bounds");
    assert_eq!(a.steady_profit.map(cents), Some(-120_000.0));
    assert_eq!(a.steady_profit_uplifted.map(cents), Some(120_000.0));
    assert_eq!(a.profit_uplift, None);
    // Exactly break-even: r = 75 %, A = 100 → B = 400, P = 400 × 400 − 100 × 1 600 = 0.
    let e = Economics {
        retention_pct: 75.0,
        cac: 1600.0,
        ..e
    };
    let a = run(
        &e,
        &AcquisitionInputs {
            new_customers: 100.0,
            ..i
        },
    )
    .expect("within the model's bounds");
    assert_eq!(a.steady_profit, Some(0.0));
    assert_eq!(a.profit_uplift, None);
    // A loss-making contribution: π = 10 − 100 < 0, so CLV < 0 has no uplift either, and the
    // break-even spend is negative (the uplift only deepens the loss).
    let a = run(
        &Economics {
            revenue: 20.0,
            ..yearly().0
        },
        &yearly().1,
    )
    .expect("within the model's bounds");
    assert!(a.clv < 0.0);
    assert_eq!(a.clv_uplift, None);
    assert_eq!(a.profit_uplift, None);
    assert!(a.breakeven_spend < 0.0);
    assert_finite(&a, 4, "loss");
}
