//! A yearly case and an upfront, finite-horizon one, computed by hand.

use super::*;

#[test]
fn yearly_case_by_hand() {
    let (e, i) = yearly();
    let a = run(&e, &i).expect("within the model's bounds");
    assert_finite(&a, 4, "yearly");
    assert_eq!(a.new_customers, 120.0);
    assert!(!a.steady_new);
    // 500 × 20 % × 1 500 = 150 000 against 500 × 100 = 50 000 a year.
    assert_eq!(cents(a.replace_spend), 150_000.0);
    assert_eq!(cents(a.serve_spend), 50_000.0);
    // 1/1.1 + 1/1.21 + 1/1.331 + 1/1.4641 = 3.169865.
    assert_eq!(round(a.plan_factor, 6), 3.169865);
    assert_eq!(cents(a.replace_spend_plan), 475_479.82);
    assert_eq!(cents(a.serve_spend_plan), 158_493.27);
    // 50/0.05 = 1 000 per customer saved, X = 1 500/1 000 = 1.5; 500 × 0.05 × 1 500 = 37 500
    // avoided against 500 × 50 = 25 000; 500 × 15 % × 1 500 = 112 500 with the programme.
    assert_eq!(cents(a.cost_per_saved), 1_000.0);
    assert_eq!(a.keep_ratio.map(cents), Some(1.5));
    assert_eq!(cents(a.avoided_spend), 37_500.0);
    assert_eq!(cents(a.programme_spend), 25_000.0);
    assert_eq!(cents(a.replace_spend_with), 112_500.0);
    // Yearly periods: r⁺ = r + Δ = 90 %.
    assert_eq!(round(a.retention_annual, 12), 0.8);
    assert_eq!(round(a.retention_uplifted, 12), 0.9);
    // 400 × 0.8/0.3 = 1 066.67 → 400 × 0.9/0.2 = 1 800, +68.75 %.
    assert_eq!(cents(a.clv), 1_066.67);
    assert_eq!(cents(a.clv_uplifted), 1_800.0);
    assert_eq!(a.clv_uplift.map(|x| round(100.0 * x, 2)), Some(68.75));
    // B = 120/0.2 = 600 → 120/0.1 = 1 200; P = 600 × 400 − 180 000 = 60 000 →
    // 1 200 × 400 − 180 000 = 300 000, +400 %.
    assert_eq!(a.steady_base.map(cents), Some(600.0));
    assert_eq!(a.steady_base_uplifted.map(cents), Some(1_200.0));
    assert_eq!(a.steady_profit.map(cents), Some(60_000.0));
    assert_eq!(a.steady_profit_uplifted.map(cents), Some(300_000.0));
    assert_eq!(a.profit_uplift.map(|x| round(100.0 * x, 2)), Some(400.0));
    // Δc = 400 × (1 − (0.8/0.3)/(0.9/0.2)) = 400 × (1 − 16/27) = 162.96.
    assert_eq!(cents(a.breakeven_spend), 162.96);
    // B: 500, 520, 536, 548.8, 559.04; with the uplift 500, 570, 633, 689.7, 740.73.
    let bases = [500.0, 520.0, 536.0, 548.8, 559.04];
    let uplifted = [500.0, 570.0, 633.0, 689.7, 740.73];
    for (t, pt) in a.path.iter().enumerate() {
        assert_eq!(pt.t as usize, t);
        assert_eq!(cents(pt.base), bases[t]);
        assert_eq!(cents(pt.base_uplifted), uplifted[t]);
        assert_eq!(cents(pt.profit), cents(bases[t] * 400.0 - 180_000.0));
        assert_eq!(
            cents(pt.profit_uplifted),
            cents(uplifted[t] * 400.0 - 180_000.0)
        );
    }
    assert_eq!(cents(a.path[4].profit), 43_616.0);
    assert_eq!(cents(a.path[4].profit_uplifted), 116_292.0);
}

