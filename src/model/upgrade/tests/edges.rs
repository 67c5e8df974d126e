//! Units past their life, no loyalty, no life added, declining balance, a break-even credit
//! below 0, and the refusals (formulas.md §8).

use super::*;

#[test]
fn a_unit_past_its_life_is_valid_and_replaced_now() {
    let i = UpgradeInputs {
        unit_age: 12.0,
        ..offers()
    };
    let g = run(&compressor(), &i).expect("within the model's bounds");
    assert!(g.past_life);
    assert_eq!(
        (g.years_baseline, g.years_upgrade, g.years_tradein),
        (0, 5, 10)
    );
    // Waiting is replacing now: p·W.
    assert!(close(g.npv_baseline, 0.6 * g.renewal_value));
    // Nothing left of the old unit and no horizon for the customer: the smallest credit is 0.
    assert_eq!(g.residual_old, 0.0);
    assert_eq!(g.keep_cost, 0.0);
    assert_eq!(g.min_credit, 0.0);
    assert!(g.credit_is_concession);
    // At exactly its life too.
    let i = UpgradeInputs {
        unit_age: 10.0,
        ..offers()
    };
    let at = run(&compressor(), &i).expect("within the model's bounds");
    assert!(at.past_life);
    assert_eq!(at.npv_baseline, g.npv_baseline);
}

#[test]
fn without_loyalty_only_the_units_own_life_counts() {
    let i = UpgradeInputs {
        loyalty_pct: 0.0,
        loyalty_upgrade_pct: 0.0,
        loyalty_tradein_pct: 0.0,
        ..offers()
    };
    let g = run(&compressor(), &i).expect("within the model's bounds");
    let rho: f64 = 0.95 / 1.08;
    let s = |n: i32, lift: f64| lift * 1_800.0 * (1..=n).map(|j| rho.powi(j)).sum::<f64>();
    assert!(close(g.renewal_value, 18_000.0 + s(10, 1.0)));
    assert!(close(g.npv_baseline, s(2, 1.0)));
    assert!(close(g.npv_upgrade, 5_000.0 + s(7, 1.1)));
    assert!(close(g.npv_tradein, 13_000.0 + s(10, 1.1)));
    assert_finite(&g, "no loyalty");
}

#[test]
fn no_life_added_has_no_equivalent_annual_cost() {
    let i = UpgradeInputs {
        life_added: 0.0,
        ..offers()
    };
    let g = run(&compressor(), &i).expect("within the model's bounds");
    assert_eq!(g.eac_upgrade, None);
    assert_eq!(g.years_upgrade, 2);
    assert_eq!(cents(g.eac_new), 15_441.77);
    assert_finite(&g, "ΔL = 0");
}

#[test]
fn declining_balance_defaults_to_twice_the_straight_rate() {
    let i = UpgradeInputs {
        depreciation: Depreciation::Declining,
        ..offers()
    };
    let g = run(&compressor(), &i).expect("within the model's bounds");
    // δ = 2/10: 50 000 × 0.8⁸ and 60 000 × 0.8².
    assert_eq!(cents(g.residual_old), 8_388.61);
    assert_eq!(cents(g.residual_new), 38_400.0);
    // T_min = 60 000 + 11 591.22 − 38 400/1.08² − 16 049.38 = 22 620.03.
    let expected = 60_000.0 + g.running_new - 38_400.0 / 1.08f64.powi(2) - g.keep_cost;
    assert!(close(g.min_credit, expected));
    assert_eq!(cents(g.min_credit), 22_620.03);
    // The seller's values do not depend on residuals.
    let straight = run(&compressor(), &offers()).expect("within the model's bounds");
    assert_eq!(g.npv_tradein, straight.npv_tradein);
}

#[test]
fn declining_balance_at_a_given_rate() {
    let i = UpgradeInputs {
        depreciation: Depreciation::Declining,
        decline_rate_pct: 15.0,
        ..offers()
    };
    let g = run(&compressor(), &i).expect("within the model's bounds");
    // 50 000 × 0.85⁸ and 60 000 × 0.85².
    assert_eq!(cents(g.residual_old), 13_624.53);
    assert_eq!(cents(g.residual_new), 43_350.0);
    assert!(g.min_credit >= g.residual_old);
    // A one-year life: δ = 2/1 is capped at 100 %, all gone after a year.
    let i = UpgradeInputs {
        depreciation: Depreciation::Declining,
        unit_life: 1.0,
        unit_age: 0.0,
        ..offers()
    };
    let g = run(&compressor(), &i).expect("within the model's bounds");
    assert_eq!(g.residual_old, 50_000.0);
    assert_eq!(g.residual_new, 0.0);
}

