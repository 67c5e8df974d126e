//! The app: one reducer holds the form and the model's result; views only read them.

use super::barrier::{BarrierInputs, BarrierResults};
use super::chart::{Chart, Picture};
use super::explain::Explain;
use super::figures::Figures;
use super::inputs::Inputs;
use super::share::Share;
use super::switching::{SwitchingInputs, SwitchingResults};
use crate::format::{money, percent, period_noun};
use crate::model::{compute, switching, Clv, Field, Params, Period, Switching, Timing};
use crate::state::{link, Form, RateKind};
use gloo::timers::callback::Timeout;
use std::rc::Rc;
use yew::prelude::*;

/// How long the address bar waits for typing to pause before it takes the new link.
const LOCATION_DELAY_MS: u32 = 250;

/// Everything on screen derives from this.
#[derive(Clone, PartialEq)]
pub struct AppState {
    pub form: Form,
    /// Switching costs and the barrier model for the form's last valid scenario.
    pub switching: Rc<Switching>,
    /// The economics lifetime value is computed from: as entered, or with the modelled
    /// churn when the scenario asks for it.
    pub params: Params,
    /// Lifetime value for `params`.
    pub clv: Rc<Clv>,
    /// What could not be used from the link the app was opened with.
    pub link_problems: Vec<String>,
    /// The form as it was before Reset, until the next change: Undo brings it back.
    pub before_reset: Option<Form>,
}

pub enum Action {
    Edit(Field, String),
    Period(Period),
    Timing(Timing),
    Currency(String),
    RateKind(RateKind),
    UseModel(bool),
    Reset,
    UndoReset,
    DismissLinkProblems,
}

/// Lifetime value takes the modelled churn when the user asks for it and the model exists.
fn clv_params(form: &Form, switching: &Switching) -> Params {
    match &switching.churn {
        Ok(c) if form.scenario().use_model => c.asked_params,
        _ => *form.params(),
    }
}

impl AppState {
    fn new(form: Form, link_problems: Vec<String>) -> AppState {
        let switching = Rc::new(switching::compute(form.params(), form.switching()));
        let params = clv_params(&form, &switching);
        AppState {
            clv: Rc::new(compute(&params)),
            params,
            switching,
            form,
            link_problems,
            before_reset: None,
        }
    }

    /// Opens the scenario in the page's query string.
    fn from_location() -> AppState {
        let query = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        let opened = link::from_query(&query);
        AppState::new(opened.form, opened.problems)
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut form = self.form.clone();
        let mut link_problems = self.link_problems.clone();
        let mut before_reset = None;
        match action {
            Action::Edit(field, text) => form.edit(field, text),
            Action::Period(period) => form.set_period(period),
            Action::Timing(timing) => form.set_timing(timing),
            Action::Currency(code) => form.set_currency(code),
            Action::RateKind(kind) => form.set_rate_kind(kind),
            Action::UseModel(on) => form.set_use_model(on),
            Action::Reset => before_reset = Some(std::mem::take(&mut form)),
            Action::UndoReset => form = self.before_reset.clone().unwrap_or(form),
            Action::DismissLinkProblems => {
                link_problems.clear();
                before_reset = self.before_reset.clone();
            }
        }
        let unchanged = form.params() == self.form.params();
        let switching = if unchanged && form.switching() == self.form.switching() {
            self.switching.clone()
        } else {
            Rc::new(switching::compute(form.params(), form.switching()))
        };
        let params = clv_params(&form, &switching);
        let clv = if params == self.params {
            self.clv.clone()
        } else {
            Rc::new(compute(&params))
        };
        Rc::new(AppState {
            form,
            switching,
            params,
            clv,
            link_problems,
            before_reset,
        })
    }
}

