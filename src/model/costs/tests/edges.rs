//! Zero cases and refusals: each beside the input it belongs to, and only for the way chosen.

use super::*;

#[test]
fn no_leads_or_a_zero_rate_wins_nobody() {
    let c = run(&CostInputs {
        leads: 0.0,
        ..inputs()
    })
    .expect("no leads is valid");
    let f = c.funnel;
    assert_eq!(f.stages, [0.0; 5]);
    assert_eq!(
        (f.cac, f.cost_per_lead, f.cost_per_mql, f.cost_per_sql),
        (None, None, None, None)
    );
    assert_eq!((f.lost_share, f.never_buy), (None, None));
    assert_finite(&c, "no leads");
    // A zero rate at the last step: 100 SQL, nobody won, every lead lost.
    let c = run(&CostInputs {
        to_customer_pct: 0.0,
        ..inputs()
    })
    .expect("a zero rate is valid");
    let f = c.funnel;
    assert_eq!((f.customers, f.cac), (0.0, None));
    assert_eq!(f.cost_per_sql.map(cents), Some(540.0));
    assert_eq!(f.lost[3], 100.0);
    assert_eq!(f.never_buy, Some(1.0));
    // A rate so small that the CAC overflows has none either.
    let c = run(&CostInputs {
        to_mql_pct: 1e-300,
        to_sl_pct: 1e-10,
        ..inputs()
    })
    .expect("a tiny rate is valid");
    assert!(c.funnel.customers > 0.0);
    assert_eq!(c.funnel.cac, None);
    // Everyone converts: nobody is lost, and no spend gives a CAC of 0.
    let c = run(&CostInputs {
        to_mql_pct: 100.0,
        to_sl_pct: 100.0,
        to_sql_pct: 100.0,
        to_customer_pct: 100.0,
        marketing_spend: 0.0,
        sales_spend: 0.0,
        ..inputs()
    })
    .expect("valid");
    assert_eq!(c.funnel.never_buy, Some(0.0));
    assert_eq!(c.funnel.cac, Some(0.0));
}

#[test]
fn idle_agents_are_refused_only_when_staffed_by_utilisation() {
    let idle = CostInputs {
        utilisation_pct: 0.0,
        ..inputs()
    };
    assert_eq!(run(&idle).err(), Some(Refusal::IdleAgents));
    let c = run(&CostInputs {
        staffing: Staffing::ServiceLevel,
        ..idle
    })
    .expect("utilisation is not used");
    assert_eq!(c.utilisation_way, Err(Refusal::IdleAgents));
    assert_finite(&c, "idle agents, staffed to a service level");
    // So little utilisation that a contact would cost more than 10¹².
    let nearly = CostInputs {
        utilisation_pct: 1e-12,
        ..inputs()
    };
    assert_eq!(run(&nearly).err(), Some(Refusal::IdleAgents));
}

#[test]
fn no_contacts_an_hour_is_refused_only_when_staffed_to_a_service_level() {
    let none = CostInputs {
        contacts_hour: 0.0,
        ..inputs()
    };
    let c = run(&none).expect("contacts an hour are not used");
    assert_eq!(c.service_level_way, Err(Refusal::NoContacts));
    assert_finite(&c, "no contacts, staffed by utilisation");
    let chosen = CostInputs {
        staffing: Staffing::ServiceLevel,
        ..none
    };
    assert_eq!(run(&chosen).err(), Some(Refusal::NoContacts));
    // A handful a month is fine: 0.01 an hour, 2.4 a month, 1 agent, 3 000 a month.
    let few = service_level(&CostInputs {
        contacts_hour: 0.01,
        shrinkage_pct: 0.0,
        ..chosen
    });
    assert_eq!(few.agents_needed, 1);
    assert_eq!(cents(few.cost_per_contact), 1_250.0);
}

#[test]
fn full_shrinkage_and_a_full_target_are_refused() {
    let full = CostInputs {
        shrinkage_pct: 100.0,
        ..erlang_example()
    };
    assert_eq!(run(&full).err(), Some(Refusal::FullShrinkage));
    let c = run(&CostInputs {
        staffing: Staffing::Utilisation,
        ..full
    })
    .expect("shrinkage is not used");
    assert_eq!(c.service_level_way, Err(Refusal::FullShrinkage));
    // 99.99 % shrinkage is valid, if dear: 14 on the phones need 140 000 rostered.
    let s = service_level(&CostInputs {
        shrinkage_pct: 99.99,
        ..erlang_example()
    });
    assert_eq!(s.agents_rostered, 140_000.0);
    let target = CostInputs {
        sl_target_pct: 100.0,
        ..erlang_example()
    };
    assert_eq!(run(&target).err(), Some(Refusal::TargetUnreachable));
    // Just below 100 % is reached.
    let s = service_level(&CostInputs {
        sl_target_pct: 99.999_999,
        ..erlang_example()
    });
    assert!(s.service_level >= 0.999_999_99);
}

#[test]
fn traffic_beyond_the_search_is_refused() {
    // Outside the field bounds: 40 000 an hour for an hour each.
    let i = CostInputs {
        contacts_hour: 2.0 * MAX_CONTACTS_HOUR,
        aht_seconds: MAX_AHT_SECONDS,
        ..erlang_example()
    };
    assert_eq!(run(&i).err(), Some(Refusal::TooMuchTraffic));
    let nan = CostInputs {
        aht_seconds: f64::NAN,
        ..erlang_example()
    };
    assert!(run(&nan).is_err());
}

#[test]
fn a_public_share_needs_an_answer_that_reaches_someone() {
    let share = CostInputs {
        public_share_pct: 10.0,
        answer_cost: 40.0,
        answer_reach: 0.0,
        ..inputs()
    };
    assert_eq!(run(&share).err(), Some(Refusal::NoReach));
    let tiny = CostInputs {
        answer_reach: 1e-300,
        ..share
    };
    assert_eq!(run(&tiny).err(), Some(Refusal::NoReach));
    // Without a share the reach does not matter.
    let c = run(&CostInputs {
        public_share_pct: 0.0,
        ..share
    })
    .expect("no public share");
    assert_eq!(c.public_cost_per_contact, None);
    assert_eq!(c.blended_cost_per_contact, c.cost_per_contact);
    // Everything in public: the centre's cost drops out of the blend.
    let c = run(&CostInputs {
        public_share_pct: 100.0,
        answer_reach: 80.0,
        ..share
    })
    .expect("valid");
    assert_eq!(c.blended_cost_per_contact, 0.5);
}

#[test]
fn parameters_validate_refused_still_compute_finite_figures() {
    let c = validate(&inputs()).expect("valid");
    let refused = CostParams {
        utilisation: 0.0,
        public_share: 0.5,
        answer_reach: 0.0,
        ..c
    };
    let costs = compute(&economics(Timing::Arrears), &refused, 1_000.0);
    assert_eq!(costs.utilisation_way, Err(Refusal::IdleAgents));
    assert_eq!(costs.cost_per_contact, 0.0);
    assert_finite(&costs, "refused parameters");
}

#[test]
fn unbounded_economics_have_no_value_at_stake() {
    // r = 100 % with no discount and no horizon, as the barrier model might hand over.
    let p = Params {
        retention: 1.0,
        discount: 0.0,
        ..economics(Timing::Arrears)
    };
    let i = CostInputs {
        bad_experience_pct: 10.0,
        ..inputs()
    };
    let c = compute(&p, &validate(&i).expect("valid"), 1_000.0);
    assert_eq!((c.value_at_stake, c.value_at_stake_base), (None, None));
    assert_finite(&c, "unbounded economics");
}
