//! The readings of "Where the costs come from" (formulas.md §7). A contact-centre figure of
//! the staffing way not chosen is absent.

use super::{or_word, Metric, Reading};
use crate::model::costs::Staffing;
use crate::state::results::Results;

/// The metric for these results, for the metrics of this section.
pub(super) fn read(metric: Metric, r: &Results) -> Option<Reading> {
    let c = &r.costs;
    let f = &c.funnel;
    let number = |x: f64| Some(Reading::Number(x));
    let staffing = r.valid.costs.staffing;
    let utilisation = c
        .utilisation_way
        .as_ref()
        .ok()
        .filter(|_| staffing == Staffing::Utilisation);
    let level = c
        .service_level_way
        .as_ref()
        .ok()
        .filter(|_| staffing == Staffing::ServiceLevel);
    match metric {
        Metric::FunnelCustomers => number(f.customers),
        Metric::FunnelCac => Some(or_word(f.cac, "none")),
        Metric::CostPerLead => Some(or_word(f.cost_per_lead, "none")),
        Metric::CostPerMql => Some(or_word(f.cost_per_mql, "none")),
        Metric::CostPerSql => Some(or_word(f.cost_per_sql, "none")),
        Metric::LeadsNeverBuy => Some(or_word(f.never_buy, "none")),
        Metric::ContactsPerAgentDay => utilisation.and_then(|u| number(u.contacts_per_agent_day)),
        Metric::ContactsPerAgentMonth => {
            utilisation.and_then(|u| number(u.contacts_per_agent_month))
        }
        Metric::CostPerContact => number(c.cost_per_contact),
        Metric::AgentsNeeded => level.and_then(|l| number(f64::from(l.agents_needed))),
        Metric::AgentsRostered => level.and_then(|l| number(l.agents_rostered)),
        Metric::ServiceLevel => level.and_then(|l| number(l.service_level)),
        Metric::AnswerSpeed => level.and_then(|l| number(l.answer_speed)),
        Metric::Occupancy => level.and_then(|l| number(l.occupancy)),
        Metric::PublicCostPerContact => Some(or_word(c.public_cost_per_contact, "none")),
        Metric::BlendedCostPerContact => number(c.blended_cost_per_contact),
        Metric::ServeCostDerived => number(c.serve_cost_derived),
        Metric::ChurnBad => number(c.churn_bad),
        Metric::ValueAtStake => c.value_at_stake.map(Reading::Number),
        Metric::ValueAtStakeBase => c.value_at_stake_base.map(Reading::Number),
        Metric::SlaCost => number(c.sla_cost),
        _ => None,
    }
}
