//! The field registry: every numeric input declared once, with its share-link parameter,
//! unit, bounds, default, how it converts when the period changes, and its label. The form,
//! the link, the inputs, the period switch and the README check all read it.

use crate::i18n::{FieldText, Messages};
use crate::model::acquisition::{MAX_CUSTOMERS, MAX_PLAN_YEARS};
use crate::model::economics::{MAX_DISCOUNT_PCT, MAX_HORIZON, MAX_MONEY};
use crate::model::switching::{MAX_ADVANTAGE_PCT, MAX_CHANGE_PCT, MAX_COUNT};
use crate::model::Refusal;

/// A numeric input. The order is the form's and the share link's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Revenue,
    Margin,
    ServeCost,
    /// Retention or churn per period, as the scenario's rate kind says.
    Rate,
    Discount,
    Cac,
    Horizon,
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
    CompetitorPrice,
    /// B₀: today's customer base.
    Base,
    /// A: new customers won a period; empty for the number that holds the base steady.
    NewCustomers,
    PlanYears,
    ProgrammeCost,
    ProgrammeLift,
    /// Points of annual retention to test.
    Uplift,
}

/// Every field, in declaration order: `FIELDS[f as usize] == f`.
pub const FIELDS: [Field; 33] = [
    Field::Revenue,
    Field::Margin,
    Field::ServeCost,
    Field::Rate,
    Field::Discount,
    Field::Cac,
    Field::Horizon,
    Field::BenefitLoss,
    Field::MonetaryLoss,
    Field::RiskChance,
    Field::RiskLoss,
    Field::EvaluationHours,
    Field::LearningPeople,
    Field::LearningHours,
    Field::HourlyCost,
    Field::SetupCost,
    Field::PersonalRelationship,
    Field::BrandRelationship,
    Field::FunctionRisk,
    Field::SelfImageRisk,
    Field::SocialImageRisk,
    Field::PointValue,
    Field::DecisionHorizon,
    Field::BaseChurn,
    Field::Advantage,
    Field::CostChange,
    Field::CompetitorPrice,
    Field::Base,
    Field::NewCustomers,
    Field::PlanYears,
    Field::ProgrammeCost,
    Field::ProgrammeLift,
    Field::Uplift,
];

/// What a field's number measures; the inputs show it beside the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Money, once.
    Money,
    MoneyPerPeriod,
    MoneyPerHour,
    Percent,
    PercentPerPeriod,
    PercentPerYear,
    PercentOfRevenue,
    PercentOfAnnualSpend,
    Periods,
    Hours,
    People,
    /// A rating from 1 (none) to 7 (very strong).
    Rating,
    Customers,
    CustomersPerPeriod,
    Years,
    /// Points of retention a period.
    PointsPerPeriod,
    /// Points of retention over a year.
    PointsPerYear,
}

impl Unit {
    /// Whether the field holds money, shown with the currency in front.
    pub fn is_money(self) -> bool {
        matches!(
            self,
            Unit::Money | Unit::MoneyPerPeriod | Unit::MoneyPerHour
        )
    }

    /// Whether the field holds a percentage, so "%" after its number belongs.
    pub fn is_percent(self) -> bool {
        matches!(
            self,
            Unit::Percent
                | Unit::PercentPerPeriod
                | Unit::PercentPerYear
                | Unit::PercentOfRevenue
                | Unit::PercentOfAnnualSpend
                | Unit::PointsPerPeriod
                | Unit::PointsPerYear
        )
    }
}

/// How a field's value changes when the period does (formulas.md §5).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Convert {
    /// Not per period.
    Fixed,
    /// An amount a period: × 12 or ÷ 12.
    Amount,
    /// The rate field: retention r ↔ r¹², or churn as churn, as entered.
    Rate,
    /// A churn rate: 1 − (1 − q)¹².
    Churn,
    /// A count of periods, rounded to whole ones (0, for none, stays 0).
    Count,
    /// Points of retention a period added to the retention field's: the retention they
    /// lead to converted as retention is, less the retention converted.
    Lift,
}

