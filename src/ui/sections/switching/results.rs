//! What leaving costs: the total, in periods of spend, and the premium it lets you charge.

use super::charts::Breakdown;
use super::explain::explain;
use super::table::table;
use crate::state::{Metric, Session};
use crate::ui::kit::{answer, caution, chart, figure, fit_money};
use crate::ui::store::Say;
use yew::prelude::*;

pub(super) fn results(session: &Session) -> Html {
    let say = Say::of(session);
    let w = &say.m.switching;
    let r = &session.results;
    let s = &*r.switching;
    let dash = say.m.common.dash;
    let decision = say.periods(f64::from(r.valid.switching.decision_horizon), 0);
    let premium_pct = s
        .premium_share
        .map_or_else(|| dash.to_string(), |x| say.percent(x, 1));
    let premium = say.money(s.premium);
    let stale = !session.form.is_clean();
    let negotiation = s.premium_share.map(|_| {
        w.negotiation
            .get(say.period)
            .around(["", &premium, &decision])
    });
    let a = &say.m.answers;
    let at = say.change(r.valid.switching.change);
    html! {
        <section class={classes!("results", stale.then_some("stale"))} aria-labelledby="switching-title">
            { answer(html! { <>
                <h2 id="switching-title">{ w.title }</h2>
                <dl class="figures">
                    { figure(Metric::SwitchingCost, r, w.total, fit_money(&say, s.total), w.total_note.into()) }
                    { figure(Metric::SwitchingPeriods, r, *w.in_periods.get(say.period),
                        s.in_periods.map_or_else(|| dash.to_string(), |x| say.periods(x, 2)),
                        w.in_periods_note.get(say.period).to_string()) }
                    { figure(Metric::Premium, r, w.premium, fit_money(&say, s.premium).per_period(&say),
                        match s.premium_share {
                            Some(_) => w.premium_note.fill([&premium_pct, &decision]),
                            None => w.premium_note_no_revenue.fill([&decision]),
                        }) }
                    { figure(Metric::PremiumWhatif, r, a.premium_whatif.fill([&at]),
                        fit_money(&say, s.premium_whatif).per_period(&say),
                        a.premium_whatif_note.fill([&say.money(s.cost_whatif)])) }
                    if let Some(t) = s.table {
                        { figure(Metric::MaxPrice, r, a.max_price, fit_money(&say, t.max_price).per_period(&say),
                            a.max_price_note.fill([&say.money(t.competitor), &premium])) }
                    }
                </dl>
                <p class="negotiation">
                    if let Some((before, after)) = negotiation {
                        { before }
                        <strong><output data-metric={Metric::PremiumPct.name()}
                            data-value={Metric::PremiumPct.read(r).map(|x| x.data_value())}>{ premium_pct }</output></strong>
                        { after }
                    } else {
                        { w.no_revenue }
                    }
                </p>
                { table(session) }
            </> }) }
            <div class="details">
            { caution(say.m) }
            <div class="charts single">
                { chart(Breakdown::of(session)) }
            </div>
            { explain(session) }
            </div>
        </section>
    }
}
