//! The shape of a message catalogue: every word Moat shows. Each language fills it in full
//! (`en.rs`, `zh.rs`), so a missing message does not compile; a message nothing reads
//! does not compile either.
#![deny(dead_code)]

mod acquisition;
mod answers;
mod costs;
mod inputs;
mod sections;
mod upgrade;

use super::words::{words, Words};
use super::{ByPeriod, Plural, Tpl};
use crate::model::Timing;

pub(crate) use acquisition::Acquisition;
pub(crate) use answers::Answers;
pub(crate) use costs::Costs;
pub(crate) use inputs::{Fields, Units};
pub(crate) use sections::{Barrier, Formulas, Switching, Value};
pub(crate) use upgrade::Upgrade;
/// Parts only a catalogue names.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) use {
    costs::{CostFields, CostTerms},
    upgrade::{UpgradeFields, UpgradeTerms},
};

/// A message that depends on when customers pay.
#[derive(Clone, Copy)]
#[cfg_attr(test, derive(Debug))]
#[repr(C)]
pub(crate) struct ByTiming<T> {
    pub upfront: T,
    pub arrears: T,
}

// SAFETY: `repr(C)` over two of the same words.
unsafe impl<T: Words> Words for ByTiming<T> {}

impl<T> ByTiming<T> {
    pub fn get(&self, timing: Timing) -> &T {
        match timing {
            Timing::Upfront => &self.upfront,
            Timing::Arrears => &self.arrears,
        }
    }
}

words! {
/// An input's label, the line of help beneath it (empty for none), and what the term means:
/// a sentence or two of plain words, a tap away beside the label.
#[cfg_attr(test, derive(Debug))]
pub(crate) struct FieldText {
    pub label: &'static str,
    pub help: &'static str,
    pub define: &'static str,
}
}

words! {
/// What the terms of the headline figures mean, in plain words, a tap away beside them.
#[cfg_attr(test, derive(Debug))]
pub(crate) struct Terms {
    pub clv: &'static str,
    pub clv_net: &'static str,
    pub ltv_cac: &'static str,
    pub lifetime: &'static str,
    pub payback_simple: &'static str,
    pub payback_discounted: &'static str,
    pub switching_cost: &'static str,
    pub in_periods: &'static str,
    pub room_to_price: &'static str,
    pub churn_free: &'static str,
    pub cost_per_saved: &'static str,
    pub keep_ratio: &'static str,
    pub retention_uplifted: &'static str,
    pub steady_base: &'static str,
    pub breakeven_spend: &'static str,
}
}

words! {
#[cfg_attr(test, derive(Debug))]
pub(crate) struct Messages {
    pub page: Page,
    pub common: Common,
    pub share: Share,
    pub announce: Announce,
    pub examples: Examples,
    pub notices: Notices,
    pub errors: Errors,
    pub link: Link,
    pub units: Units,
    pub fields: Fields,
    pub terms: Terms,
    pub value: Value,
    pub switching: Switching,
    pub barrier: Barrier,
    pub acquisition: Acquisition,
    pub costs: Costs,
    pub upgrade: Upgrade,
    pub formulas: Formulas,
    pub answers: Answers,
}
}

words! {
#[cfg_attr(test, derive(Debug))]
pub(crate) struct Page {
    /// The document's title and description.
    pub title: &'static str,
    pub description: &'static str,
    pub tagline: &'static str,
    pub footer: &'static str,
    /// Names of the landmark navigation and the language switch, for assistive technology.
    pub nav_label: &'static str,
    pub language: &'static str,
    /// Beside the language switch when a language's words did not load: its name.
    pub language_failed: Tpl<1>,
    pub stale: &'static str,
    /// The sections, as the navigation names them.
    pub nav_value: &'static str,
    pub nav_switching: &'static str,
    pub nav_barrier: &'static str,
    pub nav_acquisition: &'static str,
    pub nav_costs: &'static str,
    pub nav_upgrade: &'static str,
}
}

words! {
#[cfg_attr(test, derive(Debug))]
pub(crate) struct Common {
    pub figure: &'static str,
    pub formula: &'static str,
    pub worked: &'static str,
    /// Stands for a figure that has no value.
    pub dash: &'static str,
    pub never: &'static str,
    pub unlimited: &'static str,
    /// "1 month", "2 years".
    pub periods: ByPeriod<Plural>,
    /// "$11.30 a month".
    pub per_period: ByPeriod<Tpl<1>>,
    /// Two sentences one after the other (Chinese puts no space between them).
    pub sentences: Tpl<2>,
    /// The accessible name of the button beside a term: "What is “Gross margin”?".
    pub what_is: Tpl<1>,
    pub caution_lead: &'static str,
    pub caution_rest: &'static str,
}
}

