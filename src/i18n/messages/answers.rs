//! The answers a user reads aloud or checks against: at the table, the summary bar, the
//! simple figure beside lifetime value, the model's extrapolation warning, and the marks on
//! fields still holding an example's value.
#![deny(dead_code)]

use crate::i18n::words::words;
use crate::i18n::{ByPeriod, Tpl};

words! {
#[cfg_attr(test, derive(Debug))]
pub(crate) struct Answers {
    /// The summary bar's accessible name.
    pub summary: &'static str,
    pub table_title: &'static str,
    /// Competitor's price, highest price, room, decision horizon.
    pub table_with: ByPeriod<Tpl<4>>,
    /// Without a competitor's price: what entering it gives.
    pub table_hint: &'static str,
    /// Today's price, the room left.
    pub table_inside: Tpl<2>,
    /// Today's price, how far above.
    pub table_outside: Tpl<2>,
    /// The what-if change, its switching cost, the room then.
    pub table_whatif: ByPeriod<Tpl<3>>,
    /// The highest price then.
    pub table_up_to: Tpl<1>,
    pub table_end: &'static str,
    pub max_price: &'static str,
    /// Competitor's price, room.
    pub max_price_note: Tpl<2>,
    /// The what-if change.
    pub premium_whatif: Tpl<1>,
    /// The switching cost at the what-if.
    pub premium_whatif_note: Tpl<1>,
    pub extrapolating_capped: &'static str,
    /// The what-if's change in lifetime value, as a share of today's.
    pub extrapolating_move: Tpl<1>,
    pub extrapolating_check: &'static str,
    /// The simple figure.
    pub simple_lead: Tpl<1>,
    pub simple_same: &'static str,
    /// The reasons, joined.
    pub simple_why: Tpl<1>,
    /// The annual discount rate.
    pub reason_discount: Tpl<1>,
    pub reason_arrears: &'static str,
    /// The horizon.
    pub reason_horizon: Tpl<1>,
    pub reason_join: &'static str,
    pub payback_never: &'static str,
    pub cohort_never: &'static str,
    /// The placeholder of an optional field that is not a horizon.
    pub not_given: &'static str,
    pub example_mark: &'static str,
    pub example_hint: &'static str,
}
}
