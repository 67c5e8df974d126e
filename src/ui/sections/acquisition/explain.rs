//! "How this is computed": the formulas of §6 with the user's numbers in them. Every
//! number shown is an input or a model output; none is computed here.

use crate::model::acquisition::Acquisition;
use crate::model::Period;
use crate::state::Session;
use crate::ui::kit::{step, steps};
use crate::ui::store::Say;
use yew::prelude::*;

pub(super) fn explain(session: &Session, say: &Say, a: &Acquisition) -> Html {
    let (m, f) = (&say.m.acquisition, &say.m.formulas);
    let r = &session.results;
    let Some(v) = &r.acquisition_inputs else {
        return Html::default();
    };
    let p = &r.clv_params;
    let money = |x: f64| say.money(x);
    let pct = |x: f64| say.percent(x, 4);
    let n = |x: f64| say.number(x, 2);
    let q = 1.0 - p.retention;
    let k = p.period.per_year();
    let dash = say.m.common.dash;
    let or_dash = |x: Option<String>| x.unwrap_or_else(|| dash.to_string());
    let uplifted = match p.period {
        Period::Month => format!(
            "({} + {})^(1/{k}) = {}",
            pct(a.retention_annual),
            pct(v.uplift),
            pct(a.retention_uplifted)
        ),
        Period::Year => format!(
            "{} + {} = {}",
            pct(p.retention),
            pct(v.uplift),
            pct(a.retention_uplifted)
        ),
    };
    let clv_change = a.clv_uplift.map(|x| {
        format!(
            "{} / {} − 1 = {}",
            money(a.clv_uplifted),
            money(a.clv),
            say.change(x)
        )
    });
    let base = |b: Option<f64>, rate: f64| {
        b.map(|b| format!("{} / (1 − {}) = {}", n(a.new_customers), pct(rate), n(b)))
    };
    let profit = |b: Option<f64>, x: Option<f64>| {
        Some(format!(
            "{} × {} − {} × {} = {}",
            n(b?),
            money(r.clv.contribution),
            n(a.new_customers),
            money(p.cac),
            money(x?)
        ))
    };
    let pair =
        |x: Option<String>, y: Option<String>| format!("{}   →   {}", or_dash(x), or_dash(y));
    html! {
        <details class="explain" open=true>
            <summary>{ m.explain }</summary>
            { steps(say.m, html! { <>
                { step(m.row_churn, f.a_churn, format!("1 − {} = {}", pct(p.retention), pct(q))) }
                if a.steady_new {
                    { step(m.row_new, f.a_steady_new, format!("{} × {} = {}", n(v.base), pct(q), n(a.new_customers))) }
                }
                { step(m.row_replace, f.a_replace, format!("{} × {} × {} = {}",
                    n(v.base), pct(q), money(p.cac), money(a.replace_spend))) }
                { step(m.row_serve, f.a_serve, format!("{} × {} = {}",
                    n(v.base), money(p.serve_cost), money(a.serve_spend))) }
                { step(m.row_plan, f.a_plan, format!("Σ = {} → {}   ·   {}",
                    say.number(a.plan_factor, 4), money(a.replace_spend_plan), money(a.serve_spend_plan))) }
                { step(m.row_saved, f.a_saved, format!("{} / {} = {}",
                    money(v.programme_cost), pct(v.programme_lift), money(a.cost_per_saved))) }
                if let Some(x) = a.keep_ratio {
                    { step(m.row_ratio, f.a_keep, format!("{} / {} = {}",
                        money(p.cac), money(a.cost_per_saved), say.number(x, 2))) }
                }
                { step(m.row_avoided, f.a_avoided, format!("{} × {} × {} = {}",
                    n(v.base), pct(v.programme_lift), money(p.cac), money(a.avoided_spend))) }
                if p.period == Period::Month {
                    { step(m.row_annual, f.a_annual, format!("{}^{k} = {}", pct(p.retention), pct(a.retention_annual))) }
                }
                { step(m.row_uplifted, f.a_uplifted, uplifted) }
                { step(m.row_clv, f.a_clv_uplifted, or_dash(clv_change)) }
                { step(m.row_base, f.a_steady_base, pair(base(a.steady_base, p.retention),
                    base(a.steady_base_uplifted, a.retention_uplifted))) }
                { step(m.row_profit, f.a_steady_profit, pair(profit(a.steady_base, a.steady_profit),
                    profit(a.steady_base_uplifted, a.steady_profit_uplifted))) }
                { step(m.row_breakeven, f.a_breakeven, money(a.breakeven_spend)) }
            </> }) }
            <p class="message">{ m.sources }</p>
        </details>
    }
}
