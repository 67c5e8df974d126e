//! The contact centre's cost per contact, two ways (formulas.md §7): the seed's, from an
//! assumed utilisation, and staffed to a service level with Erlang C.

use super::erlang::{sample, staff, Queue, Staffed, Wait};
use super::{CostParams, MAX_COST_PER_CONTACT, MAX_TRAFFIC};
use crate::model::clv::finite_ratio;
use crate::model::economics::Refusal;

/// How close to a whole number a roster may fall and still count as that number: rounding in
/// the last digits (14/0.7 is 20.000000000000004 in floating point), not a real fraction.
const ROSTER_TOLERANCE: f64 = 1e-9;

/// The seed's way: agents busy a share u of their hours.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UtilisationWay {
    /// 60·h·u / AHT in minutes.
    pub contacts_per_agent_day: f64,
    /// × D.
    pub contacts_per_agent_month: f64,
    /// W / contacts a month.
    pub cost_per_contact: f64,
}

/// Staffed to answer X % of contacts within T seconds (Erlang C).
#[derive(Clone, Debug, PartialEq)]
pub struct ServiceLevelWay {
    /// A = λ·AHT/3600, in Erlangs.
    pub traffic: f64,
    /// The smallest N > A whose service level reaches the target.
    pub agents_needed: u32,
    /// ⌈N/(1 − z)⌉, a whole number (a float: near 100 % shrinkage it may be huge).
    pub agents_rostered: f64,
    /// E_C(N, A): the chance a contact waits, with the agents needed.
    pub waits: f64,
    /// The service level reached with the agents needed, a fraction.
    pub service_level: f64,
    /// ASA: average speed of answer with the agents needed, seconds.
    pub answer_speed: f64,
    /// A/N: the share of the needed agents' time spent on contacts.
    pub occupancy: f64,
    /// λ·h·D: contacts a month.
    pub monthly_contacts: f64,
    /// Rostered agents × W / contacts a month.
    pub cost_per_contact: f64,
    /// The staffing curve from the first N above the traffic to comfortably past the agents
    /// needed (at most `MAX_CURVE` points, evenly spread).
    pub curve: Vec<StaffingPoint>,
    /// Where the agents needed are in `curve`.
    pub chosen: usize,
}

/// One staffing level on the curve.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StaffingPoint {
    /// N agents on the phones.
    pub agents: u32,
    /// The service level at N, a fraction.
    pub service_level: f64,
    /// ASA at N, seconds.
    pub answer_speed: f64,
    /// Cost per contact with N agents on the phones (⌈N/(1 − z)⌉ rostered).
    pub cost_per_contact: f64,
}

/// The seed's way (formulas.md §7). Refused ([`Refusal::IdleAgents`]) when an agent handles
/// no contacts, or so few that one costs more than [`MAX_COST_PER_CONTACT`].
pub(super) fn utilisation_way(c: &CostParams) -> Result<UtilisationWay, Refusal> {
    // 60·h·u/(AHT/60) with AHT in seconds.
    let contacts_per_agent_day = 3_600.0 * c.agent_hours * c.utilisation / c.aht_seconds;
    let contacts_per_agent_month = contacts_per_agent_day * c.agent_days;
    let cost_per_contact = contact_cost(c.agent_cost, contacts_per_agent_month)
        .filter(|_| contacts_per_agent_month.is_finite())
        .ok_or(Refusal::IdleAgents)?;
    Ok(UtilisationWay {
        contacts_per_agent_day,
        contacts_per_agent_month,
        cost_per_contact,
    })
}

/// Staffed to a service level (formulas.md §7), with the staffing curve.
pub(super) fn service_level_way(c: &CostParams) -> Result<ServiceLevelWay, Refusal> {
    let (q, monthly_contacts, staffed) = staffed(c)?;
    let Staffed { needed, waits } = staffed;
    let at = |w: &Wait| {
        let rostered = rostered(w.agents, c.shrinkage);
        (
            rostered,
            contact_cost(rostered * c.agent_cost, monthly_contacts),
        )
    };
    let first = q.first();
    let chosen = (needed - first) as usize;
    let (indices, chosen) = sample(waits.len(), chosen);
    let curve = indices
        .iter()
        .filter_map(|&i| waits.get(i))
        .map(|w| StaffingPoint {
            agents: w.agents,
            service_level: w.service_level,
            answer_speed: w.answer_speed,
            cost_per_contact: at(w).1.unwrap_or(0.0),
        })
        .collect();
    let wait = waits
        .get((needed - first) as usize)
        .ok_or(Refusal::TargetUnreachable)?;
    let (agents_rostered, cost) = at(wait);
    Ok(ServiceLevelWay {
        traffic: q.traffic,
        agents_needed: needed,
        agents_rostered,
        waits: wait.waits,
        service_level: wait.service_level,
        answer_speed: wait.answer_speed,
        occupancy: wait.occupancy,
        monthly_contacts,
        cost_per_contact: cost.ok_or(Refusal::NoContacts)?,
        curve,
        chosen,
    })
}

/// What [`service_level_way`] refuses, without building the curve.
pub(super) fn check_service_level(c: &CostParams) -> Result<(), Refusal> {
    staffed(c).map(|_| ())
}

/// The queue, contacts a month and the staffing, refused in this order: no contacts
/// ([`Refusal::NoContacts`]), traffic beyond [`MAX_TRAFFIC`] ([`Refusal::TooMuchTraffic`]),
/// 100 % shrinkage ([`Refusal::FullShrinkage`]), a target not reached
/// ([`Refusal::TargetUnreachable`]), and a contact that costs more than
/// [`MAX_COST_PER_CONTACT`] anywhere on the curve ([`Refusal::NoContacts`]).
fn staffed(c: &CostParams) -> Result<(Queue, f64, Staffed), Refusal> {
    let q = Queue {
        traffic: c.contacts_hour * c.aht_seconds / 3_600.0,
        aht: c.aht_seconds,
        within: c.sl_seconds,
    };
    let monthly_contacts = c.contacts_hour * c.agent_hours * c.agent_days;
    if !(q.traffic > 0.0 && monthly_contacts > 0.0) {
        return Err(Refusal::NoContacts);
    }
    if !(q.traffic <= MAX_TRAFFIC && monthly_contacts.is_finite()) {
        return Err(Refusal::TooMuchTraffic);
    }
    if c.shrinkage.is_nan() || c.shrinkage >= 1.0 {
        return Err(Refusal::FullShrinkage);
    }
    let staffed = staff(&q, c.sl_target).ok_or(Refusal::TargetUnreachable)?;
    // The cost rises with N: the curve's last point is its dearest.
    let most = staffed.waits.last().map_or(0, |w| w.agents);
    contact_cost(rostered(most, c.shrinkage) * c.agent_cost, monthly_contacts)
        .ok_or(Refusal::NoContacts)?;
    Ok((q, monthly_contacts, staffed))
}

/// ⌈N/(1 − z)⌉ (formulas.md §7), forgiving rounding in the last digits.
fn rostered(agents: u32, shrinkage: f64) -> f64 {
    let exact = f64::from(agents) / (1.0 - shrinkage);
    (exact * (1.0 - ROSTER_TOLERANCE)).ceil()
}

/// Cost / contacts while there are contacts and one costs at most [`MAX_COST_PER_CONTACT`].
fn contact_cost(cost: f64, contacts: f64) -> Option<f64> {
    finite_ratio(cost, contacts).filter(|&x| x <= MAX_COST_PER_CONTACT)
}
