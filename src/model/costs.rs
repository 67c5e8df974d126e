//! Where CAC and the cost to serve come from (formulas.md §7): the acquisition funnel that
//! yields CAC, a contact centre staffed by assumed utilisation or to a service level, the
//! public channel and the blend that yield the cost to serve, and what bad service costs.

mod centre;
mod erlang;
mod funnel;

pub use centre::{ServiceLevelWay, StaffingPoint, UtilisationWay};
pub use erlang::MAX_CURVE;
pub use funnel::Funnel;

use super::clv::{self, finite_ratio};
use super::economics::{Params, Refusal, MAX_MONEY};
use serde::{Deserialize, Serialize};

/// The most leads a period a field accepts.
pub const MAX_LEADS: f64 = 1e9;
/// The most hours a day an agent works.
pub const MAX_AGENT_HOURS: f64 = 24.0;
/// The most days a month an agent works.
pub const MAX_AGENT_DAYS: f64 = 31.0;
/// The shortest handling time, in seconds.
pub const MIN_AHT_SECONDS: f64 = 1.0;
/// The longest handling time, in seconds (an hour).
pub const MAX_AHT_SECONDS: f64 = 3_600.0;
/// The most contacts an hour a centre takes.
pub const MAX_CONTACTS_HOUR: f64 = 20_000.0;
/// The most traffic, in Erlangs, the staffing search takes: the most contacts an hour at the
/// longest handling time, so no input within the field bounds passes it.
pub const MAX_TRAFFIC: f64 = MAX_CONTACTS_HOUR * MAX_AHT_SECONDS / 3_600.0;
/// The longest answer time a service-level target names, in seconds.
pub const MAX_SL_SECONDS: f64 = 3_600.0;
/// The most customers one public answer reaches.
pub const MAX_REACH: f64 = 1e9;
/// The most contacts per customer a period.
pub const MAX_CONTACTS_PER_CUSTOMER: f64 = 1e6;
/// The dearest contact either channel may cost; beyond it the inputs are refused, which keeps
/// the cost to serve finite.
pub const MAX_COST_PER_CONTACT: f64 = MAX_MONEY;
/// The share of customers who leave after one bad experience, in percent (PwC 2018).
pub const DEFAULT_LEAVE_AFTER_BAD_PCT: f64 = 32.0;

/// How the contact centre is staffed (formulas.md §7).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Staffing {
    /// The seed's way: agents busy a stated share of their hours.
    Utilisation,
    /// Enough agents to answer a stated share of contacts within a stated time (Erlang C).
    ServiceLevel,
}

/// The funnel, the contact centre, the public channel and service quality as the user states
/// them: percentages as percent, money and counts per period of the economics unless stated.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CostInputs {
    /// Leads a period.
    pub leads: f64,
    /// Lead → marketing-qualified lead, percent.
    pub to_mql_pct: f64,
    /// Marketing-qualified → sales lead, percent.
    pub to_sl_pct: f64,
    /// Sales lead → sales-qualified lead, percent.
    pub to_sql_pct: f64,
    /// Sales-qualified lead → customer, percent.
    pub to_customer_pct: f64,
    /// Marketing spend a period.
    pub marketing_spend: f64,
    /// Sales spend a period.
    pub sales_spend: f64,
    pub staffing: Staffing,
    /// W: what an agent costs a month (always a month, whatever the period).
    pub agent_cost: f64,
    /// h: hours an agent works a day.
    pub agent_hours: f64,
    /// D: days an agent works a month.
    pub agent_days: f64,
    /// u: the share of an agent's hours spent handling contacts, percent (utilisation way).
    pub utilisation_pct: f64,
    /// AHT: average handling time of a contact, seconds.
    pub aht_seconds: f64,
    /// λ: contacts an hour (service-level way).
    pub contacts_hour: f64,
    /// X: the share of contacts to answer within the target time, percent.
    pub sl_target_pct: f64,
    /// T: the target answer time, seconds.
    pub sl_seconds: f64,
    /// z: the share of paid hours agents are not available (breaks, training, absence),
    /// percent.
    pub shrinkage_pct: f64,
    /// The share of contacts answered in the public channel, percent.
    pub public_share_pct: f64,
    /// What one public answer costs.
    pub answer_cost: f64,
    /// Customers one public answer serves.
    pub answer_reach: f64,
    /// Contacts per customer a period.
    pub contacts_per_customer: f64,
    /// Other serving cost per customer a period (account management, loyalty).
    pub other_serve_cost: f64,
    /// Chance a customer has a bad experience in a period, percent.
    pub bad_experience_pct: f64,
    /// Share of customers who leave after one bad experience, percent (default
    /// [`DEFAULT_LEAVE_AFTER_BAD_PCT`]).
    pub leave_after_bad_pct: f64,
    /// Chance an SLA is missed in a period, percent.
    pub sla_miss_pct: f64,
    /// Penalty per customer for each missed SLA.
    pub sla_penalty: f64,
}

