//! The factors of switching cost and their money values (formulas.md §3).

use super::SwitchingParams;
use crate::model::economics::Params;

/// The three groups of switching cost (Burnham, Frels & Mahajan 2003).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Financial,
    Process,
    Emotional,
}

pub const GROUPS: [Group; 3] = [Group::Financial, Group::Process, Group::Emotional];

/// One source of switching cost.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Factor {
    BenefitLoss,
    MonetaryLoss,
    EconomicRisk,
    Evaluation,
    Learning,
    SetUp,
    PersonalRelationship,
    BrandRelationship,
    FunctionRisk,
    SelfImageRisk,
    SocialImageRisk,
}

/// Every factor, financial first, in the order results list them.
pub const FACTORS: [Factor; 11] = [
    Factor::BenefitLoss,
    Factor::MonetaryLoss,
    Factor::EconomicRisk,
    Factor::Evaluation,
    Factor::Learning,
    Factor::SetUp,
    Factor::PersonalRelationship,
    Factor::BrandRelationship,
    Factor::FunctionRisk,
    Factor::SelfImageRisk,
    Factor::SocialImageRisk,
];

/// The emotional factors, in the order of [`super::SwitchingInputs::ratings`].
pub const EMOTIONS: [Factor; 5] = [
    Factor::PersonalRelationship,
    Factor::BrandRelationship,
    Factor::FunctionRisk,
    Factor::SelfImageRisk,
    Factor::SocialImageRisk,
];

impl Factor {
    pub fn group(self) -> Group {
        match self {
            Factor::BenefitLoss | Factor::MonetaryLoss => Group::Financial,
            Factor::EconomicRisk | Factor::Evaluation | Factor::Learning | Factor::SetUp => {
                Group::Process
            }
            _ => Group::Emotional,
        }
    }
}

/// k·R: what the customer spends in a year.
pub(super) fn annual_spend(p: &Params) -> f64 {
    p.revenue * f64::from(p.period.per_year())
}

/// The money value of one rating point: a share of annual spend.
pub(super) fn point_value(p: &Params, s: &SwitchingParams) -> f64 {
    s.point_value * annual_spend(p)
}

/// Each factor's money value, in [`FACTORS`] order: money as entered, chance × loss,
/// hours × rate, and (rating − 1) × point for the emotional ones.
pub(super) fn values(p: &Params, s: &SwitchingParams) -> [f64; 11] {
    let point = point_value(p, s);
    let emotional = s.ratings.map(|r| (r - 1.0) * point);
    [
        s.benefit_loss,
        s.monetary_loss,
        s.risk_chance * s.risk_loss,
        s.evaluation_hours * s.hourly_cost,
        s.learning_people * s.learning_hours * s.hourly_cost,
        s.setup_cost,
        emotional[0],
        emotional[1],
        emotional[2],
        emotional[3],
        emotional[4],
    ]
}

/// Subtotals in [`GROUPS`] order.
pub(super) fn groups(values: &[f64; 11]) -> [f64; 3] {
    let mut groups = [0.0; 3];
    for (factor, value) in FACTORS.iter().zip(values) {
        let i = match factor.group() {
            Group::Financial => 0,
            Group::Process => 1,
            Group::Emotional => 2,
        };
        groups[i] += value;
    }
    groups
}
