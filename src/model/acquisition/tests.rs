//! Acquisition versus retention against hand-computed figures (formulas.md §6).
//! Compiled for tests only: `#[cfg(test)] mod tests;` in `acquisition.rs`.

use super::*;
use crate::model::economics::{MAX_DISCOUNT_PCT, MAX_MONEY};
use crate::model::{validate as validate_economics, Economics, Period, Timing};

/// The app's default economics (formulas.md §2): monthly, π = 120·75 % − 15 = 75, r = 97 %,
/// dₐ = 10 %, in arrears, no horizon, CAC = 900.
fn saas() -> Economics {
    Economics {
        period: Period::Month,
        timing: Timing::Arrears,
        revenue: 120.0,
        margin_pct: 75.0,
        serve_cost: 15.0,
        retention_pct: 97.0,
        discount_pct: 10.0,
        cac: 900.0,
        horizon: 0.0,
    }
}

/// The worked example's business (formulas.md §6): B₀ = 1 000, A by default, Y = 3, s = 2,
/// Δr = 1 point, Δ = 5 annual points.
fn business() -> AcquisitionInputs {
    AcquisitionInputs {
        base: 1000.0,
        new_customers: 0.0,
        plan_years: 3.0,
        programme_cost: 2.0,
        programme_lift_pct: 1.0,
        uplift_pct: 5.0,
    }
}

fn run(e: &Economics, i: &AcquisitionInputs) -> Result<Acquisition, Refusal> {
    let p = validate_economics(e).expect("valid economics");
    let a = validate(i, &p)?;
    let result = compute(&p, &a);
    assert!(result.is_ok(), "validated inputs refused: {result:?}");
    result
}

fn round(x: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    (x * scale).round() / scale
}

fn cents(x: f64) -> f64 {
    round(x, 2)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Every number in `a` is finite, the path runs from today to the end of the plan, and the
/// curve has a steady state wherever retention is below 100 %.
fn assert_finite(a: &Acquisition, periods: u32, context: &str) {
    let scalars = [
        a.new_customers,
        a.retention_annual,
        a.replace_spend,
        a.serve_spend,
        a.plan_factor,
        a.replace_spend_plan,
        a.serve_spend_plan,
        a.cost_per_saved,
        a.avoided_spend,
        a.programme_spend,
        a.replace_spend_with,
        a.retention_uplifted,
        a.clv,
        a.clv_uplifted,
        a.breakeven_spend,
    ];
    let options = [
        a.keep_ratio,
        a.clv_uplift,
        a.steady_base,
        a.steady_base_uplifted,
        a.steady_profit,
        a.steady_profit_uplifted,
        a.profit_uplift,
    ];
    for (i, x) in scalars.iter().chain(options.iter().flatten()).enumerate() {
        assert!(x.is_finite(), "{context}: figure {i} is {x}: {a:?}");
    }
    assert!(!a.path.is_empty() && a.path.len() <= MAX_PATH, "{context}");
    assert_eq!(a.path[0].t, 0, "{context}");
    assert_eq!(a.path.last().unwrap().t, periods, "{context}");
    for (w, pt) in a.path.windows(2).zip(&a.path) {
        assert!(w[0].t < w[1].t, "{context}: path times not increasing");
        let xs = [pt.base, pt.base_uplifted, pt.profit, pt.profit_uplifted];
        assert!(xs.iter().all(|x| x.is_finite()), "{context}: {pt:?}");
    }
    let last = a.path.last().unwrap();
    let xs = [
        last.base,
        last.base_uplifted,
        last.profit,
        last.profit_uplifted,
    ];
    assert!(xs.iter().all(|x| x.is_finite()), "{context}: {last:?}");
    assert!(!a.curve.is_empty(), "{context}");
    for pt in &a.curve {
        assert!(
            pt.retention.is_finite() && (0.0..=1.0).contains(&pt.retention),
            "{context}: {pt:?}"
        );
        assert!(pt.clv.is_finite(), "{context}: {pt:?}");
        match pt.steady_profit {
            Some(x) => assert!(x.is_finite(), "{context}: {pt:?}"),
            None => assert_eq!(pt.retention, 1.0, "{context}: {pt:?}"),
        }
    }
}

// ---- The worked example (formulas.md §6) ----

#[test]
fn worked_example_holding_the_base() {
    let a = run(&saas(), &business()).unwrap();
    // A = B₀·q = 1 000 × 3 %: today is the steady state.
    assert_eq!(cents(a.new_customers), 30.0);
    assert!(a.steady_new);
    // 1 000 × 3 % × 900 against 1 000 × 15 a month.
    assert_eq!(cents(a.replace_spend), 27_000.0);
    assert_eq!(cents(a.serve_spend), 15_000.0);
}

#[test]
fn worked_example_plan_figures() {
    let a = run(&saas(), &business()).unwrap();
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
    let a = run(&saas(), &business()).unwrap();
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
    let a = run(&saas(), &business()).unwrap();
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
    let a = run(&saas(), &business()).unwrap();
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
        assert!(close(pt.steady_profit.unwrap(), profit));
    }
}

