//! The words of the inputs of the first sections: their units and choices, and each
//! field's label, help and definition.
#![deny(dead_code)]

use super::{ByTiming, FieldText};
use crate::i18n::words::words;
use crate::i18n::{ByPeriod, Tpl};

words! {
/// The units beside inputs.
#[cfg_attr(test, derive(Debug))]
pub(crate) struct Units {
    pub per_period: ByPeriod<&'static str>,
    pub percent: &'static str,
    pub percent_per_period: ByPeriod<&'static str>,
    pub percent_per_year: &'static str,
    pub percent_of_revenue: &'static str,
    pub percent_of_annual_spend: &'static str,
    pub periods: ByPeriod<&'static str>,
    pub per_hour: &'static str,
    pub hours: &'static str,
    pub people: &'static str,
    pub rating: &'static str,
    pub customers: &'static str,
    pub customers_per_period: ByPeriod<&'static str>,
    pub years: &'static str,
    pub points_per_period: ByPeriod<&'static str>,
    pub points_per_year: &'static str,
    pub leads_per_period: ByPeriod<&'static str>,
    pub per_month: &'static str,
    pub hours_per_day: &'static str,
    pub days_per_month: &'static str,
    pub seconds: &'static str,
    pub contacts_per_hour: &'static str,
    pub contacts_per_period: ByPeriod<&'static str>,
    pub per_year: &'static str,
    pub no_limit: &'static str,
    pub period: &'static str,
    pub month: &'static str,
    pub year: &'static str,
    pub currency: &'static str,
    pub timing: &'static str,
    pub upfront: &'static str,
    pub arrears: &'static str,
    pub timing_help: ByTiming<&'static str>,
    pub enter_churn: &'static str,
    pub enter_retention: &'static str,
    /// Under a field whose text was not a plain number: what it was read as ("= 60,000").
    pub understood: Tpl<1>,
    /// The button that flips the sign of a field that takes negatives, and its name for
    /// assistive technology.
    pub sign: &'static str,
    pub sign_label: &'static str,
}
}

words! {
#[cfg_attr(test, derive(Debug))]
pub(crate) struct Fields {
    pub revenue: FieldText,
    pub margin: FieldText,
    pub serve_cost: FieldText,
    pub retention: FieldText,
    /// The rate field when churn is entered instead of retention.
    pub churn: FieldText,
    pub discount: FieldText,
    pub cac: FieldText,
    pub horizon: FieldText,
    pub benefit_loss: FieldText,
    pub monetary_loss: FieldText,
    pub risk_chance: FieldText,
    pub risk_loss: FieldText,
    pub eval_hours: FieldText,
    pub learn_people: FieldText,
    pub learn_hours: FieldText,
    pub hourly_cost: FieldText,
    pub setup_cost: FieldText,
    pub personal: FieldText,
    pub brand: FieldText,
    pub function_risk: FieldText,
    pub self_image: FieldText,
    pub social_image: FieldText,
    pub point_value: FieldText,
    pub decision_horizon: FieldText,
    pub base_churn: FieldText,
    pub advantage: FieldText,
    pub cost_change: FieldText,
    pub competitor_price: FieldText,
    pub base: FieldText,
    pub new_customers: FieldText,
    pub plan_years: FieldText,
    pub programme_cost: FieldText,
    pub programme_lift: FieldText,
    pub uplift: FieldText,
}
}
