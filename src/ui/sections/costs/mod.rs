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

use crate::state::Session;
use crate::ui::store::{use_session, Say};
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

#[component]
pub fn Costs() -> Html {
    let session = use_session();
    let say = Say::of(&session);
    let m = &say.m.costs;
    html! {
        <div class="parts">
            <h2>{ m.title }</h2>
            <p class="intro">{ m.intro }</p>
            { funnel::funnel(&session, &say) }
            { serving::serving(&session, &say) }
            { quality::quality(&session, &say) }
            <div class="details">{ explain::explain(&session, &say) }</div>
        </div>
    }
}
