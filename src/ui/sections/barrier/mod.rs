//! Barrier and churn (formulas.md §4): the calibrated model beside what a higher or lower
//! switching cost would do to churn and lifetime value.

mod charts;
mod inputs;
mod results;

use crate::model::switching::NoModel;
use crate::state::{Field, Results, Session, Setting};
use crate::ui::store::Say;
use std::rc::Rc;
use yew::prelude::*;

/// The section, from the session it is given.
pub fn view(session: &Rc<Session>) -> Html {
    html! { <>{ inputs::inputs(session) }{ results::results(session) }</> }
}

/// Whether anything the section shows differs between two sessions: the churn model's
/// answer and what it was calibrated from, its inputs and the switch.
pub fn moved(a: &Session, b: &Session) -> bool {
    let (x, y) = (&a.results, &b.results);
    let inputs = |r: &Results| {
        (
            r.switching.annuity,
            r.valid.switching,
            r.valid.params.revenue,
        )
    };
    super::page_moved(a, b)
        || x.switching.churn != y.switching.churn
        || inputs(x) != inputs(y)
        || super::fields_moved(a, b, super::fields(Field::BaseChurn, Field::CostChange))
        || super::settings_moved(a, b, &[Setting::UseModel])
}

/// Why the model is off, in words.
fn no_model(say: &Say, why: NoModel) -> String {
    let b = &say.m.barrier;
    match why {
        NoModel::NoRevenue => b.no_revenue.into(),
        NoModel::BaseAboveToday { base, today } => b
            .base_above
            .get(say.period)
            .fill([&say.percent(base, 2), &say.percent(today, 2)]),
    }
}
