//! The worked examples of formulas.md §7, to the stated precision.

use super::*;

#[test]
fn worked_example_funnel() {
    let c = run(&inputs()).expect("within the model's bounds");
    let f = c.funnel;
    // 2 000 → 500 MQL → 200 SL → 100 SQL → 20 customers.
    assert_eq!(f.stages, [2_000.0, 500.0, 200.0, 100.0, 20.0]);
    assert_eq!(f.customers, 20.0);
    // (30 000 + 24 000) / 20.
    assert_eq!(f.cac.map(cents), Some(2_700.0));
    // Marketing alone per lead and per MQL; both spends per SQL.
    assert_eq!(f.cost_per_lead.map(cents), Some(15.0));
    assert_eq!(f.cost_per_mql.map(cents), Some(60.0));
    assert_eq!(f.cost_per_sql.map(cents), Some(540.0));
    // 1 500, 300, 100 and 80 leads lost: 75 %, 15 %, 5 % and 4 % of all leads.
    assert_eq!(f.lost, [1_500.0, 300.0, 100.0, 80.0]);
    let shares = f.lost_share.expect("there are leads");
    assert_eq!(shares.map(|x| round(100.0 * x, 6)), [75.0, 15.0, 5.0, 4.0]);
    // 1 − 20/2 000: 99 % never buy, against Forrester's ~90 %.
    assert_eq!(f.never_buy.map(|x| round(100.0 * x, 6)), Some(99.0));
}

#[test]
fn worked_example_seeds_contact_centre() {
    let c = run(&inputs()).expect("within the model's bounds");
    let u = c.utilisation_way.expect("agents handle contacts");
    // 60 × 8 × 0.75 / 4 = 90 a day; × 30 = 2 700 a month; 3 000 / 2 700 = 1.11.
    assert_eq!(u.contacts_per_agent_day, 90.0);
    assert_eq!(u.contacts_per_agent_month, 2_700.0);
    assert_eq!(cents(u.cost_per_contact), 1.11);
    assert_eq!(c.cost_per_contact, u.cost_per_contact);
    // One contact a period, nothing else: the cost to serve is the cost of a contact.
    assert_eq!(c.blended_cost_per_contact, u.cost_per_contact);
    assert_eq!(c.serve_cost_derived, u.cost_per_contact);
}

#[test]
fn worked_example_erlang_c() {
    let s = service_level(&erlang_example());
    // A = 200 × 180 / 3 600 = 10 Erlangs.
    assert_eq!(s.traffic, 10.0);
    // 13 agents: 79.6 %, short of 80 %; 14 agents: 88.8 %.
    let at = |n: u32| s.curve.iter().find(|p| p.agents == n).copied();
    let thirteen = at(13).expect("13 agents are on the curve");
    assert_eq!(round(100.0 * thirteen.service_level, 1), 79.6);
    assert_eq!(s.agents_needed, 14);
    assert_eq!(round(100.0 * s.service_level, 1), 88.8);
    assert_eq!(round(s.answer_speed, 1), 7.8);
    assert_eq!(round(100.0 * s.occupancy, 1), 71.4);
    // 14 / (1 − 30 %) = 20 exactly: rounding must not make it 21.
    assert_eq!(s.agents_rostered, 20.0);
    // 200 × 8 × 30 = 48 000 contacts a month; 20 × 3 000 / 48 000 = 1.25.
    assert_eq!(s.monthly_contacts, 48_000.0);
    assert_eq!(cents(s.cost_per_contact), 1.25);
    let c = run(&erlang_example()).expect("within the model's bounds");
    assert_eq!(c.cost_per_contact, s.cost_per_contact);
    // The curve runs 11 … 19: as far past 14 as the search went past the traffic (4), and
    // at least 5 agents.
    let agents: Vec<u32> = s.curve.iter().map(|p| p.agents).collect();
    assert_eq!(agents, (11..=19).collect::<Vec<_>>());
    assert_eq!(s.curve[s.chosen].agents, 14);
    // Each point's cost: ⌈N/0.7⌉ × 3 000 / 48 000: 16 rostered for 11, 28 for 19.
    assert_eq!(cents(s.curve[0].cost_per_contact), 1.0);
    assert_eq!(cents(s.curve[8].cost_per_contact), 1.75);
}

#[test]
fn worked_example_blend_and_sla() {
    // 30 % of contacts answered in public: an answer costing 40 reaching 100 customers costs
    // 0.40 a contact. 2 contacts a period: 2 × (0.7 × 1.1111 + 0.3 × 0.40) = 1.7956; plus 3
    // other serving cost and an SLA missed 26 % of periods at 50 a miss (13).
    let i = CostInputs {
        public_share_pct: 30.0,
        answer_cost: 40.0,
        answer_reach: 100.0,
        contacts_per_customer: 2.0,
        other_serve_cost: 3.0,
        sla_miss_pct: 26.0,
        sla_penalty: 50.0,
        ..inputs()
    };
    let c = run(&i).expect("within the model's bounds");
    assert_eq!(c.public_cost_per_contact.map(cents), Some(0.4));
    assert_eq!(round(c.blended_cost_per_contact, 4), 0.8978);
    assert_eq!(cents(c.sla_cost), 13.0);
    assert_eq!(cents(c.serve_cost_derived), 17.80);
}

#[test]
fn value_at_stake_by_hand() {
    // Half of customers have a bad experience a year and 32 % of them leave: q_bad = 0.16.
    let i = CostInputs {
        bad_experience_pct: 50.0,
        ..inputs()
    };
    let c = run(&i).expect("within the model's bounds");
    assert_eq!(round(c.churn_bad, 12), 0.16);
    // In arrears: 100 × 0.8/0.3 = 266.67 today; 100 × 0.64/0.46 = 139.13 at r = 64 %.
    let stake = 100.0 * 0.8 / 0.3 - 100.0 * 0.64 / 0.46;
    assert_eq!(c.value_at_stake.map(cents), Some(cents(stake)));
    assert_eq!(c.value_at_stake.map(cents), Some(127.54));
    assert_eq!(c.value_at_stake_base.map(cents), Some(127_536.23));
    // Upfront: 100 × 1.1/0.3 − 100 × 1.1/0.46 = 366.67 − 239.13 = 127.54 as well.
    let p = economics(Timing::Upfront);
    let c = compute(&p, &validate(&i).expect("valid"), 1.0);
    assert_eq!(c.value_at_stake.map(cents), Some(127.54));
    // No bad experiences: nothing at stake.
    let c = run(&inputs()).expect("within the model's bounds");
    assert_eq!(c.churn_bad, 0.0);
    assert_eq!(c.value_at_stake, Some(0.0));
}

#[test]
fn value_at_stake_clamps_retention_at_zero() {
    // Every customer has a bad experience and every one leaves: q_bad = 1 > r = 0.8, so the
    // value falls to CLV at r = 0, which in arrears is 0: all 266.67 is at stake.
    let i = CostInputs {
        bad_experience_pct: 100.0,
        leave_after_bad_pct: 100.0,
        ..inputs()
    };
    let c = run(&i).expect("within the model's bounds");
    assert_eq!(c.churn_bad, 1.0);
    assert_eq!(c.value_at_stake.map(cents), Some(266.67));
    // Upfront the first payment stays: 366.67 − 100.
    let c = compute(
        &economics(Timing::Upfront),
        &validate(&i).expect("valid"),
        1.0,
    );
    assert_eq!(c.value_at_stake.map(cents), Some(266.67));
}
