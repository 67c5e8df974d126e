//! The section registry: one list drives the navigation, the page and the screenshots
//! (which read the navigation). A new view is a folder here and a row below.

mod acquisition;
mod barrier;
mod costs;
mod switching;
mod upgrade;
mod value;

use crate::i18n::Messages;
use yew::prelude::*;

/// A view of the page.
pub struct Section {
    /// Its anchor, `#id`.
    pub id: &'static str,
    /// Its name in the navigation.
    pub(crate) nav: fn(&Messages) -> &'static str,
    pub view: fn() -> Html,
}

pub const SECTIONS: [Section; 6] = [
    Section {
        id: "value",
        nav: |m| m.page.nav_value,
        view: || html! { <><value::inputs::Inputs /><value::results::Results /></> },
    },
    Section {
        id: "switching",
        nav: |m| m.page.nav_switching,
        view: || html! { <><switching::inputs::Inputs /><switching::results::Results /></> },
    },
    Section {
        id: "barrier",
        nav: |m| m.page.nav_barrier,
        view: || html! { <><barrier::inputs::Inputs /><barrier::results::Results /></> },
    },
    Section {
        id: "acquisition",
        nav: |m| m.page.nav_acquisition,
        view: || html! { <><acquisition::inputs::Inputs /><acquisition::results::Results /></> },
    },
    Section {
        id: "costs",
        nav: |m| m.page.nav_costs,
        view: || html! { <costs::Costs /> },
    },
    Section {
        id: "upgrade",
        nav: |m| m.page.nav_upgrade,
        view: || html! { <><upgrade::inputs::Inputs /><upgrade::results::Results /></> },
    },
];
