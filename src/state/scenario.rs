//! The scenario: every input of the app, as last accepted.

use crate::model::{Economics, Field, Period, Timing};
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
        }
    }
}

/// The numeric inputs, in the order the form shows them.
pub const NUMERIC_FIELDS: [Field; 7] = [
    Field::Revenue,
    Field::Margin,
    Field::ServeCost,
    Field::Retention,
    Field::Discount,
    Field::Cac,
    Field::Horizon,
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
        }
    }
}

/// Whether `code` has the form of an ISO 4217 code.
pub fn is_currency_code(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}
