//! The leads funnel: leads, four conversion rates and the spend behind them → customers won,
//! CAC, the cost of a lead at each stage and where leads leak; the switch that makes every
//! view use the funnel's CAC.

use super::charts::FunnelChart;
use super::part;
use crate::model::costs::Funnel as Figures;
use crate::state::{Field, Metric, Session, Setting};
use crate::ui::kit::{chart, figure, fit_money, number_field, setting, Shown};
use crate::ui::store::Say;
use std::rc::Rc;
use yew::prelude::*;

/// The five stages, what each keeps and what was lost on the way to it.
fn stages(say: &Say, f: &Figures) -> Html {
    let m = &say.m.costs;
    let n = |x: f64| say.number(x, 2);
    html! {
        <div class="table-wrap">
            <table class="stages" data-table="funnel">
                <thead><tr>
                    <th scope="col">{ m.stage }</th>
                    <th scope="col">{ m.count }</th>
                    <th scope="col">{ m.lost }</th>
                    <th scope="col">{ m.lost_share }</th>
                </tr></thead>
                <tbody>
                { for m.stages.iter().enumerate().map(|(i, name)| {
                    let lost = i.checked_sub(1).map(|j| (f.lost[j], f.lost_share.map(|s| s[j])));
                    html! {
                        <tr>
                            <th scope="row">{ *name }</th>
                            <td>{ n(f.stages[i]) }</td>
                            <td>{ lost.map(|(x, _)| n(x)).unwrap_or_default() }</td>
                            <td>{ lost.and_then(|(_, s)| s).map(|s| say.percent(s, 1)).unwrap_or_default() }</td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
        </div>
    }
}

fn answer(session: &Session, say: &Say) -> Html {
    let (m, r) = (&say.m.costs, &session.results);
    let f = &r.costs.funnel;
    let money = |x: Option<f64>| match x {
        Some(x) => fit_money(say, x),
        None => Shown::from(say.m.common.dash.to_string()),
    };
    let leads = say.number(f.stages[0], 2);
    let story = match f.cac {
        Some(cac) => m.funnel_story.get(say.period).fill([
            &leads,
            &say.number(f.customers, 2),
            &say.money(cac),
        ]),
        None => m.funnel_story_none.get(say.period).fill([&leads]),
    };
    let entered = m
        .entered
        .fill([&say.money(session.form.scenario().get(Field::Cac))]);
    html! { <>
        <dl class="figures">
            { figure(Metric::FunnelCustomers, r, m.funnel_customers,
                Shown::from(m.customers_per.get(say.period).fill([&say.number(f.customers, 2)])),
                String::new()) }
            { figure(Metric::FunnelCac, r, m.funnel_cac, match f.cac {
                Some(x) => fit_money(say, x),
                None => Shown::from(m.none_won.to_string()),
            }, entered) }
            { figure(Metric::CostPerLead, r, m.cost_per_lead, money(f.cost_per_lead), m.per_lead_note.into()) }
            { figure(Metric::CostPerMql, r, m.cost_per_mql, money(f.cost_per_mql), m.per_mql_note.into()) }
            { figure(Metric::CostPerSql, r, m.cost_per_sql, money(f.cost_per_sql), m.per_sql_note.into()) }
            { figure(Metric::LeadsNeverBuy, r, m.leads_never_buy, match f.never_buy {
                Some(x) => Shown::from(say.percent(x, 2)),
                None => Shown::from(say.m.common.dash.to_string()),
            }, m.never_buy_note.into()) }
        </dl>
        <p class="negotiation" data-story="funnel">{ story }</p>
    </> }
}

/// Whether the part shows anything else: its inputs and switch, the funnel, the CAC entered.
pub(super) fn moved(a: &Session, b: &Session) -> bool {
    super::super::page_moved(a, b)
        || super::super::fields_moved(a, b, super::super::fields(Field::Leads, Field::SalesSpend))
        || super::super::settings_moved(a, b, &[Setting::UseFunnel])
        || a.results.costs.funnel != b.results.costs.funnel
        || a.form.scenario().get(Field::Cac) != b.form.scenario().get(Field::Cac)
}

pub(super) fn view(session: &Rc<Session>) -> Html {
    let say = &Say::of(session);
    let m = &say.m.costs;
    let number = |field: Field| number_field(field, session, Html::default());
    let inputs = html! {
        <section class="inputs" aria-label={m.funnel_title}>
            { number(Field::Leads) }
            { number(Field::ToMql) }
            { number(Field::ToSl) }
            { number(Field::ToSql) }
            { number(Field::ToCustomer) }
            { number(Field::MarketingSpend) }
            { number(Field::SalesSpend) }
            { setting(session, Setting::UseFunnel, m.use_funnel, &[], Some(m.use_funnel_help)) }
        </section>
    };
    let details = html! {
        <div class="details">
            { chart(FunnelChart::new(session)) }
            { stages(say, &session.results.costs.funnel) }
        </div>
    };
    part(
        session,
        "funnel",
        m.funnel_title,
        inputs,
        answer(session, say),
        details,
    )
}