/// Keeps the address bar equal to the share link of the current scenario, so that a
/// reload or a bookmark keeps the user's inputs.
fn sync_location(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let url = format!("?{query}");
    if window.location().search().ok().as_deref() != Some(url.as_str()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// A callback, for any event, that dispatches `action`.
fn send<E>(dispatch: &UseReducerDispatcher<AppState>, action: fn() -> Action) -> Callback<E> {
    let dispatch = dispatch.clone();
    Callback::from(move |_| dispatch.dispatch(action()))
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(AppState::from_location);
    let scenario = state.form.scenario();
    let query = link::to_query(scenario);
    // Typing changes the scenario at every key: the address bar follows once typing pauses.
    use_effect_with(query.clone(), |query| {
        let query = query.clone();
        let pending = Timeout::new(LOCATION_DELAY_MS, move || sync_location(&query));
        move || drop(pending)
    });

    let dispatch = state.dispatcher();
    let stale = !state.form.is_clean();
    let currency = AttrValue::from(scenario.currency.clone());
    let period = state.params.period;
    let modelled = match &state.switching.churn {
        Ok(c) if state.params != *state.form.params() => Some(format!(
            "Using the churn the barrier model gives at a switching cost of {}: {} a {noun} \
             (Barrier and churn, below). The churn entered is {}.",
            money(c.asked_cost, &currency),
            percent(c.asked_churn, 2),
            percent(c.model.today, 2),
            noun = period_noun(period),
        )),
        _ => None,
    };
    html! {
        <div class="moat">
            <header class="masthead">
                <div>
                    <h1>{ "Moat" }</h1>
                    <p class="tagline">{ "What a customer is worth, and what it costs to win one." }</p>
                </div>
                <Share query={query} on_reset={send(&dispatch, || Action::Reset)} />
            </header>
            if !state.link_problems.is_empty() {
                <div class="notice" role="alert" data-notice="link">
                    <p>{ "Some of this link could not be used:" }</p>
                    <ul>{ for state.link_problems.iter().map(|p| html! { <li>{ p }</li> }) }</ul>
                    <button type="button" class="quiet" onclick={send(&dispatch, || Action::DismissLinkProblems)}>{ "Dismiss" }</button>
                </div>
            }
            if state.before_reset.is_some() {
                <div class="notice" role="status" data-notice="reset">
                    <p>{ "The inputs were reset to the example scenario." }</p>
                    <button type="button" class="primary" data-action="undo-reset" onclick={send(&dispatch, || Action::UndoReset)}>{ "Undo" }</button>
                </div>
            }
            <nav class="sections" aria-label="Sections">
                <a href="#value">{ "Lifetime value" }</a>
                <a href="#switching">{ "Switching costs" }</a>
                <a href="#barrier">{ "Barrier and churn" }</a>
            </nav>
            <main>
                <div class="layout" id="value">
                    <Inputs form={state.form.clone()} dispatch={dispatch.clone()} modelled={modelled.is_some()} />
                    <section class={classes!("results", stale.then_some("stale"))} aria-labelledby="results-title">
                        <h2 id="results-title">{ "Lifetime value" }</h2>
                        if stale {
                            <p class="stale-note" role="status">
                                { "Some inputs need fixing; the results are those of the last valid inputs." }
                            </p>
                        }
                        if let Some(note) = modelled {
                            <p class="model-note" data-notice="modelled">{ note }</p>
                        }
                        <Figures clv={state.clv.clone()} params={state.params} currency={currency.clone()} />
                        <div class="charts">
                            <Chart picture={Picture::Payback(state.clv.clone(), state.params)} period={period} currency={currency.clone()} />
                            <Chart picture={Picture::Survival(state.clv.clone(), state.params)} period={period} currency={currency.clone()} />
                        </div>
                        <Explain clv={state.clv.clone()} params={state.params} currency={currency.clone()} />
                    </section>
                </div>
                <div class="layout" id="switching">
                    <SwitchingInputs form={state.form.clone()} dispatch={dispatch.clone()} switching={state.switching.clone()} />
                    <SwitchingResults switching={state.switching.clone()} params={*state.form.params()}
                        sp={*state.form.switching()} currency={currency.clone()} {stale} />
                </div>
                <div class="layout" id="barrier">
                    <BarrierInputs form={state.form.clone()} dispatch={dispatch.clone()} switching={state.switching.clone()} />
                    <BarrierResults switching={state.switching.clone()} params={*state.form.params()}
                        sp={*state.form.switching()} currency={currency.clone()} {stale} />
                </div>
            </main>
            <footer class="colophon">
                <p>{ "Moat runs entirely in your browser: nothing you enter leaves this page." }</p>
            </footer>
        </div>
    }
}
