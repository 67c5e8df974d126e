//! The acquisition funnel and the CAC it gives (formulas.md §7): leads → marketing-qualified
//! leads → sales leads → sales-qualified leads → customers, a period.

use super::CostParams;
use crate::model::clv::finite_ratio;

/// What the funnel wins and loses a period, and what it costs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Funnel {
    /// Counts at the five stages: leads, MQL, SL, SQL, customers (each the one before × its
    /// conversion rate).
    pub stages: [f64; 5],
    /// Customers won a period: leads·c₁·c₂·c₃·c₄ (the last stage).
    pub customers: f64,
    /// (marketing + sales spend) / customers won; `None` when none are won (or so few that
    /// the ratio overflows).
    pub cac: Option<f64>,
    /// Marketing spend / leads; `None` without leads.
    pub cost_per_lead: Option<f64>,
    /// Marketing spend / MQL; `None` without any.
    pub cost_per_mql: Option<f64>,
    /// (marketing + sales spend) / SQL; `None` without any.
    pub cost_per_sql: Option<f64>,
    /// Leads lost at each of the four steps: a stage less the next.
    pub lost: [f64; 4],
    /// Those losses as shares of all leads (fractions, c₁⋯cᵢ₋₁·(1 − cᵢ)); `None` without
    /// leads.
    pub lost_share: Option<[f64; 4]>,
    /// The share of leads that never buy, 1 − c₁c₂c₃c₄ (a fraction); `None` without leads.
    pub never_buy: Option<f64>,
}

/// Follows the leads down the funnel (formulas.md §7). Zero leads or a zero rate is valid:
/// nobody is won and there is no CAC.
pub(super) fn compute(c: &CostParams) -> Funnel {
    let mut stages = [c.leads; 5];
    let mut reached = [1.0; 5];
    for (i, rate) in c.conversions.iter().enumerate() {
        stages[i + 1] = stages[i] * rate;
        reached[i + 1] = reached[i] * rate;
    }
    let mut lost = [0.0; 4];
    let mut shares = [0.0; 4];
    for i in 0..4 {
        lost[i] = stages[i] - stages[i + 1];
        shares[i] = reached[i] * (1.0 - c.conversions[i]);
    }
    let spend = c.marketing_spend + c.sales_spend;
    let has_leads = c.leads > 0.0;
    Funnel {
        stages,
        customers: stages[4],
        cac: finite_ratio(spend, stages[4]),
        cost_per_lead: finite_ratio(c.marketing_spend, stages[0]),
        cost_per_mql: finite_ratio(c.marketing_spend, stages[1]),
        cost_per_sql: finite_ratio(spend, stages[3]),
        lost,
        lost_share: has_leads.then_some(shares),
        never_buy: has_leads.then_some(1.0 - reached[4]),
    }
}