#[test]
fn multiplier_is_lifetime_value_over_contribution() {
    let p = validate_economics(&saas()).unwrap();
    // M(r) = r/(1 + d − r) in arrears with no horizon: 1 915.78 / 75.
    assert!(close(clv::multiplier(&p), clv::value(&p) / 75.0));
    // It stays defined when π = 0, where CLV/π is not.
    let e = Economics {
        serve_cost: 90.0,
        horizon: 12.0,
        timing: Timing::Upfront,
        ..saas()
    };
    let p = validate_economics(&e).unwrap();
    let rho = 0.97 / 1.1f64.powf(1.0 / 12.0);
    let by_hand: f64 = (0..12).map(|t| rho.powi(t)).sum();
    assert_eq!(clv::value(&p), 0.0);
    assert!(close(clv::multiplier(&p), by_hand));
}

// ---- Cases computed by hand ----

/// Yearly periods, in arrears, no horizon: π = 1 000·50 % − 100 = 400, r = 80 %, dₐ = 10 %,
/// CAC = 1 500; B₀ = 500, A = 120, Y = 4, s = 50, Δr = 5 points, Δ = 10 points.
fn yearly() -> (Economics, AcquisitionInputs) {
    let e = Economics {
        period: Period::Year,
        timing: Timing::Arrears,
        revenue: 1000.0,
        margin_pct: 50.0,
        serve_cost: 100.0,
        retention_pct: 80.0,
        discount_pct: 10.0,
        cac: 1500.0,
        horizon: 0.0,
    };
    let i = AcquisitionInputs {
        base: 500.0,
        new_customers: 120.0,
        plan_years: 4.0,
        programme_cost: 50.0,
        programme_lift_pct: 5.0,
        uplift_pct: 10.0,
    };
    (e, i)
}

#[test]
fn yearly_case_by_hand() {
    let (e, i) = yearly();
    let a = run(&e, &i).unwrap();
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
    let a = run(&e, &i).unwrap();
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
    let a = run(&e, &i).unwrap();
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
    assert!(a.curve.last().unwrap().retention > 0.95);
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
    let a = run(&e, &i).unwrap();
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
    let a = run(&e, &i).unwrap();
    assert_eq!(cents(a.clv_uplifted), 4_000.0);
    assert_finite(&a, 4, "horizon");
}

#[test]
fn unprofitable_today_has_no_profit_uplift() {
    let (e, i) = yearly();
    // CAC = 3 000: P(r) = 600 × 400 − 120 × 3 000 = −120 000.
    let a = run(&Economics { cac: 3000.0, ..e }, &i).unwrap();
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
    .unwrap();
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
    .unwrap();
    assert!(a.clv < 0.0);
    assert_eq!(a.clv_uplift, None);
    assert_eq!(a.profit_uplift, None);
    assert!(a.breakeven_spend < 0.0);
    assert_finite(&a, 4, "loss");
}

