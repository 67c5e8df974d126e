//! Acquisition versus retention (formulas.md §6): what holding the customer base costs by
//! replacing the customers it loses against keeping them, what a retention programme buys,
//! and what some points more of yearly retention do to lifetime value and profit.

mod charts;
mod explain;
mod inputs;
mod results;
mod uplift;

use crate::state::{Field, Results, Session};
use std::rc::Rc;
use yew::prelude::*;

/// The section, from the session it is given.
pub fn view(session: &Rc<Session>) -> Html {
    html! { <>{ inputs::inputs(session) }{ results::results(session) }</> }
}

/// Whether anything the section shows differs between two sessions: its answer and the
/// business inputs it came from, the economics in use (with the modelled churn, if any)
/// and its inputs.
pub fn moved(a: &Session, b: &Session) -> bool {
    let (x, y) = (&a.results, &b.results);
    let inputs = |r: &Results| {
        let modelled = r.modelled().is_some();
        (
            r.acquisition_inputs,
            r.valid.acquisition,
            r.clv_params,
            r.clv.contribution,
            modelled,
        )
    };
    super::page_moved(a, b)
        || x.acquisition.as_deref() != y.acquisition.as_deref()
        || inputs(x) != inputs(y)
        || super::fields_moved(a, b, super::fields(Field::Base, Field::Uplift))
}
