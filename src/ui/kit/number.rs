//! A numeric input, built from the field registry: label and what it means a tap away,
//! units, help, its error beside it, what its text was read as when not a plain number,
//! and a ± button where the field takes negatives.

use super::{term, text};
use crate::state::{flip_sign, link, Action, Feed, Field, Session, Unit};
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
    /// The mark and its hint while the field still holds an example's value.
    example: Option<(&'static str, &'static str)>,
    /// What the text was read as ("= 60,000"), when it was not a plain number.
    understood: Option<AttrValue>,
    /// The ± button's symbol and accessible name, for a field that takes negatives.
    sign: Option<(&'static str, &'static str)>,
    /// For a field a switch can feed: "fed" while the derived value is shown, read-only;
    /// "kept" while the value entered stays in use, and the note says why.
    feed: Option<&'static str>,
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
    // A value a switch feeds: the derived one, read-only, with where it comes from; or the
    // one entered, with why the derived one is not in use.
    let feed = session.results.valid.feed(field);
    let (draft, help) = match feed {
        // Shown to the cent at most, grouped, as the figures are.
        Some(Feed::Fed(x)) => (
            say.number(x, 2),
            text::feed_note(say.m, field, Feed::Fed(x)),
        ),
        Some(f) => (
            session.form.draft(field).to_string(),
            text::feed_note(say.m, field, f),
        ),
        None => (session.form.draft(field).to_string(), words.help),
    };
    let feed = feed.map(|f| match f {
        Feed::Fed(_) => "fed",
        _ => "kept",
    });
    let prefix = if spec.unit.is_money() {
        AttrValue::from(scenario.currency.clone())
    } else {
        AttrValue::default()
    };
    html! {
        <NumberField {field} name={link::param(field, scenario.rate_kind)}
            label={words.label} {help} {prefix} {feed}
            suffix={text::suffix(say.m, spec.unit, say.period)}
            placeholder={match (spec.optional, spec.unit) {
                (false, _) => "",
                (true, Unit::Periods) => say.m.units.no_limit,
                (true, _) => say.m.answers.not_given,
            }}
            draft={AttrValue::from(draft)}
            error={session.form.error(field).map(|e| AttrValue::from(text::error(say.m, e)))}
            example={session.form.marked_example(field)
                .then_some((say.m.answers.example_mark, say.m.answers.example_hint))}
            understood={session.form.understood(field).map(|x| AttrValue::from(text::understood(say.m, x)))}
            sign={spec.takes_negatives().then_some((say.m.units.sign, say.m.units.sign_label))}
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
    let input_ref = use_node_ref();
    let id = format!("in-{name}");
    let note_id = format!("{id}-note");
    let understood_id = format!("{id}-read");
    let error = props.error.clone();
    let sign = props.sign.map(|(symbol, label)| {
        let (dispatch, input_ref) = (dispatch.clone(), input_ref.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            if let Some(input) = input_ref.cast::<HtmlInputElement>() {
                dispatch.emit(Action::Edit(field, flip_sign(&input.value())));
                // Back to typing, with the phone's keyboard still open.
                let _ = input.focus();
            }
        });
        html! {
            <button type="button" class="sign-toggle" aria-label={label} title={label}
                data-sign-for={name} {onclick}>{ symbol }</button>
        }
    });
    let oninput = Callback::from(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        dispatch.emit(Action::Edit(field, input.value()));
    });
    let fed = props.feed == Some("fed");
    let has_note = error.is_some() || !props.help.is_empty();
    let described = match (props.understood.is_some(), has_note) {
        (true, true) => Some(format!("{understood_id} {note_id}")),
        (true, false) => Some(understood_id.clone()),
        (false, true) => Some(note_id.clone()),
        (false, false) => None,
    };
    html! {
        <div class={classes!("field", error.is_some().then_some("invalid"), fed.then_some("fed"))}>
            <div class="field-head">
                <label for={id.clone()}>{ props.label }</label>{ props.term.clone() }
                if let Some((mark, hint)) = props.example {
                    <span class="example-mark" title={hint} data-example-mark={name}>{ mark }</span>
                }
                { props.children.clone() }
            </div>
            <div class="input-wrap">
                if !props.prefix.is_empty() { <span class="affix">{ props.prefix.clone() }</span> }
                { for sign }
                <input ref={input_ref} id={id} name={name} type="text" inputmode="decimal"
                    autocomplete="off" value={props.draft.clone()} {oninput} readonly={fed}
                    placeholder={props.placeholder} aria-invalid={error.is_some().to_string()}
                    aria-describedby={described} />
                if !props.suffix.is_empty() { <span class="affix">{ props.suffix }</span> }
            </div>
            if let Some(understood) = props.understood.clone() {
                <p class="message understood" id={understood_id} data-understood-for={name}>
                    { understood }
                </p>
            }
            if let Some(e) = error {
                <p class="message error" id={note_id} data-error-for={name} role="alert">{ e }</p>
            } else if !props.help.is_empty() {
                <p class="message" id={note_id} data-feed={props.feed}>{ props.help }</p>
            }
        </div>
    }
}
