//! "How this is computed": the formulas in use, with the user's numbers in them.
//! Every number shown is an input or a model output; none is computed here.

use crate::model::{Period, Timing};
use crate::state::Session;
use crate::ui::kit::{step, steps};
use crate::ui::store::Say;
use yew::prelude::*;

pub fn explain(session: &Session) -> Html {
    let say = Say::of(session);
    let (v, f) = (&say.m.value, &say.m.formulas);
    let (c, p) = (&*session.results.clv, &session.results.clv_params);
    let m = |x: f64| say.money(x);
    let (r, d, rho) = (
        say.percent(p.retention, 4),
        say.percent(p.discount, 4),
        say.number(c.rho, 6),
    );
    let pi = m(c.contribution);

    let discount = match p.period {
        Period::Year => (f.discount_year, d.clone()),
        Period::Month => (
            f.discount_month,
            format!(
                "(1 + {})^(1/12) − 1 = {d}",
                say.percent(p.discount_annual, 4)
            ),
        ),
    };
    let (clv_formula, clv_worked) = match (p.horizon, p.timing) {
        (Some(n), _) if c.rho == 1.0 => (f.clv_flat, format!("{pi} × {n}")),
        (None, Timing::Upfront) => (f.clv_upfront, format!("{pi} × (1 + {d}) / (1 + {d} − {r})")),
        (None, Timing::Arrears) => (f.clv_arrears, format!("{pi} × {r} / (1 + {d} − {r})")),
        (Some(n), Timing::Upfront) => (
            f.clv_upfront_n,
            format!("{pi} × (1 − {rho}^{n}) / (1 − {rho})"),
        ),
        (Some(n), Timing::Arrears) => (
            f.clv_arrears_n,
            format!("{pi} × {rho} × (1 − {rho}^{n}) / (1 − {rho})"),
        ),
    };
    let (life_formula, life_worked) = match (p.horizon, c.lifetime) {
        (_, None) => (f.lifetime_sum, v.lifetime_forever.to_string()),
        (None, Some(x)) => (
            f.lifetime_limit,
            format!("1 / (1 − {r}) = {}", say.periods(x, 2)),
        ),
        (Some(n), Some(x)) => (
            f.lifetime_n,
            v.lifetime_over
                .fill([&say.periods(f64::from(n), 0), &say.periods(x, 2)]),
        ),
    };
    let cohort = match c.payback_cohort {
        Some(t) => {
            let reached = c.timeline.get(t as usize).map_or(0.0, |pt| pt.cumulative);
            v.cohort_at
                .get(p.period)
                .fill([&t.to_string(), &m(reached)])
        }
        None if p.horizon.is_some() => v.cohort_never.to_string(),
        None => say.m.answers.cohort_never.to_string(),
    };
    let first = p.timing.first_payment().to_string();
    html! {
        <details class="explain" open=true>
            <summary>{ v.explain }</summary>
            <p>{ v.intro.fill([v.intro_period.get(p.period), v.intro_timing.get(p.timing), v.intro_weighting]) }</p>
            { steps(say.m, html! { <>
                { step(v.row_contribution, f.contribution,
                    format!("{} × {} − {} = {pi}", say.percent(p.margin, 4), m(p.revenue), m(p.serve_cost))) }
                { step(v.row_discount.get(p.period), discount.0, discount.1) }
                { step(v.row_rho, f.rho, format!("{r} / (1 + {d}) = {rho}")) }
                { step(v.clv, clv_formula, format!("{clv_worked} = {}", m(c.clv))) }
                { step(v.lifetime, life_formula, life_worked) }
                { step(v.row_net, f.net, format!("{} − {} = {}", m(c.clv), m(p.cac), m(c.clv_net))) }
                { step(v.ltv_cac, f.ratio, match c.ltv_cac {
                    Some(x) => v.ratio_worked.fill([&format!("{} / {} = {}", m(c.clv), m(p.cac), say.number(x, 2))]),
                    None => v.ratio_worked_none.to_string(),
                }) }
                { step(v.payback_simple, f.simple, match c.payback_simple {
                    Some(x) => format!("{} / {pi} = {}", m(p.cac), say.periods(x, 2)),
                    None => v.simple_never.to_string(),
                }) }
                { step(v.payback_cohort, f.cohort, v.cohort_worked.fill([&first, &cohort])) }
            </> }) }
            <p class="message">{ v.sources }</p>
        </details>
    }
}
