//! Serving customers: the contact centre costed by an assumed utilisation or staffed to a
//! service level, the public channel, and the contacts and other costs per customer; the
//! switch that makes every view use the serving cost they give.

use super::part;
use super::serving_answer::{answer, details};
use crate::model::costs::Staffing;
use crate::state::{Field, Session, Setting};
use crate::ui::kit::{number_field, setting};
use crate::ui::store::Say;
use std::rc::Rc;
use yew::prelude::*;

/// Whether the part shows anything else: its inputs and switches, the contact centre, the
/// channels and the serving cost they give, the serving cost entered.
pub(super) fn moved(a: &Session, b: &Session) -> bool {
    let serving = |s: &Session| {
        let c = &s.results.costs;
        (
            c.cost_per_contact,
            c.public_cost_per_contact,
            c.blended_cost_per_contact,
            c.serve_cost_derived,
        )
    };
    super::super::page_moved(a, b)
        || super::super::fields_moved(
            a,
            b,
            super::super::fields(Field::AgentCost, Field::OtherServeCost),
        )
        || super::super::settings_moved(a, b, &[Setting::Staffing, Setting::UseChannels])
        || serving(a) != serving(b)
        || a.results.costs.utilisation_way != b.results.costs.utilisation_way
        || a.results.costs.service_level_way != b.results.costs.service_level_way
        || a.form.scenario().get(Field::ServeCost) != b.form.scenario().get(Field::ServeCost)
}

pub(super) fn view(session: &Rc<Session>) -> Html {
    let say = &Say::of(session);
    let m = &say.m.costs;
    let number = |field: Field| number_field(field, session, Html::default());
    let by_level = session.results.valid.costs.staffing == Staffing::ServiceLevel;
    let inputs = html! {
        <section class="inputs" aria-label={m.serving_title}>
            <h4 class="group-title">{ m.centre }</h4>
            { setting(session, Setting::Staffing, m.staffing, &m.staffing_options, None) }
            { number(Field::AgentCost) }
            { number(Field::AgentHours) }
            { number(Field::AgentDays) }
            if by_level {
                { number(Field::ContactsHour) }
                { number(Field::Aht) }
                { number(Field::SlTarget) }
                { number(Field::SlSeconds) }
                { number(Field::Shrinkage) }
            } else {
                { number(Field::Utilisation) }
                { number(Field::Aht) }
            }
            <h4 class="group-title">{ m.public }</h4>
            { number(Field::PublicShare) }
            { number(Field::AnswerCost) }
            { number(Field::AnswerReach) }
            <h4 class="group-title">{ m.per_customer }</h4>
            { number(Field::ContactsPerCustomer) }
            { number(Field::OtherServeCost) }
            { setting(session, Setting::UseChannels, m.use_channels, &[], Some(m.use_channels_help)) }
        </section>
    };
    part(
        session,
        "serving",
        m.serving_title,
        inputs,
        answer(session, say),
        details(session, say),
    )
}
