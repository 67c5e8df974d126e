//! The words of "Upgrade or trade-in" (formulas.md §8): the installed unit, the offers, what
//! each is worth to us, the walk-away numbers and the customer's side.
#![deny(dead_code)]

use super::FieldText;
use crate::i18n::words::words;
use crate::i18n::{ByPeriod, Plural, Tpl};

words! {
/// The section's inputs.
#[cfg_attr(test, derive(Debug))]
pub(crate) struct UpgradeFields {
    pub unit_price_old: FieldText,
    pub unit_age: FieldText,
    pub unit_life: FieldText,
    pub decline_rate: FieldText,
    pub unit_price: FieldText,
    pub unit_margin: FieldText,
    pub loyalty: FieldText,
    pub upgrade_price: FieldText,
    pub upgrade_cost: FieldText,
    pub life_added: FieldText,
    pub loyalty_upgrade: FieldText,
    pub credit: FieldText,
    pub recovery: FieldText,
    pub loyalty_tradein: FieldText,
    pub upsell: FieldText,
    pub run_old: FieldText,
    pub run_new: FieldText,
    pub run_upgraded: FieldText,
    pub customer_discount: FieldText,
}
}

words! {
/// What the section's figures mean, in plain words, a tap away beside them.
#[cfg_attr(test, derive(Debug))]
pub(crate) struct UpgradeTerms {
    pub renewal: &'static str,
    pub breakeven_credit: &'static str,
    pub min_credit: &'static str,
    pub eac: &'static str,
}
}

words! {
/// The section. `{n}` are filled in order; money comes formatted with its currency,
/// percentages with their sign.
#[cfg_attr(test, derive(Debug))]
pub(crate) struct Upgrade {
    pub fields: UpgradeFields,
    pub terms: UpgradeTerms,
    pub inputs_title: &'static str,
    pub installed: &'static str,
    pub new_unit: &'static str,
    pub upgrade_offer: &'static str,
    pub tradein_offer: &'static str,
    pub upsell_group: &'static str,
    pub customer_side: &'static str,
    pub depreciation: &'static str,
    /// The depreciation choice's two options, in the order of its words.
    pub depreciation_options: [&'static str; 2],
    /// Under an empty decline rate: the rate used, `{0}` a year.
    pub decline_default: Tpl<1>,
    /// Under an empty customer discount rate: the cost of money used, `{0}`.
    pub discount_default: Tpl<1>,
    /// A unit at or past its life: waiting replaces it now.
    pub past_life: &'static str,
    /// Where the service relationship comes from: `{0}` contribution a period at `{1}`
    /// retention.
    pub service_note: ByPeriod<Tpl<2>>,
    pub title: &'static str,
    /// Which option is worth most to us: by `{0}` over waiting.
    pub best_upgrade: Tpl<1>,
    pub best_tradein: Tpl<1>,
    pub best_baseline: &'static str,
    // The comparison table.
    pub option: &'static str,
    pub npv: &'static str,
    pub gain: &'static str,
    pub outlay: &'static str,
    pub next: &'static str,
    pub baseline: &'static str,
    pub upgrade: &'static str,
    pub tradein: &'static str,
    /// When the next replacement decision falls: "in 2 years", "now".
    pub in_years: Plural,
    pub now: &'static str,
    pub renewal_value: &'static str,
    pub renewal_note: &'static str,
    // The walk-away numbers.
    pub walk_away: &'static str,
    pub breakeven_credit: &'static str,
    /// "You can credit up to `{0}` and still do better than waiting."
    pub credit_story: Tpl<1>,
    /// Below 0: even no credit leaves trade-in `{0}` below waiting.
    pub no_credit_pays: Tpl<1>,
    pub breakeven_upgrade_price: &'static str,
    /// "You can price the upgrade down to `{0}` and still do better than waiting."
    pub price_story: Tpl<1>,
    pub residual_old: &'static str,
    /// The credit offered, `{0}`, is above the residual value: a concession of `{1}`.
    pub concession: Tpl<2>,
    pub within_residual: &'static str,
    pub min_credit: &'static str,
    pub min_credit_note: &'static str,
    // The zone of agreement.
    /// Any credit from `{0}` to `{1}` works for both.
    pub zone: Tpl<2>,
    /// Where the credit offered, `{0}`, falls.
    pub offered_low: Tpl<1>,
    pub offered_in: Tpl<1>,
    pub offered_high: Tpl<1>,
    /// No zone: the customer needs at least `{0}`, we can give at most `{1}`.
    pub no_zone: Tpl<2>,
    pub what_would_change: &'static str,
    // The customer's view of the upgrade against a new unit.
    pub eac_title: &'static str,
    pub eac_upgrade: &'static str,
    pub eac_new: &'static str,
    /// At the customer's `{0}` a year: the price spread over the life, plus running costs.
    pub eac_note: Tpl<1>,
    pub no_life_added: &'static str,
    /// Which costs the customer less a year.
    pub eac_upgrade_cheaper: &'static str,
    pub eac_new_cheaper: &'static str,
    // The charts.
    pub cashflow_chart: &'static str,
    /// The three values, in today's money: waiting `{0}`, upgrading `{1}`, trading in `{2}`.
    pub cashflow_summary: Tpl<3>,
    pub years_axis: &'static str,
    /// Cumulative value (`{0}` the currency).
    pub value_axis: Tpl<1>,
    pub credit_chart: &'static str,
    /// Trade-in credit (`{0}` the currency).
    pub credit_axis: Tpl<1>,
    pub zone_band: &'static str,
    pub gap_band: &'static str,
    pub min_marker: Tpl<1>,
    pub max_marker: Tpl<1>,
    pub residual_marker: Tpl<1>,
    pub offered_marker: Tpl<1>,
    // How this is computed.
    pub explain: &'static str,
    pub row_renewal: &'static str,
    pub row_remaining: &'static str,
    pub row_baseline: &'static str,
    pub row_upgrade: &'static str,
    pub row_tradein: &'static str,
    pub row_credit: &'static str,
    pub row_price: &'static str,
    pub row_residual: &'static str,
    pub row_keep: &'static str,
    pub row_trade: &'static str,
    pub row_min: &'static str,
    pub row_eac: &'static str,
    /// What the model assumes: in arrears, over the units' lives, the renewal chain.
    pub assumptions: &'static str,
}
}
