//! Every output finite or a typed refusal, over a grid of inputs.

use super::*;

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
                            assert!(got.is_ok(), "{context}: refused {:?}", got.as_ref().err());
                            let got = got.expect("accepted above");
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
