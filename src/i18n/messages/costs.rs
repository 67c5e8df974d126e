//! The words of "Where the costs come from" (formulas.md §7): the leads funnel, serving
//! customers, and what bad service costs.
#![deny(dead_code)]

use super::FieldText;
use crate::i18n::words::words;
use crate::i18n::{ByPeriod, Tpl};

words! {
/// The section's inputs.
#[cfg_attr(test, derive(Debug))]
pub(crate) struct CostFields {
    pub leads: FieldText,
    pub to_mql: FieldText,
    pub to_sl: FieldText,
    pub to_sql: FieldText,
    pub to_customer: FieldText,
    pub marketing_spend: FieldText,
    pub sales_spend: FieldText,
    pub agent_cost: FieldText,
    pub agent_hours: FieldText,
    pub agent_days: FieldText,
    pub utilisation: FieldText,
    pub aht: FieldText,
    pub contacts_hour: FieldText,
    pub sl_target: FieldText,
    pub sl_seconds: FieldText,
    pub shrinkage: FieldText,
    pub public_share: FieldText,
    pub answer_cost: FieldText,
    pub answer_reach: FieldText,
    pub contacts_per_customer: FieldText,
    pub other_serve_cost: FieldText,
    pub bad_experience: FieldText,
    pub leave_after_bad: FieldText,
    pub sla_miss: FieldText,
    pub sla_penalty: FieldText,
}
}

words! {
/// What the section's jargon means, in plain words, a tap away beside its figures.
#[cfg_attr(test, derive(Debug))]
pub(crate) struct CostTerms {
    pub funnel_cac: &'static str,
    pub service_level: &'static str,
    pub answer_speed: &'static str,
    pub occupancy: &'static str,
    pub rostered: &'static str,
    pub blended: &'static str,
    pub at_stake: &'static str,
}
}

