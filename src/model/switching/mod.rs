//! Switching costs: what leaving costs a customer (formulas.md §3), the price premium that
//! buys, and what the barrier does to churn and lifetime value (§4).

mod barrier;
mod factors;

pub use barrier::{Barrier, Churn, CurvePoint, NoModel};
pub use factors::{Factor, Group, EMOTIONS, FACTORS, GROUPS};

use super::clv::finite_ratio;
use super::economics::{Params, Refusal};
use super::series::geometric_sum;

/// The largest count of hours or people a field accepts.
pub const MAX_COUNT: f64 = 1e6;
/// The largest competitor advantage μ, in percent of revenue.
pub const MAX_ADVANTAGE_PCT: f64 = 1_000.0;
/// The largest rise in switching cost a what-if asks about, in percent.
pub const MAX_CHANGE_PCT: f64 = 10_000.0;

/// Switching-cost inputs as the user states them: money per customer (once), percentages
/// as percent, emotional factors as ratings from 1 (none) to 7 (very strong).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SwitchingInputs {
    /// Points, volume discounts and perks the customer forfeits.
    pub benefit_loss: f64,
    /// Exit fees, unrecovered sunk investment, the new vendor's set-up charges.
    pub monetary_loss: f64,
    /// Chance of trouble with a new vendor, percent.
    pub risk_chance_pct: f64,
    /// What that trouble would cost.
    pub risk_loss: f64,
    pub evaluation_hours: f64,
    pub learning_people: f64,
    /// Hours each person needs to learn the new product.
    pub learning_hours: f64,
    /// The customer's cost of one staff hour, for evaluation and learning.
    pub hourly_cost: f64,
    /// Migration, integration and downtime.
    pub setup_cost: f64,
    /// Ratings 1–7 in [`EMOTIONS`] order.
    pub ratings: [f64; 5],
    /// What one rating point above 1 is worth, in percent of the customer's annual spend.
    pub point_value_pct: f64,
    /// H: the periods over which the customer weighs a cheaper competitor (whole, ≥ 1).
    pub decision_horizon: f64,
    /// q₀: churn per period that no barrier stops (moves, closures), percent.
    pub base_churn_pct: f64,
    /// μ: a competitor's typical advantage, percent of revenue (above 0).
    pub advantage_pct: f64,
    /// The change in switching cost a what-if asks about, percent (−100 removes it all).
    pub change_pct: f64,
    /// A competitor's price a period for the same offer; 0 when none is given.
    pub competitor_price: f64,
}

/// Validated switching inputs as fractions and whole periods.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SwitchingParams {
    pub benefit_loss: f64,
    pub monetary_loss: f64,
    /// As a fraction.
    pub risk_chance: f64,
    pub risk_loss: f64,
    pub evaluation_hours: f64,
    pub learning_people: f64,
    pub learning_hours: f64,
    pub hourly_cost: f64,
    pub setup_cost: f64,
    pub ratings: [f64; 5],
    /// Fraction of annual spend per rating point.
    pub point_value: f64,
    pub decision_horizon: u32,
    /// q₀ as a fraction.
    pub base_churn: f64,
    /// μ as a fraction of revenue.
    pub advantage: f64,
    /// The what-if change as a fraction (−1 … 100).
    pub change: f64,
    /// A competitor's price a period, if one is given.
    pub competitor_price: Option<f64>,
}

/// Converts the switching inputs, each within its bounds (the field registry checks them
/// first), and checks them against the validated economics `p`: a what-if that drives
/// churn to 0 with no horizon and no discounting has no finite lifetime value.
pub fn validate(s: &SwitchingInputs, p: &Params) -> Result<SwitchingParams, Refusal> {
    let params = SwitchingParams {
        benefit_loss: s.benefit_loss,
        monetary_loss: s.monetary_loss,
        risk_chance: s.risk_chance_pct / 100.0,
        risk_loss: s.risk_loss,
        evaluation_hours: s.evaluation_hours,
        learning_people: s.learning_people,
        learning_hours: s.learning_hours,
        hourly_cost: s.hourly_cost,
        setup_cost: s.setup_cost,
        ratings: s.ratings,
        point_value: s.point_value_pct / 100.0,
        decision_horizon: s.decision_horizon as u32,
        base_churn: s.base_churn_pct / 100.0,
        advantage: s.advantage_pct / 100.0,
        change: s.change_pct / 100.0,
        competitor_price: (s.competitor_price > 0.0).then_some(s.competitor_price),
    };
    let total = factors::values(p, &params).iter().sum();
    if let Ok(model) = Barrier::calibrate(p, &params, total) {
        let asked = model.params_at(p, model.asked_cost(&params));
        if barrier::finite_value(&asked).is_none() {
            return Err(Refusal::ChurnVanishes);
        }
    }
    Ok(params)
}

