//! A numeric input, built from the field registry: label and what it means a tap away,
//! units, help, and its error beside it.

use super::{term, text};
use crate::state::{link, Action, Field, Session};
use crate::ui::store::{use_dispatch, Say};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What one numeric field shows: a field re-renders only when this changes, not at every
/// keystroke in another field.
#[derive(Properties, PartialEq)]
struct NumberProps {
    field: Field,
    name: &'static str,
    label: &'static str,
    help: &'static str,
    prefix: AttrValue,
    suffix: &'static str,
    placeholder: &'static str,
    draft: AttrValue,
    error: Option<AttrValue>,
    /// The button beside the label that shows what the field means.
    term: Html,
    /// Shown beside the label: a toggle, or the money a factor's inputs come to.
    children: Html,
}

/// The input for `field` as `session` has it, with `extra` beside its label.
pub fn number_field(field: Field, session: &Session, extra: Html) -> Html {
    let say = Say::of(session);
    let scenario = session.form.scenario();
    let spec = field.spec();
    let words = text::field_text(say.m, field, scenario.rate_kind);
    let prefix = if text::is_money(spec.unit) {
        AttrValue::from(scenario.currency.clone())
    } else {
        AttrValue::default()
    };
    html! {
        <NumberField {field} name={link::param(field, scenario.rate_kind)}
            label={words.label} help={words.help} {prefix}
            suffix={text::suffix(say.m, spec.unit, say.period)}
            placeholder={if spec.optional { say.m.units.no_limit } else { "" }}
            draft={AttrValue::from(session.form.draft(field).to_string())}
            error={session.form.error(field).map(|e| AttrValue::from(text::error(say.m, e)))}
            term={term(say.m, format!("in-{}-define", link::param(field, scenario.rate_kind)), words.label, words.define)}>
            { extra }
        </NumberField>
    }
}

#[component]
fn NumberField(props: &NumberProps) -> Html {
    let dispatch = use_dispatch();
    let field = props.field;
    let name = props.name;
    let id = format!("in-{name}");
    let note_id = format!("{id}-note");
    let error = props.error.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        dispatch.emit(Action::Edit(field, input.value()));
    });
    let described = error.is_some() || !props.help.is_empty();
    html! {
        <div class={classes!("field", error.is_some().then_some("invalid"))}>
            <div class="field-head">
                <label for={id.clone()}>{ props.label }</label>{ props.term.clone() }
                { props.children.clone() }
            </div>
            <div class="input-wrap">
                if !props.prefix.is_empty() { <span class="affix">{ props.prefix.clone() }</span> }
                <input id={id} name={name} type="text" inputmode="decimal" autocomplete="off"
                    value={props.draft.clone()} {oninput} placeholder={props.placeholder}
                    aria-invalid={error.is_some().to_string()}
                    aria-describedby={described.then(|| note_id.clone())} />
                if !props.suffix.is_empty() { <span class="affix">{ props.suffix }</span> }
            </div>
            if let Some(e) = error {
                <p class="message error" id={note_id} data-error-for={name} role="alert">{ e }</p>
            } else if !props.help.is_empty() {
                <p class="message" id={note_id}>{ props.help }</p>
            }
        </div>
    }
}
