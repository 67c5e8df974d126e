//! The answer: holding the base, the programme against winning customers, and the uplift;
//! then the charts and the working.

use super::charts::{HoldingChart, PlanChart, RatesChart};
use super::explain::explain;
use super::uplift::uplift;
use crate::model::acquisition::Acquisition;
use crate::state::{FieldError, Metric, Session};
use crate::ui::kit::text::error;
use crate::ui::kit::{answer, chart, figure, fit_money, Shown};
use crate::ui::store::Say;
use yew::prelude::*;

/// Where "winning a customer costs X× keeping one" lies against the published bands:
/// 5–25× (HBR) and 6–7× (the seed).
fn band(say: &Say, x: f64) -> &'static str {
    let m = &say.m.acquisition;
    match x {
        x if x < 5.0 => m.below_bands,
        x if (6.0..=7.0).contains(&x) => m.in_both_bands,
        x if x <= 25.0 => m.in_hbr_band,
        _ => m.above_bands,
    }
}

/// Holding today's base: replacing the customers it loses against serving them.
fn holding(session: &Session, say: &Say, a: &Acquisition) -> Html {
    let (m, r) = (&say.m.acquisition, &session.results);
    let p = &r.clv_params;
    let per = |x: f64| fit_money(say, x).per_period(say);
    let Some(v) = r.acquisition_inputs else {
        return Html::default();
    };
    let base = v.base;
    let years = say.number(f64::from(v.periods / p.period.per_year()), 0);
    html! { <>
        <h3>{ m.holding }</h3>
        <dl class="figures">
            { figure(Metric::ReplaceSpend, r, m.replace_spend, per(a.replace_spend),
                m.replace_note.get(say.period).fill([&say.number(base * (1.0 - p.retention), 2), &say.money(p.cac)])) }
            { figure(Metric::ServeSpend, r, m.serve_spend, per(a.serve_spend),
                m.serve_note.fill([&say.number(base, 2), &say.money(p.serve_cost)])) }
            { figure(Metric::ReplaceSpendPlan, r, m.replace_plan.fill([&years]), fit_money(say, a.replace_spend_plan),
                m.plan_note.into()) }
            { figure(Metric::ServeSpendPlan, r, m.serve_plan.fill([&years]), fit_money(say, a.serve_spend_plan),
                m.plan_note.into()) }
        </dl>
        <p class="negotiation" data-story="holding">
            { m.holding_story.get(say.period).fill([&say.money(a.replace_spend), &say.money(a.serve_spend)]) }
        </p>
    </> }
}

/// The programme: a customer kept against a customer won.
fn keeping(session: &Session, say: &Say, a: &Acquisition) -> Html {
    let (m, r) = (&say.m.acquisition, &session.results);
    let cac = say.money(r.clv_params.cac);
    let per = |x: f64| fit_money(say, x).per_period(say);
    let cheaper = a.cost_per_saved < r.clv_params.cac;
    let verdict = if cheaper { &m.cheaper } else { &m.dearer };
    let (ratio, ratio_note): (Shown, &str) = match a.keep_ratio {
        Some(x) => (
            Shown::amount(m.times.fill([&say.number(x, 1)])),
            band(say, x),
        ),
        // Keeping costs nothing: winning costs more than any published multiple.
        None => (m.keep_free.to_string().into(), m.above_bands),
    };
    let story = if cheaper {
        &m.keeping_story_cheaper
    } else {
        &m.keeping_story_dearer
    };
    html! { <>
        <h3>{ m.keeping }</h3>
        <dl class="figures">
            { figure(Metric::CostPerSaved, r, m.cost_per_saved, fit_money(say, a.cost_per_saved),
                verdict.fill([&cac])) }
            { figure(Metric::KeepRatio, r, m.keep_ratio, ratio, ratio_note.into()) }
            { figure(Metric::AvoidedSpend, r, m.avoided_spend, per(a.avoided_spend),
                m.avoided_note.get(say.period).fill([&say.money(a.programme_spend)])) }
            { figure(Metric::ProgrammeSpend, r, m.programme_spend, per(a.programme_spend),
                m.programme_note.into()) }
        </dl>
        <p class="negotiation" data-story="keeping">
            { story.fill([&say.money(a.cost_per_saved), &cac]) }
        </p>
    </> }
}

pub(super) fn results(session: &Session) -> Html {
    let say = Say::of(session);
    let m = &say.m.acquisition;
    let stale = !session.form.is_clean() || session.results.valid.acquisition.is_err();
    let class = classes!("results", stale.then_some("stale"));
    let body = match &session.results.acquisition {
        Ok(a) => html! { <>
            { holding(session, &say, a) }
            { keeping(session, &say, a) }
            { uplift(session, &say, a) }
        </> },
        Err(why) => html! {
            <p class="negotiation" data-notice="acquisition-refused">
                { error(say.m, FieldError::Refused(*why)) }
            </p>
        },
    };
    html! {
        <section {class} aria-labelledby="acquisition-title">
            { answer(html! { <>
                <h2 id="acquisition-title">{ m.title }</h2>
                if stale {
                    <p class="stale-note" role="status">{ say.m.page.stale }</p>
                }
                { body }
            </> }) }
            if let Ok(a) = &session.results.acquisition {
                <div class="details">
                    <div class="charts">
                        { for PlanChart::of(session).map(chart) }
                        { for RatesChart::of(session).map(chart) }
                    </div>
                    <div class="charts single">
                        { for HoldingChart::of(session).map(chart) }
                    </div>
                    { explain(session, &say, a) }
                </div>
            }
        </section>
    }
}
