//! Switching costs (formulas.md §3): the factors a customer faces beside what they add up
//! to, the tolerated premium and the negotiation sentence.

mod charts;
mod explain;
mod inputs;
mod results;

use yew::prelude::*;

#[component]
pub fn Section() -> Html {
    html! { <><inputs::Inputs /><results::Results /></> }
}
