//! Where the costs come from (formulas.md §7): the leads funnel behind CAC, the contact
//! centre and public channel behind the serving cost, and what bad service costs. Each part
//! is collapsible, its inputs beside its answer; two switches feed CAC and the serving cost
//! into every view.

mod charts;
mod explain;
mod funnel;
mod quality;
mod serving;
mod serving_answer;

use crate::state::{Field, Session, Setting};
use crate::ui::kit::pure;
use crate::ui::store::Say;
use std::rc::Rc;
use yew::prelude::*;

/// One collapsible part: its title, then its inputs beside its answer, its details below;
/// the answer and details marked stale while an input's text is not in use.
fn part(
    session: &Session,
    key: &'static str,
    title: &'static str,
    inputs: Html,
    answer: Html,
    details: Html,
) -> Html {
    let stale = !session.form.is_clean();
    let say = Say::of(session);
    html! {
        <details class="part" open=true data-part={key}>
            <summary><h3>{ title }</h3></summary>
            <div class="part-grid">
                { inputs }
                <div class={classes!("results", stale.then_some("stale"))}>
                    { crate::ui::kit::answer(html! { <>
                        if stale {
                            <p class="stale-note" role="status">{ say.m.page.stale }</p>
                        }
                        { answer }
                    </> }) }
                    { details }
                </div>
            </div>
        </details>
    }
}

/// A piece of the section: how it is drawn, and whether two sessions differ in what it shows.
pub(super) type Piece = (fn(&Rc<Session>) -> Html, fn(&Session, &Session) -> bool);

/// The section's pieces, each drawn again only when what it shows moves.
pub(super) const PIECES: [Piece; 4] = [
    (funnel::view, funnel::moved),
    (serving::view, serving::moved),
    (quality::view, quality::moved),
    (explain::view, moved),
];

/// The section, from the session it is given: each part drawn again only when what it
/// shows moves (a new horizon moves the value at stake, not the funnel).
pub fn view(session: &Rc<Session>) -> Html {
    let say = Say::of(session);
    let m = &say.m.costs;
    html! {
        <div class="parts">
            <h2>{ m.title }</h2>
            <p class="intro">{ m.intro }</p>
            { for PIECES.iter().map(|&(view, moved)| pure(session, view, moved)) }
        </div>
    }
}

/// Whether anything the section shows differs between two sessions: its results (they are
/// computed again when their inputs, the base or the economics in use move), its inputs and
/// switches, and the CAC and serving cost entered that its figures are set against.
pub fn moved(a: &Session, b: &Session) -> bool {
    let entered = [Field::Cac, Field::ServeCost];
    super::page_moved(a, b)
        || !Rc::ptr_eq(&a.results.costs, &b.results.costs)
        || super::fields_moved(a, b, super::fields(Field::Leads, Field::SlaPenalty))
        || super::settings_moved(
            a,
            b,
            &[Setting::UseFunnel, Setting::Staffing, Setting::UseChannels],
        )
        || entered
            .iter()
            .any(|&f| a.form.scenario().get(f) != b.form.scenario().get(f))
}
