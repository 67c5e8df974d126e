//! The churn model's parameters, the what-if question, and the switch that carries the
//! modelled churn into lifetime value.

use super::no_model;
use crate::model::switching::NoModel;
use crate::state::{Field, Session, Setting};
use crate::ui::kit::{number_field, setting};
use crate::ui::store::Say;
use yew::prelude::*;

pub(super) fn inputs(session: &Session) -> Html {
    let say = Say::of(session);
    let b = &say.m.barrier;
    let number = |field: Field| number_field(field, session, Html::default());
    html! {
        <section class="inputs" aria-labelledby="barrier-inputs-title">
            <h2 id="barrier-inputs-title">{ b.inputs_title }</h2>
            { number(Field::BaseChurn) }
            if let Err(why @ NoModel::BaseAboveToday { .. }) = session.results.switching.churn {
                <p class="message error" data-error-for="base_churn" role="alert">{ no_model(&say, why) }</p>
            }
            { number(Field::Advantage) }
            { number(Field::CostChange) }
            { setting(session, Setting::UseModel, b.use_model, &[], Some(b.use_model_help)) }
        </section>
    }
}