/// Everything about one field.
pub struct Spec {
    /// Its share-link and query parameter (the rate field's is `retention`; see `link`).
    pub param: &'static str,
    pub unit: Unit,
    pub min: f64,
    pub max: f64,
    /// The value must be above `min`, not equal to it.
    pub above_min: bool,
    pub whole: bool,
    /// An empty field means 0 ("none"), and 0 shows as an empty field.
    pub optional: bool,
    /// The value of the default example.
    pub default: f64,
    pub convert: Convert,
    pub(crate) text: fn(&Messages) -> &FieldText,
}

/// Why a field's text was not used.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FieldError {
    Empty,
    NotANumber,
    /// A character that has no place in a number, such as `_` or a letter.
    Unexpected(char),
    /// A comma that does not group thousands ("1,5", "1.234,56"): "." is the decimal point.
    DecimalComma,
    /// "%" in a field that is not a percentage.
    StrayPercent,
    /// A currency sign in a field that is not money, as the registry of signs writes it.
    StrayCurrency(&'static str),
    Negative,
    TooSmall {
        min: f64,
    },
    TooLarge {
        max: f64,
    },
    NotPositive,
    NotWhole,
    /// The model refused the combination this field is part of.
    Refused(Refusal),
}

/// A row of the registry.
#[allow(clippy::too_many_arguments)]
const fn spec(
    param: &'static str,
    unit: Unit,
    (min, max): (f64, f64),
    default: f64,
    convert: Convert,
    text: fn(&Messages) -> &FieldText,
) -> Spec {
    Spec {
        param,
        unit,
        min,
        max,
        above_min: false,
        whole: false,
        optional: false,
        default,
        convert,
        text,
    }
}

const MONEY: (f64, f64) = (0.0, MAX_MONEY);
const PERCENT: (f64, f64) = (0.0, 100.0);
const COUNT: (f64, f64) = (0.0, MAX_COUNT);
const RATING: (f64, f64) = (1.0, 7.0);

