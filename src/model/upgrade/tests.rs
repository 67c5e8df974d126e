//! Upgrade or trade-in against hand-computed figures (formulas.md §8).
//! Compiled for tests only: `#[cfg(test)] mod tests;` in `upgrade.rs`.

use super::*;
use crate::model::economics::{MAX_DISCOUNT_PCT, MAX_MONEY};
use crate::model::{validate as validate_economics, Economics, Period, Timing};

/// The worked example's economics (formulas.md §8): yearly, R = 6 000, g = 40 %, c = 600 →
/// π = 1 800, r = 95 %, dₐ = 8 %, in arrears, no horizon.
fn compressor() -> Economics {
    Economics {
        period: Period::Year,
        timing: Timing::Arrears,
        revenue: 6000.0,
        margin_pct: 40.0,
        serve_cost: 600.0,
        retention_pct: 95.0,
        discount_pct: 8.0,
        cac: 0.0,
        horizon: 0.0,
    }
}

/// The worked example's unit and offers (formulas.md §8).
fn offers() -> UpgradeInputs {
    UpgradeInputs {
        unit_price_old: 50_000.0,
        unit_age: 8.0,
        unit_life: 10.0,
        depreciation: Depreciation::Straight,
        decline_rate_pct: 0.0,
        unit_price: 60_000.0,
        unit_margin_pct: 30.0,
        loyalty_pct: 60.0,
        upgrade_price: 12_000.0,
        upgrade_cost: 7_000.0,
        life_added: 5.0,
        loyalty_upgrade_pct: 75.0,
        credit: 8_000.0,
        recovery: 3_000.0,
        loyalty_tradein_pct: 80.0,
        upsell_pct: 10.0,
        run_old: 9_000.0,
        run_new: 6_500.0,
        run_upgraded: 7_500.0,
        customer_discount_pct: 0.0,
    }
}

fn run(e: &Economics, i: &UpgradeInputs) -> Result<Upgrade, Refusal> {
    let p = validate_economics(e).expect("valid economics");
    let u = validate(i, &p)?;
    let result = compute(&p, &u);
    assert!(result.is_ok(), "validated inputs refused: {result:?}");
    result
}

fn cents(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Every number in `g` is finite, the zone runs from T_min to T*, and the chart runs from
/// year 0 to max(n₀ + ΔL, L) + L, one point a year.
fn assert_finite(g: &Upgrade, context: &str) {
    let scalars = [
        g.margin_new,
        g.renewal_value,
        g.npv_baseline,
        g.npv_upgrade,
        g.npv_tradein,
        g.upgrade_gain,
        g.tradein_gain,
        g.breakeven_credit,
        g.breakeven_upgrade_price,
        g.residual_old,
        g.min_credit,
        g.outlay_upgrade,
        g.outlay_tradein,
        g.eac_new,
        g.customer_discount,
        g.keep_cost,
        g.running_new,
        g.residual_new,
        g.tradein_cost,
    ];
    let options = [g.eac_upgrade, g.zone.map(|z| z.0), g.zone.map(|z| z.1)];
    for (i, x) in scalars.iter().chain(options.iter().flatten()).enumerate() {
        assert!(x.is_finite(), "{context}: figure {i} is {x}: {g:?}");
    }
    match g.zone {
        Some((low, high)) => assert!(low == g.min_credit && high == g.breakeven_credit),
        None => assert!(g.min_credit > g.breakeven_credit, "{context}"),
    }
    let years = g.years_upgrade.max(g.years_tradein) + g.years_tradein;
    assert_eq!(g.chart.len() as u32, years + 1, "{context}");
    for (y, pt) in g.chart.iter().enumerate() {
        assert_eq!(pt.year as usize, y, "{context}");
        let xs = [pt.baseline, pt.upgrade, pt.tradein];
        assert!(xs.iter().all(|x| x.is_finite()), "{context}: {pt:?}");
    }
}

mod checks;
mod edges;
mod grid;
mod series;
mod worked;
