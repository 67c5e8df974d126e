//! The section registry: one list drives the navigation, the page and the screenshots
//! (which read the navigation). A new view is a folder here and a row below.

mod acquisition;
mod barrier;
mod costs;
mod switching;
mod upgrade;
mod value;

use crate::i18n::Messages;
use crate::state::{Field, Session, Setting, FIELDS};
use crate::ui::kit::pure;
use std::rc::Rc;
use yew::prelude::*;

/// A view of the page.
pub struct Section {
    /// Its anchor, `#id`.
    pub id: &'static str,
    /// Its name in the navigation.
    pub(crate) nav: fn(&Messages) -> &'static str,
    pub view: fn(&Rc<Session>) -> Html,
    /// Whether anything the view shows differs between two sessions, for a view that reads
    /// the session it is given rather than the context: it renders again only then, not at
    /// every keystroke elsewhere. `None` for views that read the context themselves.
    pub moved: Option<fn(&Session, &Session) -> bool>,
}

/// Whether what every section shows around its figures differs: the language, the currency,
/// the period, and whether every input's text is in use (the stale mark).
fn page_moved(a: &Session, b: &Session) -> bool {
    let (x, y) = (a.form.scenario(), b.form.scenario());
    a.lang != b.lang
        || x.currency != y.currency
        || x.period != y.period
        || a.form.is_clean() != b.form.is_clean()
}

/// Whether any of `fields` shows differently: its text, its error, its example mark.
fn fields_moved(a: &Session, b: &Session, fields: &[Field]) -> bool {
    fields.iter().any(|&f| {
        a.form.draft(f) != b.form.draft(f)
            || a.form.error(f) != b.form.error(f)
            || a.form.marked_example(f) != b.form.marked_example(f)
    })
}

/// Whether any of `settings` has another value.
fn settings_moved(a: &Session, b: &Session, settings: &[Setting]) -> bool {
    let (x, y) = (a.form.scenario(), b.form.scenario());
    settings.iter().any(|&s| x.setting(s) != y.setting(s))
}

/// The fields from `first` to `last`, in the registry's order: a section's own inputs.
fn fields(first: Field, last: Field) -> &'static [Field] {
    &FIELDS[first as usize..=last as usize]
}

/// Section `s` of the page: drawn from the session it is given when it says what moves it,
/// else reading the context itself.
pub fn section(s: &Section, session: &Rc<Session>) -> Html {
    match s.moved {
        Some(moved) => pure(session, s.view, moved),
        None => (s.view)(session),
    }
}

pub const SECTIONS: [Section; 6] = [
    Section {
        id: "value",
        nav: |m| m.page.nav_value,
        view: |_| html! { <><value::inputs::Inputs /><value::results::Results /></> },
        moved: None,
    },
    Section {
        id: "switching",
        nav: |m| m.page.nav_switching,
        view: switching::view,
        moved: Some(switching::moved),
    },
    Section {
        id: "barrier",
        nav: |m| m.page.nav_barrier,
        view: barrier::view,
        moved: Some(barrier::moved),
    },
    Section {
        id: "acquisition",
        nav: |m| m.page.nav_acquisition,
        view: acquisition::view,
        moved: Some(acquisition::moved),
    },
    Section {
        id: "costs",
        nav: |m| m.page.nav_costs,
        view: costs::view,
        moved: Some(costs::moved),
    },
    Section {
        id: "upgrade",
        nav: |m| m.page.nav_upgrade,
        view: upgrade::view,
        moved: Some(upgrade::moved),
    },
];

#[cfg(test)]
mod tests;
