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
    assert_eq!(
        a.path.last().expect("within the model's bounds").t,
        periods,
        "{context}"
    );
    for (w, pt) in a.path.windows(2).zip(&a.path) {
        assert!(w[0].t < w[1].t, "{context}: path times not increasing");
        let xs = [pt.base, pt.base_uplifted, pt.profit, pt.profit_uplifted];
        assert!(xs.iter().all(|x| x.is_finite()), "{context}: {pt:?}");
    }
    let last = a.path.last().expect("within the model's bounds");
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

mod by_hand;
mod checks;
mod edges;
mod grid;
mod worked;
