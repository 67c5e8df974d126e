//! Barrier → churn: what switching costs do to churn and lifetime value (domain.md §4).

use super::app::{Action, AppState};
use super::chart::{Chart, Picture};
use super::figures::{exact, figure};
use super::inputs::number_field;
use super::switching::caution;
use crate::format::{self, money, number, percent, period_noun};
use crate::model::switching::NoModel;
use crate::model::{Field, Params, Switching, SwitchingParams};
use crate::state::Form;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BarrierInputsProps {
    pub form: Form,
    pub dispatch: UseReducerDispatcher<AppState>,
    pub switching: Rc<Switching>,
}

/// Why the model is off, in words.
fn no_model(why: NoModel, noun: &str) -> String {
    match why {
        NoModel::NoRevenue => "The barrier model needs revenue above 0: it weighs switching cost \
                               against what the customer spends."
            .to_string(),
        NoModel::BaseAboveToday { base, today } => format!(
            "Churn no barrier stops ({} a {noun}) is above today's churn ({}), so the model cannot \
             be calibrated. Lower it, or raise churn under Customer economics.",
            percent(base, 2),
            percent(today, 2)
        ),
    }
}

/// The churn model's parameters, the what-if question, and the switch that carries the
/// modelled churn into lifetime value.
#[component]
pub fn BarrierInputs(props: &BarrierInputsProps) -> Html {
    let number = |field: Field| number_field(field, &props.form, &props.dispatch, Html::default());
    let noun = period_noun(props.form.scenario().period);
    let onchange = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            dispatch.dispatch(Action::UseModel(input.checked()));
        })
    };
    html! {
        <section class="inputs" aria-labelledby="barrier-inputs-title">
            <h2 id="barrier-inputs-title">{ "Barrier and churn" }</h2>
            { number(Field::BaseChurn) }
            if let Err(why @ NoModel::BaseAboveToday { .. }) = props.switching.churn {
                <p class="message error" data-error-for="base_churn" role="alert">{ no_model(why, noun) }</p>
            }
            { number(Field::Advantage) }
            { number(Field::CostChange) }
            <label class="toggle">
                <input type="checkbox" name="use_model" checked={props.form.scenario().use_model} {onchange} />
                <span>{ "Use the modelled churn in lifetime value" }</span>
            </label>
            <p class="message">{ "Lifetime value above then assumes the what-if switching cost, so both views tell one story." }</p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct BarrierResultsProps {
    pub switching: Rc<Switching>,
    pub params: Params,
    pub sp: SwitchingParams,
    pub currency: AttrValue,
    pub stale: bool,
}

/// A signed amount: "+$1,234.00", "−$56.00".
fn signed_money(x: f64, currency: &str) -> String {
    let text = money(x, currency);
    if x > 0.0 {
        format!("+{text}")
    } else {
        text
    }
}

/// The what-if change in words: "+25 %", "−20 %".
fn change_words(change: f64) -> String {
    let size = percent(change.abs(), 1);
    match change {
        c if c > 0.0 => format!("+{size}"),
        c if c < 0.0 => format!("−{size}"),
        _ => size,
    }
}

#[component]
pub fn BarrierResults(props: &BarrierResultsProps) -> Html {
    let cur = props.currency.as_str();
    let m = |x: f64| money(x, cur);
    let p = &props.params;
    let noun = period_noun(p.period);
    let c = match &props.switching.churn {
        Ok(c) => c,
        Err(why) => {
            return html! {
                <section class={classes!("results", props.stale.then_some("stale"))} aria-labelledby="barrier-title">
                    <h2 id="barrier-title">{ "What the barrier does to churn" }</h2>
                    <p class="negotiation" data-notice="no-model">{ no_model(*why, noun) }</p>
                </section>
            };
        }
    };
    let change = change_words(props.sp.change);
    let pct = |x: f64| percent(x, 2);
    let lifetime =
        |x: Option<f64>| x.map_or_else(|| "Unlimited".to_string(), |x| format::periods(x, 1, noun));
    let story = if c.asked_cost == c.model.cost {
        "Enter a change in switching cost to see what a higher or lower barrier would do."
            .to_string()
    } else {
        let verb = if props.sp.change > 0.0 {
            "Raising"
        } else {
            "Lowering"
        };
        let value = if c.clv_change >= 0.0 { "adds" } else { "takes" };
        format!(
            "{verb} switching cost by {} to {} moves churn from {} to {} a {noun}, and {value} {} {} each customer's lifetime value.",
            percent(props.sp.change.abs(), 1),
            m(c.asked_cost),
            pct(c.model.today),
            pct(c.asked_churn),
            m(c.clv_change.abs()),
            if c.clv_change >= 0.0 { "to" } else { "from" },
        )
    };
    let free = c.model.free_competitive;
    html! {
        <section class={classes!("results", props.stale.then_some("stale"))} aria-labelledby="barrier-title">
            <h2 id="barrier-title">{ "What the barrier does to churn" }</h2>
            <dl class="figures">
                { figure("churn_free", "Churn if switching were free", format!("{} a {noun}", pct(c.free_churn)),
                    c.free_churn.to_string(), "No switching cost at all.".to_string()) }
                { figure("churn_today", "Churn today", format!("{} a {noun}", pct(c.model.today)),
                    c.model.today.to_string(), format!("At today's switching cost of {}.", m(c.model.cost))) }
                { figure("churn_whatif", format!("Churn at {change}"), format!("{} a {noun}", pct(c.asked_churn)),
                    c.asked_churn.to_string(), format!("Switching cost {}.", m(c.asked_cost))) }
                { figure("clv_whatif", format!("Lifetime value at {change}"), m(c.asked.clv),
                    c.asked.clv.to_string(), format!("Today {}.", m(c.today_clv))) }
                { figure("clv_change", "Change in lifetime value", signed_money(c.clv_change, cur),
                    c.clv_change.to_string(), "Per customer, against today.".to_string()) }
                { figure("lifetime_whatif", format!("Expected lifetime at {change}"), lifetime(c.asked.lifetime),
                    exact(c.asked.lifetime, "unlimited"), format!("Average {noun}s a customer stays.")) }
            </dl>
            <p class="negotiation" data-story="barrier">{ story }</p>
            { caution() }
            <div class="charts single">
                <Chart picture={Picture::Barrier(props.switching.clone())} period={p.period} currency={props.currency.clone()} />
            </div>
            <details class="explain" open=true>
                <summary>{ "How the barrier model works" }</summary>
                <p>{ "A competitor offers an advantage worth a share of the customer's spend; advantages are exponentially distributed with mean μ. A customer switches when the present value of the saving over the decision horizon exceeds the switching cost SC. So churn is" }</p>
                <p class="formula"><code>{ "q = q₀ + q_free · e^(−SC / k),   k = μ · R · A(H, d)" }</code></p>
                <div class="table-wrap">
                <table>
                    <tbody>
                        <tr><th scope="row">{ "Scale" }</th><td><code>{ "k = μ·R·A(H,d)" }</code></td>
                            <td>{ format!("{} × {} × {} = {}", percent(props.sp.advantage, 2), m(p.revenue),
                                number(props.switching.annuity, 4), m(c.model.scale)) }</td></tr>
                        <tr><th scope="row">{ "Calibration" }</th><td><code>{ "q_free = (q_today − q₀)·e^(SC/k)" }</code></td>
                            <td>{ match free {
                                Some(f) => format!("({} − {}) × e^({} / {}) = {}", pct(c.model.today), pct(c.model.base),
                                    m(c.model.cost), m(c.model.scale), pct(f)),
                                None => "too large to show: today's switching cost is many times k".to_string(),
                            } }</td></tr>
                        <tr><th scope="row">{ "What if" }</th><td><code>{ "q(SC′), SC′ = SC·(1 + change)" }</code></td>
                            <td>{ format!("q({}) = {}, capped at 100 %", m(c.asked_cost), pct(c.asked_churn)) }</td></tr>
                    </tbody>
                </table>
                </div>
                <p class="message">{ "q₀ is churn no barrier stops (moves, closures); q_free is the competitive churn if switching were free, set so that today's switching cost gives today's churn. Lifetime values use the economics above with only churn changed." }</p>
            </details>
        </section>
    }
}
