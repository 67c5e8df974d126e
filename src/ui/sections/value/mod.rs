//! Lifetime value (formulas.md §2): the customer economics beside lifetime value, LTV:CAC,
//! lifetime and payback.

mod charts;
mod explain;
mod inputs;
mod results;

use yew::prelude::*;

#[component]
pub fn Section() -> Html {
    html! { <><inputs::Inputs /><results::Results /></> }
}
