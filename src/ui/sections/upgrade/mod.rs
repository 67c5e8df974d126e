//! Upgrade or trade-in (formulas.md §8): what the rep can offer a customer whose unit is
//! ageing, what each option is worth to us, our walk-away numbers, and the credit the
//! customer will accept.

mod charts;
mod explain;
mod inputs;
mod results;
mod table;

use crate::state::{Field, Session, Setting};
use std::rc::Rc;
use yew::prelude::*;

/// The section, from the session it is given.
pub fn view(session: &Rc<Session>) -> Html {
    html! { <>{ inputs::inputs(session) }{ results::results(session) }</> }
}

/// Whether anything the section shows differs between two sessions: its results and the
/// inputs they came from, the economics it tells of, its inputs and its depreciation rule.
pub fn moved(a: &Session, b: &Session) -> bool {
    let (x, y) = (&a.results, &b.results);
    let results_moved = match (&x.upgrade, &y.upgrade) {
        (Ok(p), Ok(q)) => !Rc::ptr_eq(p, q),
        (p, q) => p.as_ref().err() != q.as_ref().err(),
    };
    super::page_moved(a, b)
        || results_moved
        || x.valid.upgrade != y.valid.upgrade
        || x.upgrade_inputs != y.upgrade_inputs
        || (x.clv.contribution, x.clv_params.retention)
            != (y.clv.contribution, y.clv_params.retention)
        || super::fields_moved(
            a,
            b,
            super::fields(Field::UnitPriceOld, Field::CustomerDiscount),
        )
        || super::settings_moved(a, b, &[Setting::Depreciation])
}
