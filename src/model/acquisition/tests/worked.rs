//! The worked example of formulas.md §6, to the cent.

use super::*;

#[test]
fn worked_example_holding_the_base() {
    let a = run(&saas(), &business()).expect("within the model's bounds");
    // A = B₀·q = 1 000 × 3 %: today is the steady state.
    assert_eq!(cents(a.new_customers), 30.0);
    assert!(a.steady_new);
    // 1 000 × 3 % × 900 against 1 000 × 15 a month.
    assert_eq!(cents(a.replace_spend), 27_000.0);
    assert_eq!(cents(a.serve_spend), 15_000.0);
}

#[test]
fn worked_example_plan_figures() {
    let a = run(&saas(), &business()).expect("within the model's bounds");
    // By hand: d = 1.1^(1/12) − 1 = 0.797414 % a month, and the 36 monthly discount factors
    // summed one by one, Σ_{t=1}^{36} 1.1^(−t/12); the annuity closed form (1 − 1.1⁻³)/d
    // gives the same 31.186458.
    let d = 1.1f64.powf(1.0 / 12.0) - 1.0;
    let summed: f64 = (1..=36).map(|t| 1.1f64.powf(-f64::from(t) / 12.0)).sum();
    assert!(close(summed, (1.0 - 1.1f64.powi(-3)) / d));
    assert!(close(a.plan_factor, summed));
    assert_eq!(round(a.plan_factor, 6), 31.186458);
    // 27 000 × 31.186458… and 15 000 × 31.186458….
    assert_eq!(cents(a.replace_spend_plan), 842_034.38);
    assert_eq!(cents(a.serve_spend_plan), 467_796.88);
}

#[test]
fn worked_example_programme() {
    let a = run(&saas(), &business()).expect("within the model's bounds");
    // s/Δr = 2/0.01 = 200 per customer saved; X = 900/200 = 4.5.
    assert_eq!(cents(a.cost_per_saved), 200.0);
    assert_eq!(a.keep_ratio.map(cents), Some(4.5));
    // 1 000 × 0.01 × 900 avoided against 1 000 × 2 spent, a month.
    assert_eq!(cents(a.avoided_spend), 9_000.0);
    assert_eq!(cents(a.programme_spend), 2_000.0);
    // With the programme the base loses 2 % a month: 1 000 × 0.02 × 900.
    assert_eq!(cents(a.replace_spend_with), 18_000.0);
}

#[test]
fn worked_example_uplift() {
    let a = run(&saas(), &business()).expect("within the model's bounds");
    // r_a = 0.97¹² = 69.384 %; r⁺ = (0.693842 + 0.05)^(1/12) = 97.5641 %.
    assert_eq!(round(100.0 * a.retention_annual, 3), 69.384);
    assert_eq!(round(100.0 * a.retention_uplifted, 4), 97.5641);
    // CLV = 75·r/(1.007974 − r): 1 915.78 → 2 263.10, +18.13 %.
    assert_eq!(cents(a.clv), 1_915.78);
    assert_eq!(cents(a.clv_uplifted), 2_263.10);
    assert_eq!(a.clv_uplift.map(|x| round(100.0 * x, 2)), Some(18.13));
    // B = 30/(1 − r): 1 000 → 1 231.58.
    assert_eq!(a.steady_base.map(cents), Some(1_000.0));
    assert_eq!(a.steady_base_uplifted.map(cents), Some(1_231.58));
    // P = B·75 − 30·900: 48 000 → 65 368.60, +36.18 %.
    assert_eq!(a.steady_profit.map(cents), Some(48_000.0));
    assert_eq!(a.steady_profit_uplifted.map(cents), Some(65_368.60));
    assert_eq!(a.profit_uplift.map(|x| round(100.0 * x, 2)), Some(36.18));
    // Δc = 75·(1 − 1 915.78/2 263.10) = 11.51 a customer a month.
    assert_eq!(cents(a.breakeven_spend), 11.51);
}

#[test]
fn worked_example_path_and_curve() {
    let a = run(&saas(), &business()).expect("within the model's bounds");
    assert_finite(&a, 36, "worked example");
    // 36 months and today, every one of them.
    assert_eq!(a.path.len(), 37);
    let (r, plus) = (0.97, a.retention_uplifted);
    let (mut base, mut uplifted) = (1000.0, 1000.0);
    for (t, pt) in a.path.iter().enumerate() {
        assert_eq!(pt.t as usize, t);
        assert!(
            close(pt.base, base) && close(pt.base_uplifted, uplifted),
            "{pt:?}"
        );
        assert!(close(pt.profit, base * 75.0 - 30.0 * 900.0));
        assert!(close(pt.profit_uplifted, uplifted * 75.0 - 30.0 * 900.0));
        base = r * base + 30.0;
        uplifted = plus * uplifted + 30.0;
    }
    // Today's base is steady; with the uplift it grows to 1 136.27 in three years, on its
    // way to 1 231.58, making 1 136.27 × 75 − 27 000 = 58 220.22 a month.
    assert_eq!(cents(a.path[36].base), 1_000.0);
    assert_eq!(cents(a.path[36].base_uplifted), 1_136.27);
    assert_eq!(cents(a.path[36].profit_uplifted), 58_220.22);

    // From 0.97 − 2·(r⁺ − 0.97) − 0.01 to r⁺ + (r⁺ − 0.97), evenly.
    assert_eq!(a.curve.len(), 80);
    let gap = plus - r;
    assert!(close(a.curve[0].retention, r - 2.0 * gap - 0.01));
    assert!(close(a.curve[79].retention, plus + gap));
    assert!(a.curve[0].retention < r && a.curve[79].retention > plus);
    assert!(a.curve.windows(2).all(|w| w[0].retention < w[1].retention));
    for pt in &a.curve {
        let x = pt.retention;
        let d = 1.1f64.powf(1.0 / 12.0) - 1.0;
        assert!(close(pt.clv, 75.0 * x / (1.0 + d - x)));
        let profit = 30.0 / (1.0 - x) * 75.0 - 30.0 * 900.0;
        assert!(close(
            pt.steady_profit.expect("within the model's bounds"),
            profit
        ));
    }
}

#[test]
fn multiplier_is_lifetime_value_over_contribution() {
    let p = validate_economics(&saas()).expect("within the model's bounds");
    // M(r) = r/(1 + d − r) in arrears with no horizon: 1 915.78 / 75.
    assert!(close(clv::multiplier(&p), clv::value(&p) / 75.0));
    // It stays defined when π = 0, where CLV/π is not.
    let e = Economics {
        serve_cost: 90.0,
        horizon: 12.0,
        timing: Timing::Upfront,
        ..saas()
    };
    let p = validate_economics(&e).expect("within the model's bounds");
    let rho = 0.97 / 1.1f64.powf(1.0 / 12.0);
    let by_hand: f64 = (0..12).map(|t| rho.powi(t)).sum();
    assert_eq!(clv::value(&p), 0.0);
    assert!(close(clv::multiplier(&p), by_hand));
}

// ---- Cases computed by hand ----
