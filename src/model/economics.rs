//! Customer economics as entered, and their validation (formulas.md §1).

use serde::{Deserialize, Serialize};

/// The length of one period; every per-period input and output uses it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    Month,
    Year,
}

impl Period {
    /// k in formulas.md §1: periods in a year.
    pub fn per_year(self) -> u32 {
        match self {
            Period::Month => 12,
            Period::Year => 1,
        }
    }
}

/// When a customer's contribution is collected (formulas.md §2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Timing {
    /// First contribution at acquisition, t = 0.
    Upfront,
    /// First contribution one period later, only if the customer is retained.
    Arrears,
}

impl Timing {
    /// The time of the first payment: 0 upfront, 1 in arrears (§2).
    pub fn first_payment(self) -> u32 {
        match self {
            Timing::Upfront => 0,
            Timing::Arrears => 1,
        }
    }
}

/// Customer economics as the user states them: percentages as percent, money per period.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Economics {
    pub period: Period,
    pub timing: Timing,
    /// R: revenue per customer per period.
    pub revenue: f64,
    /// g as a percentage, 0–100.
    pub margin_pct: f64,
    /// c: cost of serving and retaining one customer for one period.
    pub serve_cost: f64,
    /// r as a percentage per period, 0–100.
    pub retention_pct: f64,
    /// dₐ: annual discount rate as a percentage.
    pub discount_pct: f64,
    /// CAC: cost to acquire one customer.
    pub cac: f64,
    /// N in periods; 0 means no horizon.
    pub horizon: f64,
}

/// Why the model refuses inputs that are each within their bounds (the field registry,
/// `state::fields`, checks those): a combination whose value has no limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// 100 % retention with no discounting and no horizon: lifetime value is unbounded.
    Unbounded,
    /// The switching cost asked about drives modelled churn to 0 with no discounting and no
    /// horizon: lifetime value has no limit.
    ChurnVanishes,
    /// Retention plus the programme's lift passes 100 % (formulas.md §6).
    ProgrammeBeyondFull,
    /// Annual retention plus the uplift tested passes 100 % (formulas.md §6).
    UpliftBeyondFull,
    /// Shown beside utilisation. Staffed by utilisation, an agent handles no contacts (0 %
    /// utilisation), or so few that one would cost more than the largest money amount
    /// (formulas.md §7).
    IdleAgents,
    /// Shown beside contacts an hour. Staffed to a service level, the centre has no contacts
    /// to answer (0 an hour), or so few that one would cost more than the largest money
    /// amount (formulas.md §7).
    NoContacts,
    /// Shown beside contacts an hour. The traffic, contacts an hour × handling time, passes
    /// the most the staffing search takes (`costs::MAX_TRAFFIC` Erlangs; formulas.md §7).
    TooMuchTraffic,
    /// Shown beside shrinkage. Staffed to a service level with 100 % shrinkage: nobody
    /// rostered is ever on the phones (formulas.md §7).
    FullShrinkage,
    /// Shown beside the service-level target. A target of 100 %, which no staffing reaches
    /// while contacts arrive at random, or one the search does not reach within its bound
    /// (formulas.md §7).
    TargetUnreachable,
    /// Shown beside the customers an answer reaches. Part of the contacts go to the public
    /// channel but an answer there reaches nobody (0 customers), or so few that one would
    /// cost more than the largest money amount (formulas.md §7).
    NoReach,
    /// Shown beside the baseline loyalty. 100 % loyalty with no discounting: the chain of
    /// replacement sales never ends, so a customer who has just bought a unit has no finite
    /// value (formulas.md §8).
    ChainNeverEnds,
    /// Shown beside the trade-in credit. A credit above the new unit's price (formulas.md §8).
    CreditAbovePrice,
    /// Shown beside the useful life. A life under one whole year (formulas.md §8).
    NoUsefulLife,
}

/// The largest money amount any field accepts; keeps every output finite.
pub const MAX_MONEY: f64 = 1e12;
/// The longest horizon, in periods.
pub const MAX_HORIZON: f64 = 10_000.0;
/// The highest annual discount rate, in percent.
pub const MAX_DISCOUNT_PCT: f64 = 1_000.0;

/// Validated inputs in the form the formulas use (fractions, per-period rates).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    pub period: Period,
    pub timing: Timing,
    pub revenue: f64,
    /// g as a fraction.
    pub margin: f64,
    pub serve_cost: f64,
    /// r as a fraction.
    pub retention: f64,
    /// dₐ as a fraction.
    pub discount_annual: f64,
    /// d = (1+dₐ)^(1/k) − 1 (formulas.md §1).
    pub discount: f64,
    pub cac: f64,
    /// N; `None` for no horizon.
    pub horizon: Option<u32>,
}

/// Converts the inputs to the form the formulas use and checks what involves several of
/// them. Each input must be within its bounds (finite, and inside the limits above), which
/// the field registry checks first; within them every output is finite.
pub fn validate(e: &Economics) -> Result<Params, Refusal> {
    let retention = e.retention_pct / 100.0;
    let discount_annual = e.discount_pct / 100.0;
    // d = (1+dₐ)^(1/k) − 1 (formulas.md §1), through ln_1p/exp_m1 so small rates keep their
    // digits.
    let discount = (discount_annual.ln_1p() / f64::from(e.period.per_year())).exp_m1();
    let horizon = (e.horizon >= 1.0).then_some(e.horizon as u32);
    // Without a horizon the sums converge only while 1 + d − r > 0 (in floating point too:
    // a rate so small that 1 + d rounds to 1 counts as none).
    if horizon.is_none() && 1.0 + discount - retention <= 0.0 {
        return Err(Refusal::Unbounded);
    }
    Ok(Params {
        period: e.period,
        timing: e.timing,
        revenue: e.revenue,
        margin: e.margin_pct / 100.0,
        serve_cost: e.serve_cost,
        retention,
        discount_annual,
        discount,
        cac: e.cac,
        horizon,
    })
}
