//! Where CAC and the cost to serve come from, against hand-computed figures (formulas.md §7).
//! Compiled for tests only: `#[cfg(test)] mod tests;` in `costs.rs`.

use super::*;
use crate::model::{validate as validate_economics, Economics, Period, Timing};

/// The worked examples of formulas.md §7 in one set of inputs: the §3a funnel (2 000 leads,
/// 25/40/50/20 %, 30 000 + 24 000), the seed's centre (W 3 000, h 8, u 75 %, D 30, AHT
/// 240 s) and the Erlang C queue (λ 200, 80 % within 20 s, 30 % shrinkage; its AHT of 180 s
/// is set where it is tested). No public channel, no SLA, one contact a period.
fn inputs() -> CostInputs {
    CostInputs {
        leads: 2_000.0,
        to_mql_pct: 25.0,
        to_sl_pct: 40.0,
        to_sql_pct: 50.0,
        to_customer_pct: 20.0,
        marketing_spend: 30_000.0,
        sales_spend: 24_000.0,
        staffing: Staffing::Utilisation,
        agent_cost: 3_000.0,
        agent_hours: 8.0,
        agent_days: 30.0,
        utilisation_pct: 75.0,
        aht_seconds: 240.0,
        contacts_hour: 200.0,
        sl_target_pct: 80.0,
        sl_seconds: 20.0,
        shrinkage_pct: 30.0,
        public_share_pct: 0.0,
        answer_cost: 0.0,
        answer_reach: 0.0,
        contacts_per_customer: 1.0,
        other_serve_cost: 0.0,
        bad_experience_pct: 0.0,
        leave_after_bad_pct: DEFAULT_LEAVE_AFTER_BAD_PCT,
        sla_miss_pct: 0.0,
        sla_penalty: 0.0,
    }
}

/// The §3b queue: λ = 200 an hour at 180 s, staffed to a service level.
fn erlang_example() -> CostInputs {
    CostInputs {
        staffing: Staffing::ServiceLevel,
        aht_seconds: 180.0,
        ..inputs()
    }
}

/// formulas.md §2's worked example, yearly: π = 100, r = 80 %, dₐ = 10 %, no horizon.
fn economics(timing: Timing) -> Params {
    let e = Economics {
        period: Period::Year,
        timing,
        revenue: 250.0,
        margin_pct: 40.0,
        serve_cost: 0.0,
        retention_pct: 80.0,
        discount_pct: 10.0,
        cac: 0.0,
        horizon: 0.0,
    };
    validate_economics(&e).expect("the worked example's economics are valid")
}

/// Validates and computes with the §2 economics in arrears and a base of 1 000.
fn run(i: &CostInputs) -> Result<Costs, Refusal> {
    let c = validate(i)?;
    Ok(compute(&economics(Timing::Arrears), &c, 1_000.0))
}

/// The service-level way of accepted inputs.
fn service_level(i: &CostInputs) -> ServiceLevelWay {
    let costs = run(i).expect("within the model's bounds");
    costs
        .service_level_way
        .expect("a service level the search reaches")
}

fn round(x: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    (x * scale).round() / scale
}

fn cents(x: f64) -> f64 {
    round(x, 2)
}

/// Every number in `c` is finite, the curve is in order with the chosen N on it.
fn assert_finite(c: &Costs, context: &str) {
    let f = &c.funnel;
    let mut xs: Vec<f64> = f.stages.iter().chain(&f.lost).copied().collect();
    xs.extend([f.customers]);
    xs.extend(
        [
            f.cac,
            f.cost_per_lead,
            f.cost_per_mql,
            f.cost_per_sql,
            f.never_buy,
        ]
        .iter()
        .flatten(),
    );
    xs.extend(f.lost_share.iter().flatten());
    xs.extend([
        c.cost_per_contact,
        c.blended_cost_per_contact,
        c.sla_cost,
        c.serve_cost_derived,
        c.churn_bad,
    ]);
    xs.extend(
        [
            c.public_cost_per_contact,
            c.value_at_stake,
            c.value_at_stake_base,
        ]
        .iter()
        .flatten(),
    );
    if let Ok(u) = &c.utilisation_way {
        xs.extend([
            u.contacts_per_agent_day,
            u.contacts_per_agent_month,
            u.cost_per_contact,
        ]);
    }
    if let Ok(s) = &c.service_level_way {
        xs.extend([
            s.traffic,
            s.agents_rostered,
            s.service_level,
            s.answer_speed,
            s.occupancy,
            s.monthly_contacts,
            s.cost_per_contact,
        ]);
        for p in &s.curve {
            xs.extend([p.service_level, p.answer_speed, p.cost_per_contact]);
        }
        assert!(
            !s.curve.is_empty() && s.curve.len() <= MAX_CURVE,
            "{context}"
        );
        assert!(
            s.curve.windows(2).all(|w| w[0].agents < w[1].agents),
            "{context}"
        );
        let chosen = s.curve.get(s.chosen).map(|p| p.agents);
        assert_eq!(chosen, Some(s.agents_needed), "{context}");
        assert!(f64::from(s.curve[0].agents) > s.traffic, "{context}");
        assert!(s.agents_rostered >= f64::from(s.agents_needed), "{context}");
    }
    for (i, x) in xs.iter().enumerate() {
        assert!(x.is_finite(), "{context}: figure {i} is {x}: {c:?}");
    }
}

mod edges;
mod erlang;
mod grid;
mod worked;
