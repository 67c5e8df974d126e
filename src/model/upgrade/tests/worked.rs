//! The worked example of formulas.md §8, to the cent.

use super::*;

#[test]
fn worked_example_seller_values() {
    let g = run(&compressor(), &offers()).expect("within the model's bounds");
    // m_P = 30 % × 60 000; ρ = 0.95/1.08, S(10) = 1 800·Σ_{j=1}^{10} ρʲ.
    assert_eq!(cents(g.margin_new), 18_000.0);
    // W = (18 000 + S(10)) / (1 − 0.6 × 1.08⁻¹⁰).
    assert_eq!(cents(g.renewal_value), 38_092.35);
    // n₀ = 10 − 8 = 2: S(2) + 1.08⁻² × 0.6 × W.
    assert_eq!(g.years_baseline, 2);
    assert_eq!(cents(g.npv_baseline), 22_570.91);
    // 5 000 + 1.1·S(7) + 1.08⁻⁷ × 0.75 × W.
    assert_eq!(g.years_upgrade, 7);
    assert_eq!(cents(g.npv_upgrade), 30_243.30);
    assert_eq!(cents(g.upgrade_gain), 7_672.39);
    // 18 000 − 8 000 + 3 000 + 1.1·S(10) + 1.08⁻¹⁰ × 0.8 × W.
    assert_eq!(g.years_tradein, 10);
    assert_eq!(cents(g.npv_tradein), 37_571.77);
    assert_eq!(cents(g.tradein_gain), 15_000.86);
    assert!(!g.past_life);
}

#[test]
fn worked_example_walk_away_numbers() {
    let g = run(&compressor(), &offers()).expect("within the model's bounds");
    // T* = 8 000 offered + the trade-in's gain; U* = 12 000 less the upgrade's gain.
    assert_eq!(cents(g.breakeven_credit), 23_000.86);
    assert_eq!(cents(g.breakeven_upgrade_price), 4_327.61);
    assert!(close(g.breakeven_credit, 8_000.0 + g.tradein_gain));
    assert!(close(g.breakeven_upgrade_price, 12_000.0 - g.upgrade_gain));
    assert_eq!(cents(g.outlay_upgrade), 12_000.0);
    assert_eq!(cents(g.outlay_tradein), 52_000.0);
}

#[test]
fn worked_example_customer_side() {
    let g = run(&compressor(), &offers()).expect("within the model's bounds");
    // d_c left empty: the economics' 8 %.
    assert_eq!(g.customer_discount, 0.08);
    // Straight line: 50 000 × (1 − 8/10); the 8 000 offered is below it.
    assert_eq!(cents(g.residual_old), 10_000.0);
    assert!(!g.credit_is_concession);
    // K = 9 000 × (1/1.08 + 1/1.08²) = 16 049.38; the new unit's running costs 11 591.22,
    // its residual at H = 2 years 48 000.
    assert_eq!(cents(g.keep_cost), 16_049.38);
    assert_eq!(cents(g.running_new), 11_591.22);
    assert_eq!(cents(g.residual_new), 48_000.0);
    // T_min = 60 000 + 11 591.22 − 48 000/1.08² − 16 049.38 = 14 389.57.
    assert_eq!(cents(g.min_credit), 14_389.57);
    let (low, high) = g.zone.expect("T_min below T*");
    assert_eq!((cents(low), cents(high)), (14_389.57, 23_000.86));
    // At the 8 000 offered, trading in costs the customer 52 000 + 11 591.22 − 41 152.26.
    assert_eq!(cents(g.tradein_cost), 22_438.96);
    // Keeping costs K = 16 049.38: less, so the 8 000 is too little for the customer, and by
    // exactly T_min − 8 000.
    assert!(close(g.tradein_cost - g.keep_cost, g.min_credit - 8_000.0));
    // 12 000·CRF(5, 8 %) + 7 500 against 60 000·CRF(10, 8 %) + 6 500.
    assert_eq!(g.eac_upgrade.map(cents), Some(10_505.48));
    assert_eq!(cents(g.eac_new), 15_441.77);
}

#[test]
fn worked_example_chart() {
    let g = run(&compressor(), &offers()).expect("within the model's bounds");
    assert_finite(&g, "worked example");
    // max(2 + 5, 10) + 10 = 20 years, and now.
    assert_eq!(g.chart.len(), 21);
    // Cumulative expected cash a year, summed by hand year by year and unit by unit.
    let expected = [
        (0, 0.0, 5_000.0, 13_000.0),
        (1, 1_583.33, 6_741.67, 14_741.67),
        (2, 12_235.34, 8_273.69, 16_273.69),
        (3, 13_049.81, 9_621.30, 17_621.30),
        (7, 15_438.39, 21_450.53, 21_573.41),
        (10, 16_576.48, 23_289.04, 30_126.45),
        (20, 20_904.96, 28_310.60, 35_502.59),
    ];
    for (year, baseline, upgrade, tradein) in expected {
        let pt = g.chart[year];
        assert_eq!(pt.year as usize, year);
        assert_eq!(
            (cents(pt.baseline), cents(pt.upgrade), cents(pt.tradein)),
            (baseline, upgrade, tradein),
            "year {year}"
        );
    }
}
