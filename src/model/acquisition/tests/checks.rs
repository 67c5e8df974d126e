//! Refusals, a modelled retention, given new customers, long plans and tiny inputs.

use super::*;

#[test]
fn programme_lift_to_exactly_full_is_valid() {
    // 97 % + 3 points = 100 %: nothing left to replace.
    let i = AcquisitionInputs {
        programme_lift_pct: 3.0,
        ..business()
    };
    let a = run(&saas(), &i).expect("within the model's bounds");
    assert_eq!(a.replace_spend_with, 0.0);
    assert_eq!(cents(a.avoided_spend), 27_000.0);
    assert_eq!(cents(a.cost_per_saved), 66.67);
    // Yearly 80 % + 20 points.
    let (e, i) = yearly();
    let a = run(
        &e,
        &AcquisitionInputs {
            programme_lift_pct: 20.0,
            ..i
        },
    )
    .expect("within the model's bounds");
    assert_eq!(a.replace_spend_with, 0.0);
}

#[test]
fn programme_lift_beyond_full_is_refused() {
    let i = AcquisitionInputs {
        programme_lift_pct: 3.0001,
        ..business()
    };
    assert_eq!(run(&saas(), &i), Err(Refusal::ProgrammeBeyondFull));
}

#[test]
fn uplift_beyond_full_is_refused() {
    // 69.384 % a year + 31 points.
    let i = AcquisitionInputs {
        uplift_pct: 31.0,
        ..business()
    };
    assert_eq!(run(&saas(), &i), Err(Refusal::UpliftBeyondFull));
    let (e, i) = yearly();
    let i = AcquisitionInputs {
        uplift_pct: 20.01,
        ..i
    };
    assert_eq!(run(&e, &i), Err(Refusal::UpliftBeyondFull));
}

#[test]
fn full_retention_today_with_discount() {
    let e = Economics {
        retention_pct: 100.0,
        ..saas()
    };
    // Any lift or uplift passes 100 %: the programme's is checked first.
    assert_eq!(run(&e, &business()), Err(Refusal::ProgrammeBeyondFull));
    let lift_within = AcquisitionInputs {
        programme_lift_pct: 1e-8,
        ..business()
    };
    assert_eq!(run(&e, &lift_within), Err(Refusal::UpliftBeyondFull));
    // An uplift within rounding of nothing stays at 100 %: no steady state, no churn to
    // replace, and lifetime value 75/d.
    let tiny = AcquisitionInputs {
        uplift_pct: 1e-4,
        ..lift_within
    };
    let a = run(&e, &tiny).expect("within the model's bounds");
    assert_finite(&a, 36, "r = 1");
    let d = 1.1f64.powf(1.0 / 12.0) - 1.0;
    assert!(close(a.clv, 75.0 / d));
    assert_eq!(a.retention_uplifted, 1.0);
    assert_eq!(a.new_customers, 0.0);
    assert_eq!(a.replace_spend, 0.0);
    assert_eq!(a.replace_spend_with, 0.0);
    assert_eq!(a.steady_base, None);
    assert_eq!(a.steady_profit, None);
    assert_eq!(a.steady_base_uplifted, None);
    assert_eq!(a.profit_uplift, None);
    assert_eq!(a.clv_uplift, Some(0.0));
    assert_eq!(a.breakeven_spend, 0.0);
    assert!(a.path.iter().all(|pt| pt.base == 1000.0));
    // With new customers given, the base grows by them every month.
    let a = run(
        &e,
        &AcquisitionInputs {
            new_customers: 10.0,
            ..tiny
        },
    )
    .expect("within the model's bounds");
    assert_eq!(a.path[36].base, 1360.0);
    assert_eq!(a.steady_base, None);
}

#[test]
fn compute_checks_again_against_a_modelled_retention() {
    let p = validate_economics(&saas()).expect("within the model's bounds");
    let a = validate(&business(), &p).expect("within the model's bounds");
    // The barrier model's retention may leave no room for the programme's point…
    let modelled = Params {
        retention: 0.995,
        ..p
    };
    assert_eq!(compute(&modelled, &a), Err(Refusal::ProgrammeBeyondFull));
    // …or for the uplift (0.99¹² = 88.6 % a year: 12 points more pass 100 %).
    let a = AcquisitionParams { uplift: 0.12, ..a };
    let modelled = Params {
        retention: 0.99,
        ..p
    };
    assert_eq!(compute(&modelled, &a), Err(Refusal::UpliftBeyondFull));
    // Within room it is computed at the modelled rate.
    let modelled = Params {
        retention: 0.98,
        ..p
    };
    let got = compute(&modelled, &AcquisitionParams { uplift: 0.05, ..a })
        .expect("within the model's bounds");
    assert!(close(got.clv, clv::value(&modelled)));
    assert_eq!(cents(got.new_customers), 20.0);
    assert_finite(&got, 36, "modelled");
}

#[test]
fn new_customers_given_are_used() {
    let i = AcquisitionInputs {
        new_customers: 40.0,
        ..business()
    };
    let a = run(&saas(), &i).expect("within the model's bounds");
    assert!(!a.steady_new);
    assert_eq!(a.new_customers, 40.0);
    // B = 40/0.03 = 1 333.33; P = 1 333.33 × 75 − 40 × 900 = 64 000.
    assert_eq!(a.steady_base.map(cents), Some(1_333.33));
    assert_eq!(a.steady_profit.map(cents), Some(64_000.0));
    // The base grows from 1 000 towards it: 0.97 × 1 000 + 40 = 1 010 after a month.
    assert_eq!(cents(a.path[1].base), 1_010.0);
    // Holding today's base still costs what it loses, whatever A is.
    assert_eq!(cents(a.replace_spend), 27_000.0);
}

#[test]
fn long_plan_path_is_sampled_evenly() {
    let i = AcquisitionInputs {
        plan_years: 100.0,
        new_customers: 40.0,
        ..business()
    };
    let a = run(&saas(), &i).expect("within the model's bounds");
    assert_finite(&a, 1200, "100 years");
    // 1 201 months sampled to 601 points: every other month.
    assert_eq!(a.path.len(), MAX_PATH);
    let mut base = 1000.0;
    let mut points = a.path.iter();
    for t in 0..=1200u32 {
        if t % 2 == 0 {
            let pt = points.next().expect("within the model's bounds");
            assert_eq!(pt.t, t);
            assert!(close(pt.base, base));
        }
        base = 0.97 * base + 40.0;
    }
    // Yearly plans of 100 years keep every year.
    let (e, i) = yearly();
    let a = run(
        &e,
        &AcquisitionInputs {
            plan_years: 100.0,
            ..i
        },
    )
    .expect("within the model's bounds");
    assert_eq!(a.path.len(), 101);
    assert_finite(&a, 100, "100 yearly");
}

#[test]
fn tiny_lift_and_uplift_stay_finite() {
    let i = AcquisitionInputs {
        programme_lift_pct: 1e-300,
        uplift_pct: 1e-300,
        programme_cost: 1e12,
        ..business()
    };
    let a = run(&saas(), &i).expect("within the model's bounds");
    assert_finite(&a, 36, "tiny");
    assert!(a.retention_uplifted >= 0.97);
    assert_eq!(a.cost_per_saved, f64::MAX);
    assert!(a.breakeven_spend >= 0.0);
}

// ---- Property-style: a grid of inputs across and at the edges of their bounds ----
