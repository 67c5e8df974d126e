//! The session: what the user is working on, the verbs that change it, and its results.
//! One state, one reducer (`Session::apply`); the UI only dispatches [`Action`]s and reads.

use super::examples::Example;
use super::form::{Change, Form};
use super::link::{self, LinkProblem};
use super::results::Results;
use super::{Field, RateKind, Setting};
use crate::i18n::Lang;
use crate::model::{Period, Timing};
use std::rc::Rc;

/// Something the user can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Typed text into a field.
    Edit(Field, String),
    /// Switched the period: per-period inputs are converted.
    Period(Period),
    Timing(Timing),
    Currency(String),
    RateKind(RateKind),
    /// Chose a setting's value (an index into its words).
    Choose(Setting, u8),
    Lang(Lang),
    Example(Example),
    /// Back to the first example.
    Reset,
    /// Takes back the last reset, example or period switch.
    Undo,
    DismissLinkProblems,
}

/// What the period switch did, for its notice.
#[derive(Clone, Debug, PartialEq)]
pub struct PeriodSwitch {
    pub from: Period,
    pub to: Period,
    pub timing: Timing,
    pub changes: Vec<Change>,
    pub clv_before: f64,
    pub clv_after: f64,
    /// Whether the barrier model is calibrated (again, in the new period).
    pub model: bool,
    /// Whether lifetime value uses the modelled churn.
    pub modelled: bool,
}

/// A change that replaced many inputs at once, and can be taken back until the next edit.
#[derive(Clone, Debug, PartialEq)]
pub enum Undoable {
    Reset,
    Example(Example),
    Period(PeriodSwitch),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    /// The form as it was before.
    pub form: Form,
    pub what: Undoable,
}

/// Everything on screen derives from this.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub form: Form,
    pub lang: Lang,
    /// The results of the form's last valid scenario.
    pub results: Rc<Results>,
    /// What could not be used from the link the app was opened with.
    pub link_problems: Vec<LinkProblem>,
    pub undo: Option<Undo>,
}

impl Session {
    /// Opens the scenario in a query string. The language is the link's, else `preferred`
    /// (remembered from an earlier visit, or the browser's).
    pub fn open(query: &str, preferred: Lang) -> Session {
        let opened = link::from_query(query, preferred);
        let results = Rc::new(Results::compute(*opened.form.valid(), None));
        Session {
            lang: opened.lang.unwrap_or(preferred),
            form: opened.form,
            results,
            link_problems: opened.problems,
            undo: None,
        }
    }

    /// The share link's query string for what is on screen.
    pub fn query(&self) -> String {
        link::to_query(self.form.scenario(), self.lang)
    }

    /// The session after `action`. A change to the inputs ends the chance to undo.
    pub fn apply(&self, action: Action) -> Session {
        let mut form = self.form.clone();
        let mut lang = self.lang;
        let mut link_problems = self.link_problems.clone();
        let mut undo = None;
        let mut replaced = |what: Undoable| {
            undo = Some(Undo {
                form: self.form.clone(),
                what,
            })
        };
        let mut switched = None;
        match action {
            Action::Edit(field, text) => form.edit(field, text),
            Action::Period(period) => match &self.undo {
                // Switching straight back restores the inputs exactly, without rounding.
                Some(Undo {
                    form: before,
                    what: Undoable::Period(last),
                }) if last.from == period => form = before.clone(),
                _ => switched = Some(form.convert_period(period)),
            },
            Action::Timing(timing) => form.set_timing(timing),
            Action::Currency(code) => form.set_currency(code),
            Action::RateKind(kind) => form.set_rate_kind(kind),
            Action::Choose(setting, value) => form.choose(setting, value),
            Action::Example(example) => {
                form = example_form(example, lang);
                replaced(Undoable::Example(example));
            }
            Action::Reset => {
                form = example_form(Example::Saas, lang);
                replaced(Undoable::Reset);
            }
            Action::Undo => {
                if let Some(before) = &self.undo {
                    form = before.form.clone();
                }
            }
            Action::Lang(to) => {
                lang = to;
                undo = self.undo.clone();
            }
            Action::DismissLinkProblems => {
                link_problems.clear();
                undo = self.undo.clone();
            }
        }
        let results = Rc::new(Results::compute(*form.valid(), Some(&self.results)));
        let from = self.form.scenario().period;
        if let Some(changes) = switched.filter(|_| form.scenario().period != from) {
            undo = Some(Undo {
                form: self.form.clone(),
                what: Undoable::Period(PeriodSwitch {
                    from,
                    to: form.scenario().period,
                    timing: form.scenario().timing,
                    changes,
                    clv_before: self.results.clv.clv,
                    clv_after: results.clv.clv,
                    model: results.switching.churn.is_ok(),
                    modelled: results.modelled().is_some(),
                }),
            });
        }
        Session {
            form,
            lang,
            results,
            link_problems,
            undo,
        }
    }
}

/// A form showing `example` in the currency of `lang`.
fn example_form(example: Example, lang: Lang) -> Form {
    Form::of(example.scenario(lang.default_currency())).unwrap_or_default()
}
