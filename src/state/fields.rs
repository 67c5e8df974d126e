//! The field registry: every numeric input declared once, with its share-link parameter,
//! unit, bounds, default, how it converts when the period changes, and its label. The form,
//! the link, the inputs, the period switch and the README check all read it.

mod registry;
mod unit;

pub use unit::{Convert, Unit};

use crate::i18n::{FieldText, Messages};
use crate::model::Refusal;

/// Declares the `Field` enum and `FIELDS`, its variants in order, from one list.
macro_rules! fields {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// A numeric input. The order is the form's and the share link's.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Field {
            $($(#[$doc])* $name,)*
        }

        /// Every field, in declaration order: `FIELDS[f as usize] == f`.
        pub const FIELDS: [Field; [$(Field::$name,)*].len()] = [$(Field::$name,)*];
    };
}

fields! {
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
    /// Leads a period at the top of the funnel, and the four conversion rates down it.
    Leads,
    ToMql,
    ToSl,
    ToSql,
    ToCustomer,
    MarketingSpend,
    SalesSpend,
    /// W: what an agent costs a month, whatever the period.
    AgentCost,
    AgentHours,
    AgentDays,
    Utilisation,
    /// Average handling time, in seconds.
    Aht,
    ContactsHour,
    SlTarget,
    SlSeconds,
    Shrinkage,
    PublicShare,
    AnswerCost,
    AnswerReach,
    ContactsPerCustomer,
    OtherServeCost,
    BadExperience,
    LeaveAfterBad,
    SlaMiss,
    SlaPenalty,
    /// P₀: what the installed unit cost new.
    UnitPriceOld,
    UnitAge,
    /// L: a unit's useful life, whole years.
    UnitLife,
    /// δ for declining balance; empty for 2/L.
    DeclineRate,
    UnitPrice,
    UnitMargin,
    Loyalty,
    UpgradePrice,
    UpgradeCost,
    LifeAdded,
    LoyaltyUpgrade,
    Credit,
    Recovery,
    LoyaltyTradein,
    Upsell,
    RunOld,
    RunNew,
    RunUpgraded,
    /// d_c: the customer's discount rate; empty for the cost of money's.
    CustomerDiscount,
}

/// Everything about one field.
#[derive(Clone, Copy)]
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

/// A row of the registry (see `registry.rs`).
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

impl Spec {
    /// The value must be a whole number.
    const fn whole(self) -> Spec {
        Spec {
            whole: true,
            ..self
        }
    }

    /// An empty field means 0 ("none").
    const fn optional(self) -> Spec {
        Spec {
            optional: true,
            ..self
        }
    }

    /// The value must be above the minimum, not equal to it.
    const fn above_min(self) -> Spec {
        Spec {
            above_min: true,
            ..self
        }
    }

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
