//! The scenario: every input of the app, as last accepted.

use crate::model::{Economics, Field, Period, SwitchingInputs, Timing};
use serde::{Deserialize, Serialize};

/// Whether the user states the rate they keep customers at, or lose them at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RateKind {
    Retention,
    Churn,
}

/// Every input, valid as a whole. Views read it; only [`super::Form`] changes it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    pub period: Period,
    /// ISO 4217 code, three capital letters.
    pub currency: String,
    pub revenue: f64,
    /// Gross margin, percent.
    pub margin: f64,
    pub serve_cost: f64,
    /// Retention or churn per period, percent, as `rate_kind` says.
    pub rate: f64,
    pub rate_kind: RateKind,
    /// Annual discount rate, percent.
    pub discount: f64,
    pub cac: f64,
    /// Periods; 0 means no horizon.
    pub horizon: f64,
    pub timing: Timing,
    /// The customer's switching costs and the barrier → churn model's parameters.
    pub switching: SwitchingInputs,
    /// Whether lifetime value uses the churn the barrier model gives at the what-if
    /// switching cost instead of the churn entered.
    pub use_model: bool,
}

impl Default for Scenario {
    /// A subscription business that looks healthy until CAC is set against lifetime value:
    /// $75 a month of contribution, 3 % monthly churn, and a $900 CAC give an LTV:CAC
    /// of about 2.1, below the 3:1 line, paying back after more than a year.
    fn default() -> Self {
        Scenario {
            period: Period::Month,
            currency: "USD".into(),
            revenue: 120.0,
            margin: 75.0,
            serve_cost: 15.0,
            rate: 97.0,
            rate_kind: RateKind::Retention,
            discount: 10.0,
            cac: 900.0,
            horizon: 0.0,
            timing: Timing::Arrears,
            switching: SwitchingInputs::default(),
            use_model: false,
        }
    }
}

impl Default for SwitchingInputs {
    /// What leaving costs a small business on the default $120-a-month plan: about $250,
    /// two months of spend, worth a premium of about 9 % over a two-year decision horizon.
    /// Calibrated on 3 % monthly churn, 1 % of which no barrier stops.
    fn default() -> Self {
        SwitchingInputs {
            benefit_loss: 25.0,
            monetary_loss: 40.0,
            risk_chance_pct: 5.0,
            risk_loss: 400.0,
            evaluation_hours: 1.5,
            learning_people: 1.0,
            learning_hours: 1.0,
            hourly_cost: 40.0,
            setup_cost: 25.0,
            ratings: [3.0, 2.0, 2.0, 2.0, 1.0],
            point_value_pct: 0.5,
            decision_horizon: 24.0,
            base_churn_pct: 1.0,
            advantage_pct: 10.0,
            change_pct: 25.0,
        }
    }
}

/// The numeric inputs, in the order the form shows them.
pub const NUMERIC_FIELDS: [Field; 26] = [
    Field::Revenue,
    Field::Margin,
    Field::ServeCost,
    Field::Retention,
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
];

impl Scenario {
    /// The model's view of the inputs.
    pub fn economics(&self) -> Economics {
        Economics {
            period: self.period,
            timing: self.timing,
            revenue: self.revenue,
            margin_pct: self.margin,
            serve_cost: self.serve_cost,
            retention_pct: self.retention_pct(),
            discount_pct: self.discount,
            cac: self.cac,
            horizon: self.horizon,
        }
    }

    /// Retention per period in percent, whichever way it was entered.
    pub fn retention_pct(&self) -> f64 {
        match self.rate_kind {
            RateKind::Retention => self.rate,
            RateKind::Churn => 100.0 - self.rate,
        }
    }

    pub fn get(&self, field: Field) -> f64 {
        *self.slot(field)
    }

    pub fn set(&mut self, field: Field, value: f64) {
        *self.slot_mut(field) = value;
    }

    fn slot(&self, field: Field) -> &f64 {
        match field {
            Field::Revenue => &self.revenue,
            Field::Margin => &self.margin,
            Field::ServeCost => &self.serve_cost,
            Field::Retention => &self.rate,
            Field::Discount => &self.discount,
            Field::Cac => &self.cac,
            Field::Horizon => &self.horizon,
            Field::BenefitLoss => &self.switching.benefit_loss,
            Field::MonetaryLoss => &self.switching.monetary_loss,
            Field::RiskChance => &self.switching.risk_chance_pct,
            Field::RiskLoss => &self.switching.risk_loss,
            Field::EvaluationHours => &self.switching.evaluation_hours,
            Field::LearningPeople => &self.switching.learning_people,
            Field::LearningHours => &self.switching.learning_hours,
            Field::HourlyCost => &self.switching.hourly_cost,
            Field::SetupCost => &self.switching.setup_cost,
            Field::PersonalRelationship => &self.switching.ratings[0],
            Field::BrandRelationship => &self.switching.ratings[1],
            Field::FunctionRisk => &self.switching.ratings[2],
            Field::SelfImageRisk => &self.switching.ratings[3],
            Field::SocialImageRisk => &self.switching.ratings[4],
            Field::PointValue => &self.switching.point_value_pct,
            Field::DecisionHorizon => &self.switching.decision_horizon,
            Field::BaseChurn => &self.switching.base_churn_pct,
            Field::Advantage => &self.switching.advantage_pct,
            Field::CostChange => &self.switching.change_pct,
        }
    }

    fn slot_mut(&mut self, field: Field) -> &mut f64 {
        match field {
            Field::Revenue => &mut self.revenue,
            Field::Margin => &mut self.margin,
            Field::ServeCost => &mut self.serve_cost,
            Field::Retention => &mut self.rate,
            Field::Discount => &mut self.discount,
            Field::Cac => &mut self.cac,
            Field::Horizon => &mut self.horizon,
            Field::BenefitLoss => &mut self.switching.benefit_loss,
            Field::MonetaryLoss => &mut self.switching.monetary_loss,
            Field::RiskChance => &mut self.switching.risk_chance_pct,
            Field::RiskLoss => &mut self.switching.risk_loss,
            Field::EvaluationHours => &mut self.switching.evaluation_hours,
            Field::LearningPeople => &mut self.switching.learning_people,
            Field::LearningHours => &mut self.switching.learning_hours,
            Field::HourlyCost => &mut self.switching.hourly_cost,
            Field::SetupCost => &mut self.switching.setup_cost,
            Field::PersonalRelationship => &mut self.switching.ratings[0],
            Field::BrandRelationship => &mut self.switching.ratings[1],
            Field::FunctionRisk => &mut self.switching.ratings[2],
            Field::SelfImageRisk => &mut self.switching.ratings[3],
            Field::SocialImageRisk => &mut self.switching.ratings[4],
            Field::PointValue => &mut self.switching.point_value_pct,
            Field::DecisionHorizon => &mut self.switching.decision_horizon,
            Field::BaseChurn => &mut self.switching.base_churn_pct,
            Field::Advantage => &mut self.switching.advantage_pct,
            Field::CostChange => &mut self.switching.change_pct,
        }
    }
}

/// Whether `code` has the form of an ISO 4217 code.
pub fn is_currency_code(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}