/// A(H,d) = Σ_{t=1}^{H} (1+d)⁻ᵗ: today's value of one payment a period for H periods.
pub fn annuity(p: &Params, horizon: u32) -> f64 {
    let v = 1.0 / (1.0 + p.discount);
    v * geometric_sum(v, f64::from(horizon))
}

/// Everything §3 and §4 derive from one set of inputs.
#[derive(Clone, Debug, PartialEq)]
pub struct Switching {
    /// Money value of each factor, in [`FACTORS`] order.
    pub factors: [f64; 11],
    /// Subtotals in [`GROUPS`] order.
    pub groups: [f64; 3],
    /// SC: total switching cost per customer.
    pub total: f64,
    /// Money value of one emotional rating point.
    pub point_value: f64,
    /// SC / R: switching cost in periods of spend; `None` without revenue.
    pub in_periods: Option<f64>,
    /// A(H,d).
    pub annuity: f64,
    /// SC / A(H,d): the largest premium per period the customer rationally accepts.
    pub premium: f64,
    /// The premium as a fraction of revenue; `None` without revenue.
    pub premium_share: Option<f64>,
    /// SC·(1 + change): the switching cost the what-if asks about.
    pub cost_whatif: f64,
    /// SC·(1 + change) / A(H,d): the premium at the what-if switching cost.
    pub premium_whatif: f64,
    /// The price this customer accepts against a competitor's, when one is given.
    pub table: Option<Table>,
    /// The barrier → churn model, or why there is none.
    pub churn: Result<Churn, NoModel>,
}

impl Switching {
    /// The money value of one factor.
    pub fn factor(&self, factor: Factor) -> f64 {
        FACTORS
            .iter()
            .position(|f| *f == factor)
            .map_or(0.0, |i| self.factors[i])
    }

    /// The subtotal of one group.
    pub fn group(&self, group: Group) -> f64 {
        GROUPS
            .iter()
            .position(|g| *g == group)
            .map_or(0.0, |i| self.groups[i])
    }
}

/// At the table (formulas.md §3): the highest price a period this customer rationally pays
/// us against a competitor's price, today and at the what-if switching cost.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Table {
    pub competitor: f64,
    /// Competitor's price + premium.
    pub max_price: f64,
    /// Competitor's price + the what-if premium.
    pub max_price_whatif: f64,
    /// Highest price − today's revenue: room left above today's price (negative when today's
    /// price is already above what the customer rationally accepts).
    pub headroom: f64,
}

impl Table {
    fn at(competitor: f64, premium: f64, premium_whatif: f64, revenue: f64) -> Table {
        let max_price = competitor + premium;
        Table {
            competitor,
            max_price,
            max_price_whatif: competitor + premium_whatif,
            headroom: max_price - revenue,
        }
    }

    /// Whether today's price lies within what the customer rationally accepts.
    pub fn inside(&self) -> bool {
        self.headroom >= 0.0
    }
}

/// Computes §3 and §4 for validated inputs. Every number it returns is finite.
pub fn compute(p: &Params, s: &SwitchingParams) -> Switching {
    let factors = factors::values(p, s);
    let total = factors.iter().sum();
    let annuity = annuity(p, s.decision_horizon);
    let premium = total / annuity;
    let cost_whatif = total * (1.0 + s.change);
    let premium_whatif = cost_whatif / annuity;
    Switching {
        groups: factors::groups(&factors),
        factors,
        total,
        point_value: factors::point_value(p, s),
        in_periods: finite_ratio(total, p.revenue),
        annuity,
        premium,
        premium_share: finite_ratio(premium, p.revenue),
        cost_whatif,
        premium_whatif,
        table: s
            .competitor_price
            .map(|c| Table::at(c, premium, premium_whatif, p.revenue)),
        churn: Barrier::calibrate(p, s, total).map(|model| barrier::churn(p, s, model)),
    }
}

#[cfg(test)]
mod tests;