#[test]
fn programme_lift_to_exactly_full_is_valid() {
    // 97 % + 3 points = 100 %: nothing left to replace.
    let i = AcquisitionInputs {
        programme_lift_pct: 3.0,
        ..business()
    };
    let a = run(&saas(), &i).unwrap();
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
    .unwrap();
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
    let a = run(&e, &tiny).unwrap();
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
    .unwrap();
    assert_eq!(a.path[36].base, 1360.0);
    assert_eq!(a.steady_base, None);
}

#[test]
fn compute_checks_again_against_a_modelled_retention() {
    let p = validate_economics(&saas()).unwrap();
    let a = validate(&business(), &p).unwrap();
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
    let got = compute(&modelled, &AcquisitionParams { uplift: 0.05, ..a }).unwrap();
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
    let a = run(&saas(), &i).unwrap();
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
    let a = run(&saas(), &i).unwrap();
    assert_finite(&a, 1200, "100 years");
    // 1 201 months sampled to 601 points: every other month.
    assert_eq!(a.path.len(), MAX_PATH);
    let mut base = 1000.0;
    let mut points = a.path.iter();
    for t in 0..=1200u32 {
        if t % 2 == 0 {
            let pt = points.next().unwrap();
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
    .unwrap();
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
    let a = run(&saas(), &i).unwrap();
    assert_finite(&a, 36, "tiny");
    assert!(a.retention_uplifted >= 0.97);
    assert_eq!(a.cost_per_saved, f64::MAX);
    assert!(a.breakeven_spend >= 0.0);
}

// ---- Property-style: a grid of inputs across and at the edges of their bounds ----

#[test]
fn every_output_is_finite_or_refused() {
    let moneys = [
        (120.0, 75.0, 15.0, 900.0),
        (MAX_MONEY, 100.0, 0.0, MAX_MONEY),
        (0.0, 0.0, MAX_MONEY, 0.0),
        (1e-300, 50.0, 1e-300, 1e-300),
    ];
    let mut computed = 0;
    for period in [Period::Month, Period::Year] {
        for timing in [Timing::Upfront, Timing::Arrears] {
            for horizon in [0.0, 1.0, 600.0] {
                for retention_pct in [0.0, 1e-6, 50.0, 97.0, 99.9999, 100.0] {
                    for discount_pct in [0.0, 10.0, MAX_DISCOUNT_PCT] {
                        for (revenue, margin_pct, serve_cost, cac) in moneys {
                            let e = Economics {
                                period,
                                timing,
                                revenue,
                                margin_pct,
                                serve_cost,
                                retention_pct,
                                discount_pct,
                                cac,
                                horizon,
                            };
                            let Ok(p) = validate_economics(&e) else {
                                continue;
                            };
                            computed += business_grid(&p, &e);
                        }
                    }
                }
            }
        }
    }
    assert!(computed > 10_000, "{computed}");
}

/// Runs every business input of the grid against `p`, and against retentions the barrier
/// model might carry instead; returns how many were computed.
fn business_grid(p: &Params, e: &Economics) -> usize {
    let mut computed = 0;
    for base in [1e-300, 1000.0, MAX_CUSTOMERS] {
        for new_customers in [0.0, MAX_CUSTOMERS] {
            for plan_years in [1.0, MAX_PLAN_YEARS] {
                for programme_cost in [0.0, MAX_MONEY] {
                    for programme_lift_pct in [1e-300, 1.0, 100.0] {
                        for uplift_pct in [1e-300, 5.0, 100.0] {
                            let i = AcquisitionInputs {
                                base,
                                new_customers,
                                plan_years,
                                programme_cost,
                                programme_lift_pct,
                                uplift_pct,
                            };
                            let context = format!("{e:?} {i:?}");
                            let Ok(a) = validate(&i, p) else {
                                continue;
                            };
                            let got = compute(p, &a);
                            let got = got.unwrap_or_else(|r| panic!("{context}: refused {r:?}"));
                            assert_finite(&got, a.periods, &context);
                            computed += 1;
                            for retention in [0.0, p.retention / 2.0, 0.999_999, 1.0] {
                                let modelled = Params { retention, ..*p };
                                if let Ok(got) = compute(&modelled, &a) {
                                    assert_finite(&got, a.periods, &context);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    computed
}
