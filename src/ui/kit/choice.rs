//! A group of radio buttons shown as a segmented control.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChoiceProps<T: PartialEq + Copy + 'static> {
    pub name: AttrValue,
    pub legend: AttrValue,
    /// Each option: its value, the word its input carries, and its label.
    pub options: Vec<(T, &'static str, &'static str)>,
    pub value: T,
    pub onchange: Callback<T>,
}

#[component]
pub fn Choice<T: PartialEq + Copy + 'static>(props: &ChoiceProps<T>) -> Html {
    html! {
        <fieldset class="choice">
            <legend>{ props.legend.clone() }</legend>
            <div class="segments">
            { for props.options.iter().map(|&(value, key, label)| {
                let onchange = props.onchange.reform(move |_: Event| value);
                html! {
                    <label class="segment">
                        <input type="radio" name={props.name.clone()} value={key}
                            checked={value == props.value} {onchange} />
                        <span>{ label }</span>
                    </label>
                }
            }) }
            </div>
        </fieldset>
    }
}
