//! The business, the retention programme and the uplift to test, with what an empty
//! new-customers field stands for and how yearly points become a month's retention.

use crate::model::Period;
use crate::state::{Field, Session};
use crate::ui::kit::number_field;
use crate::ui::store::Say;
use yew::prelude::*;

/// Under the uplift: yearly retention today and with the uplift, and for monthly figures
/// the monthly retention that gives it.
fn conversion(session: &Session, say: &Say) -> Option<String> {
    let a = session.results.acquisition.as_deref().ok()?;
    let today = session.results.clv_params.retention;
    let pct = |x: f64| say.percent(x, 2);
    let yearly = a.retention_annual + session.results.acquisition_inputs?.uplift;
    let monthly = |x: f64| say.percent(x, 4);
    let m = &say.m.acquisition;
    Some(match say.period {
        Period::Month => m.conversion.fill([
            &pct(a.retention_annual),
            &pct(yearly),
            &monthly(today),
            &monthly(a.retention_uplifted),
        ]),
        Period::Year => m
            .conversion_year
            .fill([&pct(today), &pct(a.retention_uplifted)]),
    })
}

pub(super) fn inputs(session: &Session) -> Html {
    let say = Say::of(session);
    let m = &say.m.acquisition;
    let number = |field: Field| number_field(field, session, Html::default());
    let acquisition = session.results.acquisition.as_deref().ok();
    let steady = acquisition.filter(|a| a.steady_new).map(|a| {
        m.steady_new
            .fill([&say.per_period(&say.number(a.new_customers, 2))])
    });
    let modelled = session.results.modelled().map(|_| {
        m.modelled
            .get(say.period)
            .fill([&say.percent(session.results.clv_params.retention, 2)])
    });
    html! {
        <section class="inputs" aria-labelledby="acquisition-inputs-title">
            <h2 id="acquisition-inputs-title">{ m.inputs_title }</h2>
            if let Some(note) = modelled {
                <p class="message model-hint" data-notice="acquisition-modelled">{ note }</p>
            }
            <h3 class="group-title">{ m.business }</h3>
            { number(Field::Base) }
            { number(Field::NewCustomers) }
            if let Some(note) = steady {
                <p class="message" data-notice="steady-new">{ note }</p>
            }
            { number(Field::PlanYears) }
            <h3 class="group-title">{ m.programme }</h3>
            { number(Field::ProgrammeCost) }
            { number(Field::ProgrammeLift) }
            <h3 class="group-title">{ m.uplift_group }</h3>
            { number(Field::Uplift) }
            if let Some(note) = conversion(session, &say) {
                <p class="message" data-notice="uplift-conversion">{ note }</p>
            }
        </section>
    }
}
