//! "How this is computed": the formulas of §7 with the user's numbers in them. Every number
//! shown is an input or a model output; none is computed here.

use crate::model::costs::Staffing;
use crate::state::Session;
use crate::ui::kit::{step, steps};
use crate::ui::store::Say;
use std::rc::Rc;
use yew::prelude::*;

pub(super) fn view(session: &Rc<Session>) -> Html {
    let say = &Say::of(session);
    let (m, f) = (&say.m.costs, &say.m.formulas);
    let r = &session.results;
    let (c, v) = (&r.costs, &r.valid.costs);
    let money = |x: f64| say.money(x);
    let pct = |x: f64| say.percent(x, 2);
    let n = |x: f64| say.number(x, 2);
    let dash = say.m.common.dash;
    let or_dash =
        |x: Option<f64>, show: &dyn Fn(f64) -> String| x.map_or_else(|| dash.into(), show);
    let fu = &c.funnel;
    let rates = v.conversions.map(pct).join(" × ");
    let centre = match (v.staffing, &c.utilisation_way, &c.service_level_way) {
        (Staffing::Utilisation, Ok(u), _) => html! { <>
            { step(m.row_per_day, f.c_per_day, format!("60 × {} × {} / {} = {}",
                n(v.agent_hours), pct(v.utilisation), n(v.aht_seconds / 60.0), n(u.contacts_per_agent_day))) }
            { step(m.row_per_month, f.c_per_month, format!("{} × {} = {}",
                n(u.contacts_per_agent_day), n(v.agent_days), n(u.contacts_per_agent_month))) }
            { step(m.row_per_contact, f.c_per_contact, format!("{} / {} = {}",
                money(v.agent_cost), n(u.contacts_per_agent_month), money(u.cost_per_contact))) }
        </> },
        (Staffing::ServiceLevel, _, Ok(l)) => {
            let at = l.curve.get(l.chosen);
            html! { <>
                { step(m.row_traffic, f.c_traffic, format!("{} × {} / 3600 = {}",
                    n(v.contacts_hour), n(v.aht_seconds), n(l.traffic))) }
                { step(m.row_erlang, f.c_erlang, format!("N = {} → {}   ({})", l.agents_needed,
                    say.percent(l.waits, 2), m.erlang_note)) }
                { step(m.row_level, f.c_level, format!("N = {} → {}", l.agents_needed,
                    at.map_or_else(|| pct(l.service_level), |p| pct(p.service_level)))) }
                { step(m.row_speed, f.c_speed, format!("{} s", n(l.answer_speed))) }
                { step(m.row_rostered, f.c_rostered, format!("⌈{} / (1 − {})⌉ = {}",
                    l.agents_needed, pct(v.shrinkage), n(l.agents_rostered))) }
                { step(m.row_per_contact, f.c_level_cost, format!("{} × {} / {} = {}",
                    n(l.agents_rostered), money(v.agent_cost), n(l.monthly_contacts), money(l.cost_per_contact))) }
            </> }
        }
        _ => Html::default(),
    };
    html! {
        <details class="explain" open=true>
            <summary>{ m.explain }</summary>
            { steps(say.m, html! { <>
                { step(m.row_customers, f.c_customers, format!("{} × {} = {}", n(v.leads), rates, n(fu.customers))) }
                { step(m.row_cac, f.c_cac, format!("({} + {}) / {} = {}", money(v.marketing_spend),
                    money(v.sales_spend), n(fu.customers), or_dash(fu.cac, &|x| money(x)))) }
                { step(m.row_never, f.c_never, or_dash(fu.never_buy, &|x| pct(x))) }
                { centre }
                { step(m.row_public, f.c_public, format!("{} / {} = {}", money(v.answer_cost),
                    n(v.answer_reach), or_dash(c.public_cost_per_contact, &|x| money(x)))) }
                { step(m.row_blend, f.c_blend, format!("(1 − {}) × {} + {} × {} = {}", pct(v.public_share),
                    money(c.cost_per_contact), pct(v.public_share),
                    or_dash(c.public_cost_per_contact, &|x| money(x)), money(c.blended_cost_per_contact))) }
                { step(m.row_sla, f.c_sla, format!("{} × {} = {}", pct(v.sla_miss), money(v.sla_penalty), money(c.sla_cost))) }
                { step(m.row_serve, f.c_serve, format!("{} × {} + {} + {} = {}", n(v.contacts_per_customer),
                    money(c.blended_cost_per_contact), money(v.other_serve_cost), money(c.sla_cost),
                    money(c.serve_cost_derived))) }
                { step(m.row_churn_bad, f.c_churn_bad, format!("{} × {} = {}", pct(v.bad_experience),
                    pct(v.leave_after_bad), pct(c.churn_bad))) }
                { step(m.row_at_stake, f.c_at_stake, or_dash(c.value_at_stake, &|x| money(x))) }
            </> }) }
        </details>
    }
}
