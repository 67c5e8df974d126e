//! The session the user works on, pure (no browser types): the field registry, the
//! scenario and its form, the share link, the examples, the actions, and `evaluate`.

pub mod currency;
pub mod examples;
mod fields;
mod form;
pub mod link;
mod metrics;
mod results;
mod scenario;
mod session;
mod settings;
mod valid;

pub use examples::Example;
pub use fields::{Convert, Field, FieldError, Spec, Unit, FIELDS};
pub use form::{draft_text, flip_sign, parse_number, read_number, Change, Form, Parsed};
pub use link::LinkProblem;
pub use metrics::{Metric, Reading};
pub use results::{evaluate, Results};
pub use scenario::{RateKind, Scenario};
pub use session::{Action, PeriodSwitch, Session, Undo, Undoable};
pub use settings::{Setting, SettingSpec, SETTINGS, YES_NO};
pub use valid::{validate, Feed, Valid};

#[cfg(test)]
mod tests;
