//! Lifetime value: the headline figures, the charts and how they are computed.

use super::charts::{Payback, Survival};
use super::explain::explain;
use crate::state::{Metric, Session};
use crate::ui::kit::{chart, figure};
use crate::ui::store::{use_session, Say};
use yew::prelude::*;

/// The six headline figures, each with a line of context.
fn figures(session: &Session) -> Html {
    let say = Say::of(session);
    let v = &say.m.value;
    let r = &session.results;
    let (c, p) = (&*r.clv, &r.clv_params);
    let horizon = match p.horizon {
        Some(n) => say.periods(f64::from(n), 0),
        None => v.no_horizon.to_string(),
    };
    let ratio_note = match c.ltv_cac {
        Some(x) if x >= 3.0 => v.ratio_above,
        Some(_) => v.ratio_below,
        None => v.ratio_none,
    };
    let dash = say.m.common.dash;
    let never = say.m.common.never;
    html! {
        <dl class="figures">
            { figure(Metric::Clv, r, v.clv, say.money(c.clv),
                v.clv_note.fill([v.paid.get(p.timing), &horizon])) }
            { figure(Metric::ClvNet, r, v.clv_net, say.money(c.clv_net), v.clv_net_note.into()) }
            { figure(Metric::LtvCac, r, v.ltv_cac,
                c.ltv_cac.map_or_else(|| dash.into(), |x| v.ratio.fill([&say.number(x, 2)])),
                ratio_note.into()) }
            { figure(Metric::Lifetime, r, v.lifetime,
                c.lifetime.map_or_else(|| say.m.common.unlimited.into(), |x| say.periods(x, 2)),
                if c.lifetime.is_some() { v.lifetime_note } else { v.never_leave }.into()) }
            { figure(Metric::PaybackSimple, r, v.payback_simple,
                c.payback_simple.map_or_else(|| never.into(), |x| say.periods(x, 2)),
                v.payback_simple_note.into()) }
            { figure(Metric::PaybackCohort, r, v.payback_cohort,
                c.payback_cohort.map_or_else(|| never.into(),
                    |t| v.payback_at.get(p.period).fill([&t.to_string()])),
                match c.payback_cohort {
                    Some(t) if t == p.timing.first_payment() => v.payback_first,
                    Some(_) => v.payback_covers,
                    None => v.payback_never,
                }.into()) }
        </dl>
    }
}

#[component]
pub fn Results() -> Html {
    let session = use_session();
    let say = Say::of(&session);
    let m = say.m;
    let stale = !session.form.is_clean();
    let modelled = session.results.modelled().map(|c| {
        m.notices.modelled.get(say.period).fill([
            &say.money(c.asked_cost),
            &say.percent(c.asked_churn, 2),
            &say.percent(c.model.today, 2),
        ])
    });
    html! {
        <section class={classes!("results", stale.then_some("stale"))} aria-labelledby="results-title">
            <h2 id="results-title">{ m.value.title }</h2>
            if stale {
                <p class="stale-note" role="status">{ m.page.stale }</p>
            }
            if let Some(note) = modelled {
                <p class="model-note" data-notice="modelled">{ note }</p>
            }
            { figures(&session) }
            <div class="charts">
                { chart(Payback::of(&session)) }
                { chart(Survival::of(&session)) }
            </div>
            { explain(&session) }
        </section>
    }
}
