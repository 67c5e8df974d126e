//! At the table: the competitor's price and the decision horizon beside the room to price
//! they drive, and the sentence a rep reads aloud.

use crate::state::{Field, Session};
use crate::ui::kit::number_field;
use crate::ui::store::Say;
use yew::prelude::*;

/// The read-aloud sentence: the highest price against the competitor's (the room alone is
/// the sentence above the table), or what entering the competitor's price gives.
fn sentence(session: &Session, say: &Say) -> String {
    let a = &say.m.answers;
    let r = &session.results;
    let s = &*r.switching;
    let Some(t) = s.table else {
        return a.table_hint.to_string();
    };
    let decision = say.periods(f64::from(r.valid.switching.decision_horizon), 0);
    let per = |x: f64| say.money(x);
    let today = per(r.valid.params.revenue);
    let verdict = if t.inside() {
        a.table_inside.fill([&today, &per(t.headroom)])
    } else {
        a.table_outside.fill([&today, &per(-t.headroom)])
    };
    a.table_with.get(say.period).fill([
        &per(t.competitor),
        &per(t.max_price),
        &per(s.premium),
        &decision,
    ]) + &verdict
}

/// The room at the what-if switching cost, and the highest price then.
fn what_if(session: &Session, say: &Say) -> Option<String> {
    let a = &say.m.answers;
    let r = &session.results;
    let s = &*r.switching;
    let change = r.valid.switching.change;
    if change == 0.0 {
        return None;
    }
    let start = a.table_whatif.get(say.period).fill([
        &say.change(change),
        &say.money(s.cost_whatif),
        &say.money(s.premium_whatif),
    ]);
    let end = s.table.map_or_else(
        || a.table_end.to_string(),
        |t| a.table_up_to.fill([&say.money(t.max_price_whatif)]),
    );
    Some(start + &end)
}

pub fn table(session: &Session) -> Html {
    let say = Say::of(session);
    html! {
        <div class="at-table" data-answer="table">
            <h3>{ say.m.answers.table_title }</h3>
            <div class="row">
                { number_field(Field::CompetitorPrice, session, Html::default()) }
                { number_field(Field::DecisionHorizon, session, Html::default()) }
            </div>
            <p class="negotiation" data-story="table">{ sentence(session, &say) }</p>
            if let Some(line) = what_if(session, &say) {
                <p class="message" data-story="table-whatif">{ line }</p>
            }
        </div>
    }
}
