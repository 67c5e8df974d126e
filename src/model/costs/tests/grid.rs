//! Every output finite or a typed refusal, over a grid of inputs at and inside their bounds.

use super::*;
use crate::model::economics::MAX_MONEY;

/// The funnel and the quality inputs, at their bounds and in between.
#[test]
fn funnel_and_quality_are_finite_over_the_grid() {
    let mut computed = 0;
    for leads in [0.0, 1e-300, 1.0, 2_000.0, MAX_LEADS] {
        for rate in [0.0, 1e-300, 0.5, 37.0, 100.0] {
            for spend in [0.0, 1e-300, 30_000.0, MAX_MONEY] {
                for bad in [0.0, 1e-300, 50.0, 100.0] {
                    for leave in [0.0, DEFAULT_LEAVE_AFTER_BAD_PCT, 100.0] {
                        let i = CostInputs {
                            leads,
                            to_mql_pct: rate,
                            to_sql_pct: 100.0 - rate,
                            marketing_spend: spend,
                            sales_spend: MAX_MONEY - spend,
                            bad_experience_pct: bad,
                            leave_after_bad_pct: leave,
                            sla_miss_pct: bad,
                            sla_penalty: MAX_MONEY,
                            ..inputs()
                        };
                        let c = run(&i).expect("funnel and quality inputs refuse nothing");
                        assert_finite(&c, &format!("{i:?}"));
                        if let Some(x) = c.funnel.never_buy {
                            assert!((0.0..=1.0).contains(&x), "{i:?}");
                        }
                        computed += 1;
                    }
                }
            }
        }
    }
    assert!(computed >= 1_000, "{computed}");
}

/// The contact centre and the blend: every input at its bounds, both ways chosen.
#[test]
fn contact_centre_is_finite_or_refused_over_the_grid() {
    let (mut computed, mut refused) = (0, 0);
    for staffing in [Staffing::Utilisation, Staffing::ServiceLevel] {
        for (agent_cost, agent_hours, agent_days) in [
            (3_000.0, 8.0, 30.0),
            (MAX_MONEY, 1e-300, 1e-300),
            (0.0, MAX_AGENT_HOURS, MAX_AGENT_DAYS),
            (MAX_MONEY, 0.5, 1.0),
        ] {
            for utilisation_pct in [0.0, 1e-300, 1.0, 100.0] {
                for aht_seconds in [MIN_AHT_SECONDS, 180.0, MAX_AHT_SECONDS] {
                    for contacts_hour in [0.0, 1e-300, 0.01, 200.0, MAX_CONTACTS_HOUR] {
                        for (sl_target_pct, sl_seconds) in [
                            (0.0, 0.0),
                            (80.0, 20.0),
                            (99.999, MAX_SL_SECONDS),
                            (100.0, 0.0),
                        ] {
                            for shrinkage_pct in [0.0, 30.0, 99.999_999, 100.0] {
                                for (public_share_pct, answer_reach) in
                                    [(0.0, 0.0), (50.0, 1e-300), (50.0, 1.0), (100.0, MAX_REACH)]
                                {
                                    let i = CostInputs {
                                        staffing,
                                        agent_cost,
                                        agent_hours,
                                        agent_days,
                                        utilisation_pct,
                                        aht_seconds,
                                        contacts_hour,
                                        sl_target_pct,
                                        sl_seconds,
                                        shrinkage_pct,
                                        public_share_pct,
                                        answer_cost: MAX_MONEY,
                                        answer_reach,
                                        contacts_per_customer: MAX_CONTACTS_PER_CUSTOMER,
                                        other_serve_cost: MAX_MONEY,
                                        ..inputs()
                                    };
                                    match run(&i) {
                                        Ok(c) => {
                                            assert_finite(&c, &format!("{i:?}"));
                                            computed += 1;
                                        }
                                        Err(_) => refused += 1,
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(computed > 1_000 && refused > 1_000, "{computed} {refused}");
}
