//! The churn model's parameters, the what-if question, and the switch that carries the
//! modelled churn into lifetime value.

use super::no_model;
use crate::model::switching::NoModel;
use crate::state::{Action, Field};
use crate::ui::kit::number_field;
use crate::ui::store::{use_dispatch, use_session, Say};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[component]
pub fn Inputs() -> Html {
    let session = use_session();
    let dispatch = use_dispatch();
    let say = Say::of(&session);
    let b = &say.m.barrier;
    let number = |field: Field| number_field(field, &session, Html::default());
    let onchange = dispatch.reform(|e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Action::UseModel(input.checked())
    });
    html! {
        <section class="inputs" aria-labelledby="barrier-inputs-title">
            <h2 id="barrier-inputs-title">{ b.inputs_title }</h2>
            { number(Field::BaseChurn) }
            if let Err(why @ NoModel::BaseAboveToday { .. }) = session.results.switching.churn {
                <p class="message error" data-error-for="base_churn" role="alert">{ no_model(&say, why) }</p>
            }
            { number(Field::Advantage) }
            { number(Field::CostChange) }
            <label class="toggle">
                <input type="checkbox" name="use_model" checked={session.form.scenario().use_model} {onchange} />
                <span>{ b.use_model }</span>
            </label>
            <p class="message">{ b.use_model_help }</p>
        </section>
    }
}
