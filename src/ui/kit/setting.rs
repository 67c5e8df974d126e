//! A setting from the registry on screen: a switch for yes-or-no settings, a segmented
//! choice for the others. Its input carries the setting's link parameter as its name and
//! each value's link word, so tests and embedders address it as the link does.

use super::Choice;
use crate::state::{Action, Session, Setting};
use crate::ui::store::use_dispatch;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SettingProps {
    pub setting: Setting,
    /// A switch's label, or a segmented choice's legend.
    pub label: AttrValue,
    /// A label for each of the setting's words, in their order (none for a switch).
    #[prop_or_default]
    pub options: Vec<&'static str>,
    /// Below the control: what the setting does.
    #[prop_or_default]
    pub help: Option<AttrValue>,
    pub value: u8,
}

/// The control for one setting, showing `value` (see [`setting`]).
#[component]
pub fn SettingField(props: &SettingProps) -> Html {
    let dispatch = use_dispatch();
    let setting = props.setting;
    let spec = setting.spec();
    let control = if setting.is_switch() {
        let onchange = dispatch.reform(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            Action::Choose(setting, u8::from(input.checked()))
        });
        html! {
            <label class="toggle">
                <input type="checkbox" name={spec.param} checked={props.value == 1} {onchange} />
                <span>{ props.label.clone() }</span>
            </label>
        }
    } else {
        let options = (0u8..)
            .zip(spec.words)
            .zip(&props.options)
            .map(|((v, word), label)| (v, *word, *label))
            .collect::<Vec<_>>();
        let onchange = dispatch.reform(move |v: u8| Action::Choose(setting, v));
        html! {
            <Choice<u8> name={spec.param} legend={props.label.clone()} {options}
                value={props.value} {onchange} />
        }
    };
    html! {
        <>
            { control }
            if let Some(help) = &props.help {
                <p class="message">{ help.clone() }</p>
            }
        </>
    }
}

/// The control for `setting` as the session holds it.
pub fn setting(
    session: &Session,
    setting: Setting,
    label: &'static str,
    options: &[&'static str],
    help: Option<&'static str>,
) -> Html {
    html! {
        <SettingField {setting} label={label} options={options.to_vec()}
            help={help.map(AttrValue::Static)} value={session.form.scenario().setting(setting)} />
    }
}
