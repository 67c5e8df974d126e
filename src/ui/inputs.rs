//! The input panel: customer economics.

use super::app::{Action, AppState};
use crate::format::period_noun;
use crate::format::CURRENCIES;
use crate::model::{Field, Period, Timing};
use crate::state::link::{param_name, word, PERIODS, TIMINGS};
use crate::state::{FieldError, Form, RateKind};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InputsProps {
    pub form: Form,
    pub dispatch: UseReducerDispatcher<AppState>,
    /// Whether lifetime value uses the churn the barrier model gives, not the rate entered.
    pub modelled: bool,
}

/// Label, unit in front, unit behind, and a one-line hint.
#[derive(Clone, PartialEq)]
struct FieldText {
    label: &'static str,
    prefix: String,
    suffix: String,
    hint: &'static str,
    placeholder: &'static str,
}

fn field_text(field: Field, form: &Form) -> FieldText {
    let s = form.scenario();
    let per = format!("per {}", period_noun(s.period));
    let money = |label, hint, suffix: &str| FieldText {
        label,
        prefix: s.currency.clone(),
        suffix: suffix.to_string(),
        hint,
        placeholder: "",
    };
    let count = |label, suffix: &str| FieldText {
        label,
        prefix: String::new(),
        suffix: suffix.to_string(),
        hint: "",
        placeholder: "",
    };
    let rating = |label, hint| FieldText {
        label,
        prefix: String::new(),
        suffix: "of 7".to_string(),
        hint,
        placeholder: "",
    };
    let percent = |label, hint, suffix: &str| FieldText {
        label,
        prefix: String::new(),
        suffix: format!("% {suffix}").trim_end().to_string(),
        hint,
        placeholder: "",
    };
    match field {
        Field::Revenue => money("Revenue per customer", "What one customer pays you.", &per),
        Field::Margin => percent(
            "Gross margin",
            "Share of revenue left after direct costs.",
            "",
        ),
        Field::ServeCost => money(
            "Cost to serve and retain",
            "Service, loyalty and account management for one customer.",
            &per,
        ),
        Field::Retention => match s.rate_kind {
            RateKind::Retention => percent(
                "Retention",
                "Share of customers who stay each period.",
                &per,
            ),
            RateKind::Churn => percent("Churn", "Share of customers who leave each period.", &per),
        },
        Field::Discount => percent(
            "Discount rate",
            "Your cost of capital; future money is worth less.",
            "a year",
        ),
        Field::Cac => money(
            "Acquisition cost (CAC)",
            "Marketing and sales spend to win one customer.",
            "",
        ),
        Field::Horizon => FieldText {
            label: "Horizon",
            prefix: String::new(),
            suffix: format!("{}s", period_noun(s.period)),
            hint: "How far ahead to count. Empty or 0: no limit.",
            placeholder: "No limit",
        },
        Field::BenefitLoss => money(
            "Benefit loss",
            "Points, volume discounts and perks the customer forfeits by leaving.",
            "",
        ),
        Field::MonetaryLoss => money(
            "Monetary loss",
            "Exit fees, unrecovered sunk investment and the new vendor's set-up charges.",
            "",
        ),
        Field::RiskChance => percent("Chance of trouble", "", ""),
        Field::RiskLoss => money("Loss if it happens", "", ""),
        Field::EvaluationHours => count("Hours", "hours"),
        Field::LearningPeople => count("People", "people"),
        Field::LearningHours => count("Hours each", "hours"),
        Field::HourlyCost => money(
            "Staff cost per hour",
            "The customer's cost of one hour of its people's time.",
            "per hour",
        ),
        Field::SetupCost => money(
            "Set-up",
            "Migration, integration and downtime of moving to a new vendor.",
            "",
        ),
        Field::PersonalRelationship => rating(
            "Personal relationship",
            "Bonds with your people that the customer would lose.",
        ),
        Field::BrandRelationship => rating(
            "Brand relationship",
            "Attachment to your brand and what it stands for.",
        ),
        Field::FunctionRisk => rating(
            "Product-function risk",
            "Worry that a new product will not work as well.",
        ),
        Field::SelfImageRisk => rating(
            "Self-image risk",
            "Worry that a wrong choice would reflect on the decision-maker.",
        ),
        Field::SocialImageRisk => rating(
            "Social-image risk",
            "Worry about how colleagues and peers would judge the switch.",
        ),
        Field::PointValue => percent(
            "Each point above 1 is worth",
            "Ratings are 1 (none) to 7 (very strong); each point above 1 costs the customer this \
             share of a year's spend.",
            "of annual spend",
        ),
        Field::DecisionHorizon => FieldText {
            label: "Decision horizon",
            prefix: String::new(),
            suffix: format!("{}s", period_noun(s.period)),
            hint: "How far ahead the customer weighs a cheaper offer.",
            placeholder: "",
        },
        Field::BaseChurn => percent(
            "Churn no barrier stops (q₀)",
            "Customers who leave whatever you do: moves, closures.",
            &per,
        ),
        Field::Advantage => percent(
            "Typical competitor advantage (μ)",
            "A competitor's average edge in price or value, as a share of revenue.",
            "of revenue",
        ),
        Field::CostChange => percent(
            "What if switching cost changes by",
            "Positive raises the barrier, negative lowers it; −100 removes it.",
            "",
        ),
    }
}

/// What one numeric field shows: a field re-renders only when this changes, not at every
/// keystroke in another field.
#[derive(Properties, PartialEq)]
struct NumberProps {
    field: Field,
    name: &'static str,
    text: FieldText,
    draft: AttrValue,
    error: Option<FieldError>,
    dispatch: UseReducerDispatcher<AppState>,
    /// Shown beside the label: a toggle, or the money a factor's inputs come to.
    children: Html,
}

