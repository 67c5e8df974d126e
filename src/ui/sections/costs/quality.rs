//! What bad service costs: the extra churn bad experiences bring, the lifetime value it puts
//! at stake per customer and for today's base, and the expected penalties of missed
//! service-level agreements.

use super::part;
use crate::state::{Field, Metric, Session, Setting};
use crate::ui::kit::{figure, fit_money, number_field, Shown};
use crate::ui::store::Say;
use std::rc::Rc;
use yew::prelude::*;

/// Whether the part shows anything else: its inputs, what bad service costs, the retention
/// and base it is set against, and whether the channels take the penalties.
pub(super) fn moved(a: &Session, b: &Session) -> bool {
    let quality = |s: &Session| {
        let c = &s.results.costs;
        (
            (
                c.churn_bad,
                c.retention_bad,
                c.value_at_stake,
                c.value_at_stake_base,
                c.sla_cost,
            ),
            (s.results.clv_params.retention, s.results.valid.base),
        )
    };
    super::super::page_moved(a, b)
        || super::super::fields_moved(
            a,
            b,
            super::super::fields(Field::BadExperience, Field::SlaPenalty),
        )
        || super::super::settings_moved(a, b, &[Setting::UseChannels])
        || quality(a) != quality(b)
}

pub(super) fn view(session: &Rc<Session>) -> Html {
    let say = &Say::of(session);
    let (m, r) = (&say.m.costs, &session.results);
    let c = &r.costs;
    let number = |field: Field| number_field(field, session, Html::default());
    let dash = || Shown::from(say.m.common.dash.to_string());
    let inputs = html! {
        <section class="inputs" aria-label={m.quality_title}>
            { number(Field::BadExperience) }
            { number(Field::LeaveAfterBad) }
            { number(Field::SlaMiss) }
            { number(Field::SlaPenalty) }
        </section>
    };
    let sla_note = if session.form.scenario().is_on(Setting::UseChannels) {
        m.sla_in_serve
    } else {
        m.sla_not_in_serve
    };
    let story = match (c.value_at_stake, c.value_at_stake_base) {
        (Some(one), Some(all)) => Some(m.quality_story.fill([
            &say.percent(r.valid.costs.bad_experience, 1),
            &say.money(one),
            &say.money(all),
        ])),
        _ => None,
    };
    let answer = html! { <>
        <dl class="figures">
            { figure(Metric::ChurnBad, r, m.churn_bad, Shown::from(say.percent(c.churn_bad, 2)).per_period(say),
                m.churn_bad_note.into()) }
            { figure(Metric::ValueAtStake, r, m.value_at_stake, c.value_at_stake.map_or_else(dash, |x| fit_money(say, x)),
                m.at_stake_note.fill([&say.percent(c.retention_bad, 2), &say.percent(r.clv_params.retention, 2)])) }
            { figure(Metric::ValueAtStakeBase, r, m.value_at_stake_base,
                c.value_at_stake_base.map_or_else(dash, |x| fit_money(say, x)),
                m.base_note.fill([&say.number(r.valid.base, 0)])) }
            { figure(Metric::SlaCost, r, m.sla_cost, fit_money(say, c.sla_cost).per_period(say), sla_note.into()) }
        </dl>
        if let Some(story) = story {
            <p class="negotiation" data-story="quality">{ story }</p>
        }
        <p class="message">{ m.pwc_note }</p>
        <p class="message">{ m.forrester_sla }</p>
    </> };
    part(
        session,
        "quality",
        m.quality_title,
        inputs,
        answer,
        Html::default(),
    )
}
