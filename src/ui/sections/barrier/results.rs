//! What the barrier does to churn: today, if switching were free, and at the what-if.

use super::charts::BarrierChart;
use super::no_model;
use crate::state::{Metric, Session};
use crate::ui::kit::{answer, caution, chart, figure, fit_money, step, steps, Shown};
use crate::ui::store::Say;
use yew::prelude::*;

/// "How the barrier model works", with the user's numbers.
fn explain(session: &Session) -> Html {
    let say = Say::of(session);
    let (b, f) = (&say.m.barrier, &say.m.formulas);
    let r = &session.results;
    let Ok(c) = &r.switching.churn else {
        return Html::default();
    };
    let pct = |x: f64| say.percent(x, 2);
    let m = |x: f64| say.money(x);
    let p = &r.valid.params;
    html! {
        <details class="explain" open=true>
            <summary>{ b.explain }</summary>
            <p>{ b.explain_intro }</p>
            <p class="formula"><code>{ f.barrier }</code></p>
            { steps(say.m, html! { <>
                { step(b.row_scale, f.scale, format!("{} × {} × {} = {}",
                    pct(r.valid.switching.advantage), m(p.revenue),
                    say.number(r.switching.annuity, 4), m(c.model.scale))) }
                { step(b.row_calibration, f.calibration, match c.model.free_competitive {
                    Some(free) => format!("({} − {}) × e^({} / {}) = {}", pct(c.model.today),
                        pct(c.model.base), m(c.model.cost), m(c.model.scale), pct(free)),
                    None => b.too_large.to_string(),
                }) }
                { step(b.row_what_if, f.what_if, b.capped.fill([&m(c.asked_cost), &pct(c.asked_churn)])) }
            </> }) }
            <p class="message">{ b.note }</p>
        </details>
    }
}

pub(super) fn results(session: &Session) -> Html {
    let say = Say::of(session);
    let b = &say.m.barrier;
    let r = &session.results;
    let stale = !session.form.is_clean();
    let class = classes!("results", stale.then_some("stale"));
    let c = match &r.switching.churn {
        Ok(c) => c,
        Err(why) => {
            return html! {
                <section {class} aria-labelledby="barrier-title">
                    { answer(html! { <>
                            <h2 id="barrier-title">{ b.title }</h2>
                            <p class="negotiation" data-notice="no-model">{ no_model(&say, *why) }</p>
                    </> }) }
                </section>
            };
        }
    };
    let change = r.valid.switching.change;
    let at = say.change(change);
    let pct = |x: f64| say.percent(x, 2);
    let per = |x: f64| Shown::amount(pct(x)).per_period(&say);
    let story = if c.asked_cost == c.model.cost {
        b.enter_change.to_string()
    } else {
        let moves = if change > 0.0 { &b.raise } else { &b.lower };
        let value = if c.clv_change >= 0.0 {
            &b.adds
        } else {
            &b.takes
        };
        moves.get(say.period).fill([
            &say.percent(change.abs(), 1),
            &say.money(c.asked_cost),
            &pct(c.model.today),
            &pct(c.asked_churn),
        ]) + &value.fill([&say.money(c.clv_change.abs())])
    };
    let lifetime = c
        .asked
        .lifetime
        .map_or_else(|| say.m.common.unlimited.to_string(), |x| say.periods(x, 1));
    let signed = |x: f64| {
        let shown = fit_money(&say, x);
        if x > 0.0 {
            Shown {
                text: format!("+{}", shown.text),
                exact: shown.exact.map(|e| format!("+{e}")),
                ..shown
            }
        } else {
            shown
        }
    };
    let a = &say.m.answers;
    let stretch = c.extrapolating().then(|| {
        let lead = match c.clv_move() {
            Some(share) if !c.free_churn_capped() => {
                a.extrapolating_move.fill([&say.percent(share, 0)])
            }
            _ => a.extrapolating_capped.to_string(),
        };
        lead + a.extrapolating_check
    });
    html! {
        <section {class} aria-labelledby="barrier-title">
            { answer(html! { <>
                <h2 id="barrier-title">{ b.title }</h2>
                <dl class="figures">
                    { figure(Metric::ChurnFree, r, b.churn_free, per(c.free_churn), b.churn_free_note.into()) }
                    { figure(Metric::ChurnToday, r, b.churn_today, per(c.model.today),
                        b.churn_today_note.fill([&say.money(c.model.cost)])) }
                    { figure(Metric::ChurnWhatif, r, b.churn_at.fill([&at]), per(c.asked_churn),
                        b.churn_at_note.fill([&say.money(c.asked_cost)])) }
                    { figure(Metric::ClvWhatif, r, b.clv_at.fill([&at]), fit_money(&say, c.asked.clv),
                        b.clv_at_note.fill([&say.money(c.today_clv)])) }
                    { figure(Metric::ClvChange, r, b.clv_change, signed(c.clv_change), b.clv_change_note.into()) }
                    { figure(Metric::LifetimeWhatif, r, b.lifetime_at.fill([&at]), lifetime,
                        b.lifetime_at_note.get(say.period).to_string()) }
                </dl>
                <p class="negotiation" data-story="barrier">{ story }</p>
                if let Some(warning) = stretch {
                    <p class="caution" role="note" data-notice="extrapolating">{ warning }</p>
                }
            </> }) }
            <div class="details">
            { caution(say.m) }
            <div class="charts single">
                { chart(BarrierChart::of(session)) }
            </div>
            { explain(session) }
            </div>
        </section>
    }
}