words! {
/// The section. `{n}` are filled in order; money comes formatted with its currency,
/// percentages with their sign.
#[cfg_attr(test, derive(Debug))]
pub(crate) struct Costs {
    pub fields: CostFields,
    pub terms: CostTerms,
    pub title: &'static str,
    pub intro: &'static str,
    // The leads funnel.
    pub funnel_title: &'static str,
    pub use_funnel: &'static str,
    pub use_funnel_help: &'static str,
    pub funnel_customers: &'static str,
    /// Customers won a period: "20 a month".
    pub customers_per: ByPeriod<Tpl<1>>,
    pub funnel_cac: &'static str,
    /// Beside a derived figure: the one entered, `{0}`.
    pub entered: Tpl<1>,
    /// No customers won: no CAC.
    pub none_won: &'static str,
    pub cost_per_lead: &'static str,
    pub cost_per_mql: &'static str,
    pub cost_per_sql: &'static str,
    pub per_lead_note: &'static str,
    pub per_mql_note: &'static str,
    pub per_sql_note: &'static str,
    pub leads_never_buy: &'static str,
    /// Beside Forrester's figure.
    pub never_buy_note: &'static str,
    /// The sentence to repeat: of `{0}` leads a period, `{1}` become customers, each won
    /// for `{2}`.
    pub funnel_story: ByPeriod<Tpl<3>>,
    /// The same when none are won: of `{0}` leads, none become customers.
    pub funnel_story_none: ByPeriod<Tpl<1>>,
    /// The five stages, top to bottom.
    pub stages: [&'static str; 5],
    pub stage: &'static str,
    pub count: &'static str,
    pub lost: &'static str,
    pub lost_share: &'static str,
    /// The funnel chart.
    pub funnel_chart: &'static str,
    /// Its summary: `{0}` leads to `{1}` customers; the biggest leak at `{2}`.
    pub funnel_summary: Tpl<3>,
    pub leads_axis: ByPeriod<&'static str>,
    pub kept_series: &'static str,
    pub lost_series: &'static str,
    // Beside the CAC and serving-cost fields when a switch feeds them.
    pub cac_fed: &'static str,
    pub cac_none_won: &'static str,
    pub cac_too_large: &'static str,
    pub serve_fed: &'static str,
    pub serve_too_large: &'static str,
    // Serving customers.
    pub serving_title: &'static str,
    pub staffing: &'static str,
    /// The staffing choice's two options, in the order of its words.
    pub staffing_options: [&'static str; 2],
    pub centre: &'static str,
    pub public: &'static str,
    pub per_customer: &'static str,
    pub use_channels: &'static str,
    pub use_channels_help: &'static str,
    pub contacts_per_agent_day: &'static str,
    pub contacts_per_agent_month: &'static str,
    pub cost_per_contact: &'static str,
    /// Under the contact centre's cost per contact: `{0}` a month over `{1}` contacts.
    pub per_contact_note: Tpl<2>,
    /// The same staffed to a service level: `{0}` agents rostered × `{1}` a month over `{2}`
    /// contacts.
    pub level_contact_note: Tpl<3>,
    pub agents_needed: &'static str,
    /// `{0}` within `{1}` seconds.
    pub target_note: Tpl<2>,
    pub agents_rostered: &'static str,
    /// With `{0}` shrinkage.
    pub rostered_note: Tpl<1>,
    pub service_level: &'static str,
    pub answer_speed: &'static str,
    /// `{0}` seconds.
    pub seconds: Tpl<1>,
    pub occupancy: &'static str,
    /// Traffic `{0}` Erlangs.
    pub traffic_note: Tpl<1>,
    pub public_cost_per_contact: &'static str,
    /// `{0}` an answer over `{1}` customers.
    pub public_note: Tpl<2>,
    pub blended_cost_per_contact: &'static str,
    /// `{0}` through the public channel.
    pub blended_note: Tpl<1>,
    pub serve_cost_derived: &'static str,
    /// The sentence to repeat: serving a customer costs `{0}` a period, `{1}` a contact.
    pub serving_story: ByPeriod<Tpl<2>>,
    /// The staffing chart.
    pub staffing_chart: &'static str,
    /// Its summary: `{0}` agents reach `{1}` at `{2}` a contact.
    pub staffing_summary: Tpl<3>,
    pub agents_axis: &'static str,
    pub level_axis: &'static str,
    /// Cost per contact (`{0}` the currency).
    pub contact_axis: Tpl<1>,
    pub level_series: &'static str,
    pub contact_series: &'static str,
    /// Target `{0}`.
    pub target_marker: Tpl<1>,
    /// `{0}` agents: `{1}`.
    pub chosen_marker: Tpl<2>,
    /// The microblog: a public channel worked through.
    pub microblog_title: &'static str,
    pub microblog: [&'static str; 3],
    // What bad service costs.
    pub quality_title: &'static str,
    pub churn_bad: &'static str,
    pub churn_bad_note: &'static str,
    pub value_at_stake: &'static str,
    /// Lifetime value at `{0}` retention against `{1}`.
    pub at_stake_note: Tpl<2>,
    pub value_at_stake_base: &'static str,
    /// × `{0}` customers today.
    pub base_note: Tpl<1>,
    pub sla_cost: &'static str,
    /// Whether the SLA cost is in the serving cost.
    pub sla_in_serve: &'static str,
    pub sla_not_in_serve: &'static str,
    pub pwc_note: &'static str,
    pub forrester_sla: &'static str,
    /// The sentence to repeat: one bad experience in `{0}` costs `{1}` of lifetime value per
    /// customer, `{2}` for the base.
    pub quality_story: Tpl<3>,
    // How this is computed.
    pub explain: &'static str,
    pub row_customers: &'static str,
    pub row_cac: &'static str,
    pub row_never: &'static str,
    pub row_per_day: &'static str,
    pub row_per_month: &'static str,
    pub row_per_contact: &'static str,
    pub row_traffic: &'static str,
    pub row_erlang: &'static str,
    pub row_level: &'static str,
    pub row_speed: &'static str,
    pub row_rostered: &'static str,
    pub row_public: &'static str,
    pub row_blend: &'static str,
    pub row_serve: &'static str,
    pub row_churn_bad: &'static str,
    pub row_at_stake: &'static str,
    pub row_sla: &'static str,
    /// How Erlang C is computed: a recurrence, no factorials.
    pub erlang_note: &'static str,
}
}
