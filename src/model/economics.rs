//! Customer economics as entered, and their validation (domain.md §1).

use serde::{Deserialize, Serialize};
use std::fmt;

/// The length of one period; every per-period input and output uses it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    Month,
    Year,
}

impl Period {
    /// k in domain.md §1: periods in a year.
    pub fn per_year(self) -> u32 {
        match self {
            Period::Month => 12,
            Period::Year => 1,
        }
    }
}

/// When a customer's contribution is collected (domain.md §2).
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

/// An input the model checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Revenue,
    Margin,
    ServeCost,
    Retention,
    Discount,
    Cac,
    Horizon,
    // Switching costs (domain.md §4).
    BenefitLoss,
    MonetaryLoss,
    RiskChance,
    RiskLoss,
    EvaluationHours,
    LearningPeople,
    LearningHours,
    HourlyCost,
    SetupCost,
    PersonalRelationship,
    BrandRelationship,
    FunctionRisk,
    SelfImageRisk,
    SocialImageRisk,
    PointValue,
    DecisionHorizon,
    BaseChurn,
    Advantage,
    CostChange,
}

/// Why an input was refused.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InputError {
    /// NaN or infinite.
    NotFinite,
    Negative,
    /// Above the largest value the field accepts (shown in the field's unit).
    TooLarge {
        max: f64,
    },
    /// A horizon must be a whole number of periods.
    NotWhole,
    /// 100 % retention with no discounting and no horizon: lifetime value is unbounded.
    Unbounded,
    /// Below the smallest value the field accepts.
    TooSmall {
        min: f64,
    },
    /// Must be above zero.
    NotPositive,
    /// The switching cost asked about drives modelled churn to 0 with no discounting and no
    /// horizon: lifetime value has no limit.
    ChurnVanishes,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::NotFinite => f.write_str("Enter a number."),
            InputError::Negative => f.write_str("Must be 0 or more."),
            InputError::TooLarge { max } => write!(f, "Must be at most {max}."),
            InputError::NotWhole => f.write_str("Enter a whole number of periods."),
            InputError::Unbounded => f.write_str(
                "With 100 % retention, no discounting and no horizon, lifetime value has no \
                 limit. Set a horizon, a discount rate above 0, or retention below 100 %.",
            ),
            InputError::TooSmall { min } => write!(f, "Must be at least {min}."),
            InputError::NotPositive => f.write_str("Must be above 0."),
            InputError::ChurnVanishes => f.write_str(
                "At this switching cost modelled churn is 0 %, and with no discounting and no \
                 horizon lifetime value has no limit. Set a horizon or a discount rate above 0.",
            ),
        }
    }
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
    /// d = (1+dₐ)^(1/k) − 1 (domain.md §1).
    pub discount: f64,
    pub cac: f64,
    /// N; `None` for no horizon.
    pub horizon: Option<u32>,
}

/// `value` if it is a number in `min..=max`, else why not (a floor of 0 reads "negative").
pub(super) fn check(value: f64, min: f64, max: f64) -> Result<f64, InputError> {
    if !value.is_finite() {
        Err(InputError::NotFinite)
    } else if value < min {
        Err(match min {
            0.0 => InputError::Negative,
            _ => InputError::TooSmall { min },
        })
    } else if value > max {
        Err(InputError::TooLarge { max })
    } else {
        Ok(value)
    }
}

/// Checks every input; returns all the errors, each with its field.
pub fn validate(e: &Economics) -> Result<Params, Vec<(Field, InputError)>> {
    let mut errors = Vec::new();
    let mut field = |field: Field, value: f64, max: f64| {
        check(value, 0.0, max).unwrap_or_else(|err| {
            errors.push((field, err));
            0.0
        })
    };
    let revenue = field(Field::Revenue, e.revenue, MAX_MONEY);
    let margin = field(Field::Margin, e.margin_pct, 100.0) / 100.0;
    let serve_cost = field(Field::ServeCost, e.serve_cost, MAX_MONEY);
    let retention = field(Field::Retention, e.retention_pct, 100.0) / 100.0;
    let discount_annual = field(Field::Discount, e.discount_pct, MAX_DISCOUNT_PCT) / 100.0;
    let cac = field(Field::Cac, e.cac, MAX_MONEY);
    let horizon = field(Field::Horizon, e.horizon, MAX_HORIZON);
    if horizon.fract() != 0.0 {
        errors.push((Field::Horizon, InputError::NotWhole));
    }
    // d = (1+dₐ)^(1/k) − 1, through ln_1p/exp_m1 so small rates keep their digits.
    let discount = (discount_annual.ln_1p() / f64::from(e.period.per_year())).exp_m1();
    let horizon = (horizon >= 1.0).then_some(horizon as u32);
    // Without a horizon the sums converge only while 1 + d − r > 0 (in floating point too:
    // a rate so small that 1 + d rounds to 1 counts as none).
    if horizon.is_none() && 1.0 + discount - retention <= 0.0 && errors.is_empty() {
        errors.push((Field::Retention, InputError::Unbounded));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Params {
        period: e.period,
        timing: e.timing,
        revenue,
        margin,
        serve_cost,
        retention,
        discount_annual,
        discount,
        cac,
        horizon,
    })
}
