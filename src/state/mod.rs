//! The scenario the user is working on: its inputs, their text as typed, and its URL form.

mod form;
pub mod link;
mod scenario;

pub use form::{draft_text, parse_number, FieldError, Form};
pub use scenario::{is_currency_code, RateKind, Scenario, NUMERIC_FIELDS};
