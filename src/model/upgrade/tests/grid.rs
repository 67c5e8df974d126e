//! Every output finite or a typed refusal, over a grid of inputs within their bounds.

use super::*;

#[test]
fn every_output_is_finite_or_refused() {
    let moneys = [
        (6000.0, 40.0, 600.0),
        (MAX_MONEY, 100.0, 0.0),
        (0.0, 0.0, MAX_MONEY),
    ];
    let mut computed = 0;
    for period in [Period::Month, Period::Year] {
        for horizon in [0.0, 12.0] {
            for retention_pct in [0.0, 99.9999, 100.0] {
                for discount_pct in [0.0, 1e-300, 8.0, MAX_DISCOUNT_PCT] {
                    for (revenue, margin_pct, serve_cost) in moneys {
                        let e = Economics {
                            period,
                            timing: Timing::Upfront,
                            revenue,
                            margin_pct,
                            serve_cost,
                            retention_pct,
                            discount_pct,
                            cac: 0.0,
                            horizon,
                        };
                        let Ok(p) = validate_economics(&e) else {
                            continue;
                        };
                        computed += unit_grid(&p, &e);
                    }
                }
            }
        }
    }
    assert!(computed > 10_000, "{computed}");
}

/// Money for the unit and offers: the worked example's, the largest, and nothing.
fn unit_moneys(i: &UpgradeInputs, scale: f64) -> UpgradeInputs {
    let m = |x: f64| if scale > 1.0 { MAX_MONEY } else { x * scale };
    UpgradeInputs {
        unit_price_old: m(i.unit_price_old),
        unit_price: m(i.unit_price),
        upgrade_price: m(i.upgrade_price),
        upgrade_cost: m(i.upgrade_cost),
        credit: m(i.credit),
        recovery: m(i.recovery),
        run_old: m(i.run_old),
        run_new: m(i.run_new),
        run_upgraded: m(i.run_upgraded),
        ..*i
    }
}

/// Runs every unit input of the grid against `p`; returns how many were computed.
fn unit_grid(p: &Params, e: &Economics) -> usize {
    let mut computed = 0;
    for (age, life) in [
        (0.0, 1.0),
        (8.0, 10.0),
        (MAX_UNIT_YEARS, 1.0),
        (0.0, MAX_UNIT_YEARS),
    ] {
        for life_added in [0.0, MAX_UNIT_YEARS] {
            for (loyalty, others) in [(0.0, 100.0), (60.0, 0.0), (100.0, 100.0)] {
                for scale in [0.0, 1.0, 2.0] {
                    for (depreciation, rate) in [
                        (Depreciation::Straight, 0.0),
                        (Depreciation::Declining, 0.0),
                        (Depreciation::Declining, 100.0),
                    ] {
                        for (upsell_pct, dc) in [(0.0, 0.0), (MAX_UPSELL_PCT, MAX_DISCOUNT_PCT)] {
                            let i = UpgradeInputs {
                                unit_age: age,
                                unit_life: life,
                                life_added,
                                loyalty_pct: loyalty,
                                loyalty_upgrade_pct: others,
                                loyalty_tradein_pct: others,
                                depreciation,
                                decline_rate_pct: rate,
                                upsell_pct,
                                customer_discount_pct: dc,
                                ..unit_moneys(&offers(), scale)
                            };
                            let context = format!("{e:?} {i:?}");
                            let Ok(u) = validate(&i, p) else {
                                continue;
                            };
                            let got = compute(p, &u);
                            assert!(got.is_ok(), "{context}: refused {:?}", got.as_ref().err());
                            let got = got.expect("accepted above");
                            assert_finite(&got, &context);
                            computed += 1;
                            for retention in [0.0, 1.0] {
                                let modelled = Params { retention, ..*p };
                                if let Ok(got) = compute(&modelled, &u) {
                                    assert_finite(&got, &context);
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