impl Field {
    /// The field's row of the registry: one line a field.
    #[rustfmt::skip]
    pub fn spec(self) -> Spec {
        use Convert::*;
        use Unit::*;
        match self {
            Field::Revenue => spec("revenue", MoneyPerPeriod, MONEY, 120.0, Amount, |m| &m.fields.revenue),
            Field::Margin => spec("margin", Percent, PERCENT, 75.0, Fixed, |m| &m.fields.margin),
            Field::ServeCost => spec("serve_cost", MoneyPerPeriod, MONEY, 15.0, Amount, |m| &m.fields.serve_cost),
            Field::Rate => spec("retention", PercentPerPeriod, PERCENT, 97.0, Rate, |m| &m.fields.retention),
            Field::Discount => spec("discount", PercentPerYear, (0.0, MAX_DISCOUNT_PCT), 10.0, Fixed, |m| &m.fields.discount),
            Field::Cac => spec("cac", Money, MONEY, 900.0, Fixed, |m| &m.fields.cac),
            Field::Horizon => Spec {
                whole: true,
                optional: true,
                ..spec("horizon", Periods, (0.0, MAX_HORIZON), 0.0, Count, |m| &m.fields.horizon)
            },
            Field::BenefitLoss => spec("benefit_loss", Money, MONEY, 25.0, Fixed, |m| &m.fields.benefit_loss),
            Field::MonetaryLoss => spec("monetary_loss", Money, MONEY, 40.0, Fixed, |m| &m.fields.monetary_loss),
            Field::RiskChance => spec("risk_chance", Percent, PERCENT, 5.0, Fixed, |m| &m.fields.risk_chance),
            Field::RiskLoss => spec("risk_loss", Money, MONEY, 400.0, Fixed, |m| &m.fields.risk_loss),
            Field::EvaluationHours => spec("eval_hours", Hours, COUNT, 1.5, Fixed, |m| &m.fields.eval_hours),
            Field::LearningPeople => spec("learn_people", People, COUNT, 1.0, Fixed, |m| &m.fields.learn_people),
            Field::LearningHours => spec("learn_hours", Hours, COUNT, 1.0, Fixed, |m| &m.fields.learn_hours),
            Field::HourlyCost => spec("hourly_cost", MoneyPerHour, MONEY, 40.0, Fixed, |m| &m.fields.hourly_cost),
            Field::SetupCost => spec("setup_cost", Money, MONEY, 25.0, Fixed, |m| &m.fields.setup_cost),
            Field::PersonalRelationship => spec("personal", Rating, RATING, 3.0, Fixed, |m| &m.fields.personal),
            Field::BrandRelationship => spec("brand", Rating, RATING, 2.0, Fixed, |m| &m.fields.brand),
            Field::FunctionRisk => spec("function_risk", Rating, RATING, 2.0, Fixed, |m| &m.fields.function_risk),
            Field::SelfImageRisk => spec("self_image", Rating, RATING, 2.0, Fixed, |m| &m.fields.self_image),
            Field::SocialImageRisk => spec("social_image", Rating, RATING, 1.0, Fixed, |m| &m.fields.social_image),
            Field::PointValue => spec("point_value", PercentOfAnnualSpend, PERCENT, 0.5, Fixed, |m| &m.fields.point_value),
            Field::DecisionHorizon => Spec {
                whole: true,
                ..spec("decision_horizon", Periods, (1.0, MAX_HORIZON), 24.0, Count, |m| &m.fields.decision_horizon)
            },
            Field::BaseChurn => spec("base_churn", PercentPerPeriod, PERCENT, 1.0, Churn, |m| &m.fields.base_churn),
            Field::Advantage => Spec {
                above_min: true,
                ..spec("advantage", PercentOfRevenue, (0.0, MAX_ADVANTAGE_PCT), 10.0, Fixed, |m| &m.fields.advantage)
            },
            Field::CompetitorPrice => Spec {
                optional: true,
                ..spec("competitor_price", MoneyPerPeriod, MONEY, 0.0, Amount, |m| &m.fields.competitor_price)
            },
            Field::CostChange => spec("cost_change", Percent, (-100.0, MAX_CHANGE_PCT), 25.0, Fixed, |m| &m.fields.cost_change),
            Field::Base => Spec {
                above_min: true,
                ..spec("base", Customers, (0.0, MAX_CUSTOMERS), 1000.0, Fixed, |m| &m.fields.base)
            },
            Field::NewCustomers => Spec {
                optional: true,
                ..spec("new_customers", CustomersPerPeriod, (0.0, MAX_CUSTOMERS), 0.0, Amount, |m| &m.fields.new_customers)
            },
            Field::PlanYears => Spec {
                whole: true,
                ..spec("plan_years", Years, (1.0, MAX_PLAN_YEARS), 3.0, Fixed, |m| &m.fields.plan_years)
            },
            Field::ProgrammeCost => spec("programme_cost", MoneyPerPeriod, MONEY, 2.0, Amount, |m| &m.fields.programme_cost),
            Field::ProgrammeLift => Spec {
                above_min: true,
                ..spec("programme_lift", PointsPerPeriod, PERCENT, 1.0, Lift, |m| &m.fields.programme_lift)
            },
            Field::Uplift => Spec {
                above_min: true,
                ..spec("uplift", PointsPerYear, PERCENT, 5.0, Fixed, |m| &m.fields.uplift)
            },
        }
    }
}

impl Spec {
    /// Whether the field's bounds take a value below 0 (its input offers a sign toggle).
    pub fn takes_negatives(&self) -> bool {
        self.min < 0.0
    }

    /// `value` if the field takes it, else why not.
    pub fn check(&self, value: f64) -> Result<f64, FieldError> {
        if !value.is_finite() {
            Err(FieldError::NotANumber)
        } else if self.above_min && value <= self.min {
            Err(match self.min {
                0.0 => FieldError::NotPositive,
                min => FieldError::TooSmall { min },
            })
        } else if value < self.min {
            Err(match self.min {
                0.0 => FieldError::Negative,
                min => FieldError::TooSmall { min },
            })
        } else if value > self.max {
            Err(FieldError::TooLarge { max: self.max })
        } else if self.whole && value.fract() != 0.0 {
            Err(FieldError::NotWhole)
        } else {
            Ok(value)
        }
    }
}
