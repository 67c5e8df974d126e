//! Switching costs (formulas.md §3): the factors a customer faces beside what they add up
//! to, the tolerated premium and the negotiation sentence.

mod charts;
mod explain;
mod inputs;
mod results;
mod table;

use crate::state::{Field, Session};
use std::rc::Rc;
use yew::prelude::*;

/// The section, from the session it is given.
pub fn view(session: &Rc<Session>) -> Html {
    html! { <>{ inputs::inputs(session) }{ results::results(session) }</> }
}

/// Whether anything the section shows differs between two sessions: what the switching
/// costs come to (not the barrier model, which has a section of its own), the revenue they
/// are set against and the inputs.
pub fn moved(a: &Session, b: &Session) -> bool {
    let shown = |s: &Session| {
        let w = &s.results.switching;
        (
            (w.factors, w.groups, w.total, w.point_value, w.in_periods),
            (
                w.annuity,
                w.premium,
                w.premium_share,
                w.cost_whatif,
                w.premium_whatif,
                w.table,
            ),
            (s.results.valid.switching, s.results.valid.params.revenue),
        )
    };
    super::page_moved(a, b)
        || shown(a) != shown(b)
        || super::fields_moved(
            a,
            b,
            super::fields(Field::BenefitLoss, Field::CompetitorPrice),
        )
}