/// The numeric input for `field`, with `extra` beside its label.
pub fn number_field(
    field: Field,
    form: &Form,
    dispatch: &UseReducerDispatcher<AppState>,
    extra: Html,
) -> Html {
    html! {
        <NumberField {field} name={param_name(field, form.scenario().rate_kind)}
            text={field_text(field, form)} draft={AttrValue::from(form.draft(field).to_string())}
            error={form.error(field)} dispatch={dispatch.clone()}>
            { extra }
        </NumberField>
    }
}

/// A numeric input with its label, units, and its hint or error beneath.
#[component]
fn NumberField(props: &NumberProps) -> Html {
    let field = props.field;
    let text = &props.text;
    let name = props.name;
    let id = format!("in-{name}");
    let note_id = format!("{id}-note");
    let error = props.error;
    let oninput = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            dispatch.dispatch(Action::Edit(field, input.value()));
        })
    };
    html! {
        <div class={classes!("field", error.is_some().then_some("invalid"))}>
            <div class="field-head">
                <label for={id.clone()}>{ text.label }</label>
                { props.children.clone() }
            </div>
            <div class="input-wrap">
                if !text.prefix.is_empty() { <span class="affix">{ text.prefix.clone() }</span> }
                <input id={id} name={name} type="text" inputmode="decimal" autocomplete="off"
                    value={props.draft.clone()} {oninput} placeholder={text.placeholder}
                    aria-invalid={error.is_some().to_string()}
                    aria-describedby={(error.is_some() || !text.hint.is_empty()).then(|| note_id.clone())} />
                if !text.suffix.is_empty() { <span class="affix">{ text.suffix.clone() }</span> }
            </div>
            if let Some(e) = error {
                <p class="message error" id={note_id} data-error-for={name} role="alert">{ e.to_string() }</p>
            } else if !text.hint.is_empty() {
                <p class="message" id={note_id}>{ text.hint }</p>
            }
        </div>
    }
}

/// A group of radio buttons shown as a segmented control.
#[derive(Properties, PartialEq)]
struct ChoiceProps<T: PartialEq + Copy + 'static> {
    name: AttrValue,
    legend: AttrValue,
    options: Vec<(T, &'static str, &'static str)>,
    value: T,
    onchange: Callback<T>,
}

#[component]
fn Choice<T: PartialEq + Copy + 'static>(props: &ChoiceProps<T>) -> Html {
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

#[component]
pub fn Inputs(props: &InputsProps) -> Html {
    let s = props.form.scenario();
    let d = props.dispatch.clone();
    let on_period = Callback::from({
        let d = d.clone();
        move |p| d.dispatch(Action::Period(p))
    });
    let on_timing = Callback::from({
        let d = d.clone();
        move |t| d.dispatch(Action::Timing(t))
    });
    let on_currency = Callback::from({
        let d = d.clone();
        move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            d.dispatch(Action::Currency(select.value()));
        }
    });
    let rate_toggle = {
        let next = match s.rate_kind {
            RateKind::Retention => RateKind::Churn,
            RateKind::Churn => RateKind::Retention,
        };
        let label = match next {
            RateKind::Retention => "Enter retention instead",
            RateKind::Churn => "Enter churn instead",
        };
        let d = d.clone();
        let onclick = Callback::from(move |_| d.dispatch(Action::RateKind(next)));
        html! { <button type="button" class="link-button" data-action="rate-kind" {onclick}>{ label }</button> }
    };
    let currencies = CURRENCIES
        .iter()
        .copied()
        .chain((!CURRENCIES.contains(&s.currency.as_str())).then_some(s.currency.as_str()));
    let number = |field: Field| number_field(field, &props.form, &d, Html::default());
    html! {
        <section class="inputs" aria-labelledby="inputs-title">
            <h2 id="inputs-title">{ "Customer economics" }</h2>
            <div class="row">
                <Choice<Period> name="period" legend="Period" value={s.period} onchange={on_period}
                    options={vec![
                        (Period::Month, word(&PERIODS, Period::Month), "Month"),
                        (Period::Year, word(&PERIODS, Period::Year), "Year"),
                    ]} />
                <div class="field currency">
                    <label for="in-currency">{ "Currency" }</label>
                    <select id="in-currency" name="currency" onchange={on_currency}>
                        { for currencies.map(|c| html! {
                            <option value={c.to_string()} selected={c == s.currency}>{ c }</option>
                        }) }
                    </select>
                </div>
            </div>
            { number(Field::Revenue) }
            { number(Field::Margin) }
            { number(Field::ServeCost) }
            { number_field(Field::Retention, &props.form, &d, rate_toggle) }
            if props.modelled {
                <p class="message model-hint" data-notice="modelled-rate">
                    { "Today's rate: it calibrates the barrier model, whose churn lifetime value now uses (Barrier and churn, below)." }
                </p>
            }
            { number(Field::Discount) }
            { number(Field::Cac) }
            { number(Field::Horizon) }
            <Choice<Timing> name="timing" legend="When customers pay" value={s.timing} onchange={on_timing}
                options={vec![
                    (Timing::Upfront, word(&TIMINGS, Timing::Upfront), "Upfront"),
                    (Timing::Arrears, word(&TIMINGS, Timing::Arrears), "In arrears"),
                ]} />
            <p class="message">{ match s.timing {
                Timing::Upfront => "First contribution at signing, then at the start of each period the customer stays.",
                Timing::Arrears => "First contribution one period after signing, and only if the customer stays.",
            } }</p>
        </section>
    }
}
