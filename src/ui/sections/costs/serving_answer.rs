//! Serving customers, the answer: the contact centre's figures by the staffing chosen, the
//! public channel, the blend and the serving cost per customer; below, the staffing chart
//! and the microblog worked through.

use super::charts::StaffingChart;
use crate::model::costs::{Costs, Staffing};
use crate::state::{Field, Metric, Session};
use crate::ui::kit::{chart, figure, fit_money, Shown};
use crate::ui::store::Say;
use yew::prelude::*;

/// The contact centre's figures, the chosen way's.
fn centre(session: &Session, say: &Say, c: &Costs) -> Html {
    let (m, r) = (&say.m.costs, &session.results);
    let v = &r.valid.costs;
    let count = |x: f64| Shown::from(say.number(x, 0));
    let per_contact = |note: String| {
        figure(
            Metric::CostPerContact,
            r,
            m.cost_per_contact,
            fit_money(say, c.cost_per_contact),
            note,
        )
    };
    match (v.staffing, &c.utilisation_way, &c.service_level_way) {
        (Staffing::Utilisation, Ok(u), _) => html! { <>
            { figure(Metric::ContactsPerAgentDay, r, m.contacts_per_agent_day,
                Shown::from(say.number(u.contacts_per_agent_day, 2)), String::new()) }
            { figure(Metric::ContactsPerAgentMonth, r, m.contacts_per_agent_month,
                Shown::from(say.number(u.contacts_per_agent_month, 2)), String::new()) }
            { per_contact(m.per_contact_note.fill([&say.money(v.agent_cost), &say.number(u.contacts_per_agent_month, 0)])) }
        </> },
        (Staffing::ServiceLevel, _, Ok(l)) => html! { <>
            { figure(Metric::AgentsNeeded, r, m.agents_needed, count(f64::from(l.agents_needed)),
                m.target_note.fill([&say.percent(v.sl_target, 1), &say.number(v.sl_seconds, 0)])) }
            { figure(Metric::AgentsRostered, r, m.agents_rostered, count(l.agents_rostered),
                m.rostered_note.fill([&say.percent(v.shrinkage, 1)])) }
            { figure(Metric::ServiceLevel, r, m.service_level, Shown::from(say.percent(l.service_level, 1)),
                m.traffic_note.fill([&say.number(l.traffic, 2)])) }
            { figure(Metric::AnswerSpeed, r, m.answer_speed,
                Shown::from(m.seconds.fill([&say.number(l.answer_speed, 1)])), String::new()) }
            { figure(Metric::Occupancy, r, m.occupancy, Shown::from(say.percent(l.occupancy, 1)), String::new()) }
            { per_contact(m.level_contact_note.fill([&say.number(l.agents_rostered, 0),
                &say.money(v.agent_cost), &say.number(l.monthly_contacts, 0)])) }
        </> },
        _ => Html::default(),
    }
}

pub(super) fn answer(session: &Session, say: &Say) -> Html {
    let (m, r) = (&say.m.costs, &session.results);
    let c = &r.costs;
    let v = &r.valid.costs;
    let per = |x: f64| fit_money(say, x).per_period(say);
    let entered = m
        .entered
        .fill([&say.money(session.form.scenario().get(Field::ServeCost))]);
    let story = m.serving_story.get(say.period).fill([
        &say.money(c.serve_cost_derived),
        &say.money(c.blended_cost_per_contact),
    ]);
    html! { <>
        <dl class="figures">
            { centre(session, say, c) }
            { figure(Metric::PublicCostPerContact, r, m.public_cost_per_contact,
                match c.public_cost_per_contact {
                    Some(x) => fit_money(say, x),
                    None => Shown::from(say.m.common.dash.to_string()),
                },
                m.public_note.fill([&say.money(v.answer_cost), &say.number(v.answer_reach, 0)])) }
            { figure(Metric::BlendedCostPerContact, r, m.blended_cost_per_contact,
                fit_money(say, c.blended_cost_per_contact),
                m.blended_note.fill([&say.percent(v.public_share, 1)])) }
            { figure(Metric::ServeCostDerived, r, m.serve_cost_derived, per(c.serve_cost_derived), entered) }
        </dl>
        <p class="negotiation" data-story="serving">{ story }</p>
    </> }
}

/// The staffing chart (service-level staffing) and the microblog worked through.
pub(super) fn details(session: &Session, say: &Say) -> Html {
    let m = &say.m.costs;
    let level = session.results.valid.costs.staffing == Staffing::ServiceLevel;
    html! {
        <div class="details">
            if level {
                { chart(StaffingChart::new(session)) }
            }
            <details class="case" data-case="microblog">
                <summary>{ m.microblog_title }</summary>
                { for m.microblog.iter().map(|p| html! { <p>{ *p }</p> }) }
            </details>
        </div>
    }
}
