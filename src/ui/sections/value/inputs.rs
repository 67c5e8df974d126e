//! The customer economics: period, currency, the money and rates, timing.

use crate::i18n::format::currencies;
use crate::model::{Period, Timing};
use crate::state::link::{word, PERIODS, TIMINGS};
use crate::state::{Action, Field, RateKind, Session};
use crate::ui::kit::{number_field, Choice};
use crate::ui::store::{use_dispatch, use_session, Say};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The button that switches the rate field between retention and churn.
fn rate_toggle(session: &Session, dispatch: &Callback<Action>) -> Html {
    let units = &Say::of(session).m.units;
    let (next, label) = match session.form.scenario().rate_kind {
        RateKind::Retention => (RateKind::Churn, units.enter_churn),
        RateKind::Churn => (RateKind::Retention, units.enter_retention),
    };
    let onclick = dispatch.reform(move |_: MouseEvent| Action::RateKind(next));
    html! { <button type="button" class="link-button" data-action="rate-kind" {onclick}>{ label }</button> }
}

#[component]
pub fn Inputs() -> Html {
    let session = use_session();
    let dispatch = use_dispatch();
    let say = Say::of(&session);
    let (m, u) = (say.m, &say.m.units);
    let s = session.form.scenario();
    let on_currency = dispatch.reform(|e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        Action::Currency(select.value())
    });
    let mut listed: Vec<&str> = currencies().collect();
    if !listed.contains(&s.currency.as_str()) {
        listed.push(&s.currency);
    }
    let number = |field: Field| number_field(field, &session, Html::default());
    html! {
        <section class="inputs" aria-labelledby="inputs-title">
            <h2 id="inputs-title">{ m.value.inputs_title }</h2>
            <div class="row">
                <Choice<Period> name="period" legend={u.period} value={s.period}
                    onchange={dispatch.reform(Action::Period)}
                    options={vec![
                        (Period::Month, word(&PERIODS, Period::Month), u.month),
                        (Period::Year, word(&PERIODS, Period::Year), u.year),
                    ]} />
                <div class="field currency">
                    <label for="in-currency">{ u.currency }</label>
                    <select id="in-currency" name="currency" onchange={on_currency}>
                        { for listed.into_iter().map(|c| html! {
                            <option value={c.to_string()} selected={c == s.currency}>{ c }</option>
                        }) }
                    </select>
                </div>
            </div>
            { number(Field::Revenue) }
            { number(Field::Margin) }
            { number(Field::ServeCost) }
            { number_field(Field::Rate, &session, rate_toggle(&session, &dispatch)) }
            if session.results.modelled().is_some() {
                <p class="message model-hint" data-notice="modelled-rate">{ m.notices.modelled_rate }</p>
            }
            { number(Field::Discount) }
            { number(Field::Cac) }
            { number(Field::Horizon) }
            <Choice<Timing> name="timing" legend={u.timing} value={s.timing}
                onchange={dispatch.reform(Action::Timing)}
                options={vec![
                    (Timing::Upfront, word(&TIMINGS, Timing::Upfront), u.upfront),
                    (Timing::Arrears, word(&TIMINGS, Timing::Arrears), u.arrears),
                ]} />
            <p class="message">{ u.timing_help.get(s.timing) }</p>
        </section>
    }
}
