//! What some points more of yearly retention do to lifetime value, the steady-state base
//! and profit, against the published claims, and the extra spend they pay for.

use crate::model::acquisition::Acquisition;
use crate::state::{Metric, Session};
use crate::ui::kit::{figure, fit_money, Shown};
use crate::ui::store::Say;
use yew::prelude::*;

/// Where a profit change lies against Bain's +25–95 %.
fn bain(say: &Say, change: f64) -> &'static str {
    let m = &say.m.acquisition;
    match change {
        c if c < 0.25 => m.below_bain_band,
        c if c <= 0.95 => m.in_bain_band,
        _ => m.above_bain_band,
    }
}

/// A count of customers: whole when it is whole, else to two decimals; it may wrap before
/// its word.
fn customers(say: &Say, x: f64) -> Shown {
    say.m.acquisition.customers.fill([&say.number(x, 2)]).into()
}

pub(super) fn uplift(session: &Session, say: &Say, a: &Acquisition) -> Html {
    let (m, r) = (&say.m.acquisition, &session.results);
    let uplift = r.acquisition_inputs.map_or(0.0, |v| v.uplift);
    let points = say.number(100.0 * uplift, 2);
    let per = |x: f64| fit_money(say, x).per_period(say);
    let today = |x: String| m.today.fill([&x]);
    let clv_change = a
        .clv_uplift
        .map_or_else(|| say.m.common.dash.to_string(), |x| say.change(x));
    let story = match (a.clv_uplift, a.profit_uplift) {
        (Some(v), Some(p)) => m
            .uplift_story
            .fill([&points, &say.change(v), &say.change(p)]),
        (Some(v), None) => m.uplift_story_value.fill([&points, &say.change(v)]),
        (None, _) => m.clv_no_share.to_string(),
    };
    let steady = a.steady_base_uplifted.is_some();
    html! { <>
        <h3>{ m.uplift }</h3>
        <dl class="figures">
            { figure(Metric::RetentionUplifted, r, m.retention_uplifted.fill([&points]),
                Shown::amount(say.percent(a.retention_uplifted, 4)).per_period(say),
                today(say.percent(r.clv_params.retention, 2))) }
            { figure(Metric::ClvUplifted, r, m.clv_uplifted, fit_money(say, a.clv_uplifted),
                today(say.money(a.clv))) }
            if a.clv_uplift.is_some() {
                { figure(Metric::ClvUplift, r, m.clv_uplift, Shown::amount(clv_change), String::new()) }
            }
            if let Some(base) = a.steady_base {
                { figure(Metric::SteadyBase, r, m.steady_base, customers(say, base), String::new()) }
            }
            if let Some(base) = a.steady_base_uplifted {
                { figure(Metric::SteadyBaseUplifted, r, m.steady_base_uplifted, customers(say, base),
                    a.steady_base.map(|b| today(customers(say, b).text)).unwrap_or_default()) }
            }
            if let Some(profit) = a.steady_profit {
                { figure(Metric::SteadyProfit, r, m.steady_profit, per(profit), String::new()) }
            }
            if let Some(profit) = a.steady_profit_uplifted {
                { figure(Metric::SteadyProfitUplifted, r, m.steady_profit_uplifted, per(profit),
                    a.steady_profit.map(|p| today(say.money(p))).unwrap_or_default()) }
            }
            if let Some(change) = a.profit_uplift {
                { figure(Metric::ProfitUplift, r, m.profit_uplift, Shown::amount(say.change(change)),
                    bain(say, change).to_string()) }
            }
            { figure(Metric::BreakevenSpend, r, m.breakeven_spend, per(a.breakeven_spend),
                m.breakeven_note.into()) }
        </dl>
        if !steady {
            <p class="message" data-notice="no-steady-state">{ m.no_steady_state }</p>
        } else if a.profit_uplift.is_none() {
            <p class="message" data-notice="not-profitable">{ m.not_profitable }</p>
        }
        <p class="negotiation" data-story="uplift">{ story }</p>
        <p class="message" data-notice="claims">{ m.claims }</p>
        <p class="message">{ m.caveat }</p>
    </> }
}