#[test]
fn a_breakeven_credit_below_zero_stays_a_number() {
    // A new unit that earns us nothing, taken back for nothing, whose next sale is lost.
    let i = UpgradeInputs {
        unit_age: 0.0,
        unit_margin_pct: 0.0,
        credit: 0.0,
        recovery: 0.0,
        loyalty_tradein_pct: 0.0,
        upsell_pct: 0.0,
        ..offers()
    };
    let g = run(&compressor(), &i).expect("within the model's bounds");
    // T* = S(10) − (S(10) + 1.08⁻¹⁰ × 0.6 × W).
    let expected = -0.6 * g.renewal_value / 1.08f64.powi(10);
    assert!(
        close(g.breakeven_credit, expected),
        "{}",
        g.breakeven_credit
    );
    assert!(g.breakeven_credit < 0.0);
    assert_eq!(g.zone, None);
    assert_finite(&g, "T* < 0");
}

#[test]
fn refusals_name_the_input() {
    let flat = Economics {
        discount_pct: 0.0,
        ..compressor()
    };
    let full = UpgradeInputs {
        loyalty_pct: 100.0,
        ..offers()
    };
    assert_eq!(run(&flat, &full), Err(Refusal::ChainNeverEnds));
    // A rate so small that it leaves D(L) at 1 counts as none.
    let tiny = Economics {
        discount_pct: 1e-300,
        ..compressor()
    };
    assert_eq!(run(&tiny, &full), Err(Refusal::ChainNeverEnds));
    // Discounted, the chain ends; and 100 % at the upgrade or the trade-in is one sale.
    assert!(run(&compressor(), &full).is_ok());
    let others = UpgradeInputs {
        loyalty_upgrade_pct: 100.0,
        loyalty_tradein_pct: 100.0,
        ..offers()
    };
    assert!(run(&flat, &others).is_ok());

    let credit = |credit| UpgradeInputs { credit, ..offers() };
    assert_eq!(
        run(&compressor(), &credit(60_000.01)),
        Err(Refusal::CreditAbovePrice)
    );
    let whole = run(&compressor(), &credit(60_000.0)).expect("the whole price is allowed");
    assert_eq!(whole.outlay_tradein, 0.0);

    for unit_life in [0.0, 0.4] {
        let i = UpgradeInputs {
            unit_life,
            ..offers()
        };
        assert_eq!(run(&compressor(), &i), Err(Refusal::NoUsefulLife));
    }
}

#[test]
fn full_retention_without_discounting_is_finite_here() {
    // §2 refuses this without a horizon; with one the economics are valid, and the unit's life
    // bounds every sum, so the upgrade model has values: π = 1 800 for every year of it.
    let e = Economics {
        retention_pct: 100.0,
        discount_pct: 0.0,
        horizon: 5.0,
        ..compressor()
    };
    let i = UpgradeInputs {
        loyalty_pct: 50.0,
        ..offers()
    };
    let g = run(&e, &i).expect("within the model's bounds");
    // W = (18 000 + 18 000) / (1 − 0.5); the baseline 2 × 1 800 + 0.5·W.
    assert!(close(g.renewal_value, 72_000.0));
    assert!(close(g.npv_baseline, 3_600.0 + 36_000.0));
    assert_finite(&g, "r = 1, d = 0");
}

#[test]
fn a_customer_discount_rate_given_replaces_the_economics() {
    let i = UpgradeInputs {
        customer_discount_pct: 12.0,
        ..offers()
    };
    let g = run(&compressor(), &i).expect("within the model's bounds");
    assert_eq!(g.customer_discount, 0.12);
    // 60 000·CRF(10, 12 %) + 6 500 and 12 000·CRF(5, 12 %) + 7 500; K = 9 000 × 1.690051.
    assert_eq!(cents(g.eac_new), 17_119.05);
    assert_eq!(g.eac_upgrade.map(cents), Some(10_828.92));
    assert_eq!(cents(g.keep_cost), 15_210.46);
    // The seller's values stay at the economics' 8 %.
    let base = run(&compressor(), &offers()).expect("within the model's bounds");
    assert_eq!(g.npv_tradein, base.npv_tradein);
}