/// Validated inputs as fractions; money, counts and times as entered.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CostParams {
    pub leads: f64,
    /// c₁…c₄ as fractions: lead → MQL → SL → SQL → customer.
    pub conversions: [f64; 4],
    pub marketing_spend: f64,
    pub sales_spend: f64,
    pub staffing: Staffing,
    pub agent_cost: f64,
    pub agent_hours: f64,
    pub agent_days: f64,
    /// u as a fraction.
    pub utilisation: f64,
    pub aht_seconds: f64,
    pub contacts_hour: f64,
    /// X as a fraction.
    pub sl_target: f64,
    pub sl_seconds: f64,
    /// z as a fraction.
    pub shrinkage: f64,
    /// The public channel's share of contacts, a fraction.
    pub public_share: f64,
    pub answer_cost: f64,
    pub answer_reach: f64,
    pub contacts_per_customer: f64,
    pub other_serve_cost: f64,
    /// P(bad experience) a period, a fraction.
    pub bad_experience: f64,
    /// Share who leave after one, a fraction.
    pub leave_after_bad: f64,
    /// P(SLA missed) a period, a fraction.
    pub sla_miss: f64,
    pub sla_penalty: f64,
}

/// Everything §7 derives from the inputs, the economics in use and today's base.
#[derive(Clone, Debug, PartialEq)]
pub struct Costs {
    /// The funnel and the CAC it gives.
    pub funnel: Funnel,
    /// The centre staffed by utilisation, or why it cannot be.
    pub utilisation_way: Result<UtilisationWay, Refusal>,
    /// The centre staffed to the service level, or why it cannot be.
    pub service_level_way: Result<ServiceLevelWay, Refusal>,
    /// The chosen way's cost of a contact-centre contact. (0 only for parameters that
    /// [`validate`] refused, whose chosen way is an `Err` above.)
    pub cost_per_contact: f64,
    /// The public channel's cost per contact: answer cost / customers reached; `None` when
    /// an answer reaches nobody, or so few that a contact costs more than
    /// [`MAX_COST_PER_CONTACT`].
    pub public_cost_per_contact: Option<f64>,
    /// (1 − share)·contact centre + share·public channel.
    pub blended_cost_per_contact: f64,
    /// P(SLA missed)·penalty: expected penalty per customer a period.
    pub sla_cost: f64,
    /// c = contacts per customer × blended cost + other serving cost + SLA cost, a period.
    pub serve_cost_derived: f64,
    /// q_bad = P(bad experience)·share who leave: extra churn a period, a fraction.
    pub churn_bad: f64,
    /// max(r − q_bad, 0): retention a period with that extra churn.
    pub retention_bad: f64,
    /// CLV(r) − CLV(max(r − q_bad, 0)) per customer with the economics in use; `None` only
    /// when their lifetime value has no limit, which validating the economics refuses.
    pub value_at_stake: Option<f64>,
    /// `value_at_stake` × today's base B₀.
    pub value_at_stake_base: Option<f64>,
}

