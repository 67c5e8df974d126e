//! Lifetime value: the headline figures, the charts and how they are computed.

use super::charts::{Payback, Survival};
use super::explain::explain;
use crate::model::Timing;
use crate::state::{Metric, Session};
use crate::ui::kit::{answer, chart, figure, fit_money};
use crate::ui::store::{use_session, Say};
use yew::prelude::*;

/// The figure most calculators give, and why Moat's differs.
fn simple(session: &Session) -> Html {
    let say = Say::of(session);
    let a = &say.m.answers;
    let r = &session.results;
    let (c, p) = (&*r.clv, &r.clv_params);
    let Some(x) = c.simple else {
        return Html::default();
    };
    let mut reasons = Vec::new();
    if p.discount > 0.0 {
        reasons.push(a.reason_discount.fill([&say.percent(p.discount_annual, 2)]));
    }
    if p.timing == Timing::Arrears {
        reasons.push(a.reason_arrears.to_string());
    }
    if let Some(n) = p.horizon {
        reasons.push(a.reason_horizon.fill([&say.periods(f64::from(n), 0)]));
    }
    let why = if reasons.is_empty() {
        a.simple_same.to_string()
    } else {
        a.simple_why.fill([&reasons.join(a.reason_join)])
    };
    let (before, after) = a.simple_lead.around([""]);
    let value = Metric::ClvSimple.read(r).map(|x| x.data_value());
    html! {
        <p class="message compare" data-compare="simple">
            { before }
            <output data-metric={Metric::ClvSimple.name()} data-value={value}>{ say.money(x) }</output>
            { after }{ why }
        </p>
    }
}

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
            { figure(Metric::Clv, r, v.clv, fit_money(&say, c.clv),
                v.clv_note.fill([v.paid.get(p.timing), &horizon])) }
            { figure(Metric::ClvNet, r, v.clv_net, fit_money(&say, c.clv_net), v.clv_net_note.into()) }
            { figure(Metric::LtvCac, r, v.ltv_cac,
                c.ltv_cac.map_or_else(|| dash.into(), |x| say.ratio(x)),
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
                    None if p.horizon.is_some() => v.payback_never,
                    None => say.m.answers.payback_never,
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
            { answer(html! { <>
                <h2 id="results-title">{ m.value.title }</h2>
                if stale {
                    <p class="stale-note" role="status">{ m.page.stale }</p>
                }
                if let Some(note) = modelled {
                    <p class="model-note" data-notice="modelled">{ note }</p>
                }
                { figures(&session) }
                { simple(&session) }
            </> }) }
            <div class="details">
            <div class="charts">
                { chart(Payback::of(&session)) }
                { chart(Survival::of(&session)) }
            </div>
            { explain(&session) }
            </div>
        </section>
    }
}