words! {
#[cfg_attr(test, derive(Debug))]
pub(crate) struct Share {
    pub link: &'static str,
    pub copy: &'static str,
    pub reset: &'static str,
    pub copied: &'static str,
    /// When neither the clipboard nor copying the selection works: the link is selected.
    pub manual: &'static str,
}
}

words! {
/// What a screen reader hears once typing pauses, when the headline figures moved.
#[cfg_attr(test, derive(Debug))]
pub(crate) struct Announce {
    /// Lifetime value, LTV:CAC, room to price a period.
    pub headline: Tpl<3>,
    /// LTV:CAC without an acquisition cost.
    pub no_ratio: &'static str,
}
}

words! {
#[cfg_attr(test, derive(Debug))]
pub(crate) struct ExampleText {
    pub name: &'static str,
    pub story: &'static str,
}
}

words! {
#[cfg_attr(test, derive(Debug))]
pub(crate) struct Examples {
    pub menu: &'static str,
    pub intro: &'static str,
    pub saas: ExampleText,
    pub compressor: ExampleText,
    pub consumer: ExampleText,
    pub distributor: ExampleText,
}
}

words! {
#[cfg_attr(test, derive(Debug))]
pub(crate) struct Notices {
    pub link_intro: &'static str,
    pub dismiss: &'static str,
    pub undo: &'static str,
    pub reset: &'static str,
    pub example: Tpl<1>,
    /// What switching the period did, in the period switched to.
    pub converted: ByPeriod<&'static str>,
    /// "Revenue per customer: $120.00 → $1,440.00".
    pub change: Tpl<3>,
    pub rounded: Tpl<1>,
    /// Why lifetime value moved, by the period switched to and the timing.
    pub clv_moved: ByPeriod<ByTiming<Tpl<2>>>,
    pub clv_same: Tpl<1>,
    /// Said when nothing but the counting of payments moved lifetime value.
    pub clv_only: &'static str,
    /// Said when a horizon had to be rounded.
    pub clv_rounded: &'static str,
    /// Said when lifetime value uses the modelled churn.
    pub clv_modelled: &'static str,
    /// Said when the barrier model exists: it is calibrated again in the new period.
    pub recalibrated: ByPeriod<&'static str>,
    /// Lifetime value uses the modelled churn: at which switching cost, the churn, today's.
    pub modelled: ByPeriod<Tpl<3>>,
    pub modelled_rate: &'static str,
}
}

words! {
#[cfg_attr(test, derive(Debug))]
pub(crate) struct Errors {
    pub empty: &'static str,
    pub not_a_number: &'static str,
    /// A character with no place in a number ("_", a letter): the character.
    pub unexpected: Tpl<1>,
    /// A comma that does not group thousands ("1,5").
    pub decimal_comma: &'static str,
    pub stray_percent: &'static str,
    /// A currency sign in a field that is not money: the sign.
    pub stray_currency: Tpl<1>,
    pub negative: &'static str,
    pub too_large: Tpl<1>,
    pub too_small: Tpl<1>,
    pub not_positive: &'static str,
    pub not_whole: &'static str,
    pub unbounded: &'static str,
    pub churn_vanishes: &'static str,
    pub programme_beyond_full: &'static str,
    pub uplift_beyond_full: &'static str,
    pub idle_agents: &'static str,
    pub no_contacts: &'static str,
    pub too_much_traffic: &'static str,
    pub full_shrinkage: &'static str,
    pub target_unreachable: &'static str,
    pub no_reach: &'static str,
    pub chain_never_ends: &'static str,
    pub credit_above_price: &'static str,
    pub no_useful_life: &'static str,
}
}

words! {
#[cfg_attr(test, derive(Debug))]
pub(crate) struct Link {
    pub unreadable: &'static str,
    pub other_version: Tpl<1>,
    /// A choice that could not be read: parameter, value, what was expected.
    pub bad_choice: Tpl<3>,
    /// A number that was refused: parameter, value, why.
    pub refused: Tpl<3>,
    pub both_rates: &'static str,
    /// A parameter given more than once: parameter, the first value (used).
    pub repeated: Tpl<2>,
    /// Another name for a currency: what was written, its ISO 4217 code (used).
    pub currency_alias: Tpl<2>,
    /// Not an ISO 4217 code: what was written, the code perhaps meant.
    pub unknown_currency: Tpl<2>,
    pub expect_period: &'static str,
    pub expect_timing: &'static str,
    pub expect_currency: &'static str,
    pub expect_yes_no: &'static str,
    pub expect_staffing: &'static str,
    pub expect_depreciation: &'static str,
    pub expect_lang: &'static str,
}
}