/// Converts the inputs, each within its field bounds (see the `MAX_…` constants and
/// formulas.md §7), and refuses what leaves the chosen contact-centre way or the blend
/// without a cost per contact. The way not chosen may lack one: [`compute`] then says why.
pub fn validate(i: &CostInputs) -> Result<CostParams, Refusal> {
    let c = CostParams {
        leads: i.leads,
        conversions: [
            i.to_mql_pct / 100.0,
            i.to_sl_pct / 100.0,
            i.to_sql_pct / 100.0,
            i.to_customer_pct / 100.0,
        ],
        marketing_spend: i.marketing_spend,
        sales_spend: i.sales_spend,
        staffing: i.staffing,
        agent_cost: i.agent_cost,
        agent_hours: i.agent_hours,
        agent_days: i.agent_days,
        utilisation: i.utilisation_pct / 100.0,
        aht_seconds: i.aht_seconds,
        contacts_hour: i.contacts_hour,
        sl_target: i.sl_target_pct / 100.0,
        sl_seconds: i.sl_seconds,
        shrinkage: i.shrinkage_pct / 100.0,
        public_share: i.public_share_pct / 100.0,
        answer_cost: i.answer_cost,
        answer_reach: i.answer_reach,
        contacts_per_customer: i.contacts_per_customer,
        other_serve_cost: i.other_serve_cost,
        bad_experience: i.bad_experience_pct / 100.0,
        leave_after_bad: i.leave_after_bad_pct / 100.0,
        sla_miss: i.sla_miss_pct / 100.0,
        sla_penalty: i.sla_penalty,
    };
    match c.staffing {
        Staffing::Utilisation => centre::utilisation_way(&c).map(|_| ())?,
        Staffing::ServiceLevel => centre::check_service_level(&c)?,
    }
    if c.public_share > 0.0 && public_cost(&c).is_none() {
        return Err(Refusal::NoReach);
    }
    Ok(c)
}

/// Computes §7 for validated inputs `c`, the economics in use `p` (their retention may be
/// the barrier model's) and today's base `base` (B₀ > 0). Every number it returns is finite.
pub fn compute(p: &Params, c: &CostParams, base: f64) -> Costs {
    let utilisation = centre::utilisation_way(c);
    let service_level = centre::service_level_way(c);
    let cost_per_contact = match c.staffing {
        Staffing::Utilisation => utilisation.as_ref().map(|w| w.cost_per_contact),
        Staffing::ServiceLevel => service_level.as_ref().map(|w| w.cost_per_contact),
    }
    .unwrap_or(0.0);
    // Blend (formulas.md §7): a public share with no public cost was refused by `validate`.
    let public_cost_per_contact = public_cost(c);
    let public = public_cost_per_contact.unwrap_or(0.0);
    let blended_cost_per_contact =
        (1.0 - c.public_share) * cost_per_contact + c.public_share * public;
    let sla_cost = c.sla_miss * c.sla_penalty;
    let serve_cost_derived =
        c.contacts_per_customer * blended_cost_per_contact + c.other_serve_cost + sla_cost;
    // Quality: extra churn from bad experiences, and the lifetime value it costs.
    let churn_bad = c.bad_experience * c.leave_after_bad;
    let retention_bad = (p.retention - churn_bad).max(0.0);
    let value_at_stake = value_at_stake(p, retention_bad);
    Costs {
        funnel: funnel::compute(c),
        utilisation_way: utilisation,
        service_level_way: service_level,
        cost_per_contact,
        public_cost_per_contact,
        blended_cost_per_contact,
        sla_cost,
        serve_cost_derived,
        churn_bad,
        retention_bad,
        value_at_stake,
        value_at_stake_base: value_at_stake.map(|v| v * base),
    }
}

/// Answer cost / customers reached (formulas.md §7), while a contact costs no more than
/// [`MAX_COST_PER_CONTACT`].
fn public_cost(c: &CostParams) -> Option<f64> {
    finite_ratio(c.answer_cost, c.answer_reach).filter(|&x| x <= MAX_COST_PER_CONTACT)
}

/// CLV(r) − CLV(max(r − q_bad, 0)) (formulas.md §7), with the timing, horizon and discount of
/// `p`. A lower retention never makes a finite lifetime value infinite, so the difference is
/// finite whenever today's value is; adding 0 turns a −0 into 0.
fn value_at_stake(p: &Params, retention_bad: f64) -> Option<f64> {
    let worse = Params {
        retention: retention_bad,
        ..*p
    };
    let stake = clv::value(p) - clv::value(&worse) + 0.0;
    stake.is_finite().then_some(stake)
}

#[cfg(test)]
mod tests;