/// Monthly, upfront, a 24-month horizon: π = 50·60 % − 5 = 25, r = 90 %, dₐ = 12 %,
/// CAC = 200; B₀ = 10 000, A by default (1 000), Y = 2, s = 1, Δr = 2 points, Δ = 10 points.
#[test]
fn upfront_finite_horizon_by_hand() {
    let e = Economics {
        period: Period::Month,
        timing: Timing::Upfront,
        revenue: 50.0,
        margin_pct: 60.0,
        serve_cost: 5.0,
        retention_pct: 90.0,
        discount_pct: 12.0,
        cac: 200.0,
        horizon: 24.0,
    };
    let i = AcquisitionInputs {
        base: 10_000.0,
        new_customers: 0.0,
        plan_years: 2.0,
        programme_cost: 1.0,
        programme_lift_pct: 2.0,
        uplift_pct: 10.0,
    };
    let a = run(&e, &i).expect("within the model's bounds");
    assert_finite(&a, 24, "upfront");

    // Independent arithmetic: discount factors, survival and the payment weights summed term
    // by term.
    let v = 1.0 / 1.12f64.powf(1.0 / 12.0);
    let plan: f64 = (1..=24).map(|t| v.powi(t)).sum();
    let r = 0.9f64;
    let r_a = r * r * r * r * r * r * r * r * r * r * r * r;
    let plus = (r_a + 0.1).powf(1.0 / 12.0);
    // Upfront with N = 24: payments at t = 0..23, each weighted (x·v)ᵗ.
    let weights = |x: f64| (0..24).map(|t| (x * v).powi(t)).sum::<f64>();
    let (m, m_plus) = (weights(r), weights(plus));

    assert_eq!(cents(a.new_customers), 1_000.0);
    assert!(a.steady_new);
    assert_eq!(cents(a.replace_spend), 200_000.0);
    assert_eq!(cents(a.serve_spend), 50_000.0);
    assert!(close(a.plan_factor, plan));
    assert_eq!(round(a.plan_factor, 6), 21.373227);
    assert_eq!(cents(a.replace_spend_plan), 4_274_645.34);
    assert_eq!(cents(a.serve_spend_plan), 1_068_661.33);
    assert_eq!(cents(a.cost_per_saved), 50.0);
    assert_eq!(a.keep_ratio.map(cents), Some(4.0));
    assert_eq!(cents(a.avoided_spend), 40_000.0);
    assert_eq!(cents(a.programme_spend), 10_000.0);
    assert_eq!(cents(a.replace_spend_with), 160_000.0);

    // r_a = 0.9¹² = 28.243 %; r⁺ = 0.382430^(1/12) = 92.3023 %.
    assert!(close(a.retention_annual, r_a));
    assert_eq!(round(100.0 * a.retention_annual, 3), 28.243);
    assert!(close(a.retention_uplifted, plus));
    assert_eq!(round(100.0 * a.retention_uplifted, 4), 92.3023);
    assert!(close(a.clv, 25.0 * m) && close(a.clv_uplifted, 25.0 * m_plus));
    assert_eq!(cents(a.clv), 215.84);
    assert_eq!(cents(a.clv_uplifted), 257.85);
    assert_eq!(a.clv_uplift.map(|x| round(100.0 * x, 2)), Some(19.46));
    // B = 1 000/0.1 = 10 000 → 1 000/(1 − r⁺) = 12 990.93; P = 250 000 − 200 000 = 50 000 →
    // 12 990.93 × 25 − 200 000 = 124 773.20, +149.55 %.
    assert_eq!(a.steady_base.map(cents), Some(10_000.0));
    assert_eq!(a.steady_base_uplifted.map(cents), Some(12_990.93));
    assert_eq!(a.steady_profit.map(cents), Some(50_000.0));
    assert_eq!(a.steady_profit_uplifted.map(cents), Some(124_773.20));
    assert_eq!(a.profit_uplift.map(|x| round(100.0 * x, 2)), Some(149.55));
    // Δc = 25 × (1 − M(r)/M(r⁺)) = 4.07.
    assert!(close(a.breakeven_spend, 25.0 * (1.0 - m / m_plus)));
    assert_eq!(cents(a.breakeven_spend), 4.07);
    let end = a.path[24];
    assert_eq!(cents(end.base), 10_000.0);
    assert_eq!(cents(end.base_uplifted), 12_553.50);
    assert_eq!(cents(end.profit_uplifted), 113_837.44);
}

// ---- Edges ----
