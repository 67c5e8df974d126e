//! Break-even offers put back in, and agreement with lifetime value (formulas.md §2, §8).

use super::*;
use crate::model::clv;

#[test]
fn breakeven_credit_as_the_offer_matches_the_baseline() {
    let g = run(&compressor(), &offers()).expect("within the model's bounds");
    let i = UpgradeInputs {
        credit: g.breakeven_credit,
        ..offers()
    };
    let at = run(&compressor(), &i).expect("within the model's bounds");
    assert!(at.tradein_gain.abs() < 1e-8, "{}", at.tradein_gain);
    assert!(close(at.breakeven_credit, g.breakeven_credit));
}

#[test]
fn breakeven_price_as_the_offer_matches_the_baseline() {
    let g = run(&compressor(), &offers()).expect("within the model's bounds");
    let i = UpgradeInputs {
        upgrade_price: g.breakeven_upgrade_price,
        ..offers()
    };
    let at = run(&compressor(), &i).expect("within the model's bounds");
    assert!(at.upgrade_gain.abs() < 1e-8, "{}", at.upgrade_gain);
    assert!(close(at.breakeven_upgrade_price, g.breakeven_upgrade_price));
}

/// Monthly business-software economics (formulas.md §2's default): π = 75, r = 97 %,
/// dₐ = 10 %.
fn monthly(timing: Timing, horizon: f64) -> Economics {
    Economics {
        period: Period::Month,
        timing,
        revenue: 120.0,
        margin_pct: 75.0,
        serve_cost: 15.0,
        retention_pct: 97.0,
        discount_pct: 10.0,
        cac: 900.0,
        horizon,
    }
}

/// A unit new today with the longest life, never replaced by us.
fn lifelong() -> UpgradeInputs {
    UpgradeInputs {
        unit_age: 0.0,
        unit_life: MAX_UNIT_YEARS,
        loyalty_pct: 0.0,
        ..offers()
    }
}

#[test]
fn a_lifelong_unit_never_replaced_is_lifetime_value_in_arrears() {
    let e = monthly(Timing::Arrears, 0.0);
    let g = run(&e, &lifelong()).expect("within the model's bounds");
    // S(100) = π·Σ_{j=1}^{1200} ρʲ, against π·r/(1 + d − r) = 1 915.78: ρ¹²⁰⁰ ≈ 10⁻¹⁶.
    let p = validate_economics(&e).expect("valid economics");
    assert!(close(g.npv_baseline, clv::value(&p)), "{}", g.npv_baseline);
    assert_eq!(cents(g.npv_baseline), 1_915.78);
    // And exactly §2 in arrears over a horizon of the unit's 1 200 months.
    let p = validate_economics(&monthly(Timing::Arrears, 1200.0)).expect("valid economics");
    assert!(close(g.npv_baseline, clv::value(&p)));
    // Yearly, where ρ¹⁰⁰ still counts, likewise against the 100-year horizon.
    let p = validate_economics(&Economics {
        horizon: 100.0,
        ..compressor()
    })
    .expect("valid economics");
    let g = run(&compressor(), &lifelong()).expect("within the model's bounds");
    assert!(close(g.npv_baseline, clv::value(&p)));
}

#[test]
fn timing_and_horizon_of_the_economics_do_not_count() {
    let arrears = run(&monthly(Timing::Arrears, 0.0), &offers()).expect("within bounds");
    for timing in [Timing::Upfront, Timing::Arrears] {
        for horizon in [0.0, 1.0, 36.0] {
            let g = run(&monthly(timing, horizon), &offers()).expect("within bounds");
            assert_eq!(g, arrears, "{timing:?} {horizon}");
        }
    }
}

#[test]
fn compute_checks_the_economics_it_is_given_again() {
    let e = Economics {
        discount_pct: 8.0,
        ..compressor()
    };
    let i = UpgradeInputs {
        loyalty_pct: 100.0,
        ..offers()
    };
    let p = validate_economics(&e).expect("valid economics");
    let u = validate(&i, &p).expect("discounted, the chain ends");
    // Another retention changes values, not validity.
    let lower = compute(
        &Params {
            retention: 0.5,
            ..p
        },
        &u,
    )
    .expect("valid");
    assert_finite(&lower, "r = 50 %");
    let full = compute(
        &Params {
            retention: 1.0,
            ..p
        },
        &u,
    )
    .expect("valid");
    assert_finite(&full, "r = 100 %");
    // Economics without discounting leave a chain that never ends.
    let flat = Params {
        discount: 0.0,
        discount_annual: 0.0,
        ..p
    };
    assert_eq!(compute(&flat, &u), Err(Refusal::ChainNeverEnds));
}
