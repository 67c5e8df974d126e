//! The answer: which option is worth most to us, the three side by side, the walk-away
//! numbers, the zone where a credit works for both, and the upgrade against a new unit as
//! the customer sees it; then the charts and the working.

use super::charts::{CashflowChart, CreditChart};
use super::explain::explain;
use super::table::table;
use crate::model::upgrade::Upgrade;
use crate::state::{FieldError, Metric, Session};
use crate::ui::kit::text::error;
use crate::ui::kit::{answer, chart, figure, fit_money, Shown};
use crate::ui::store::Say;
use yew::prelude::*;

/// The option worth most to us, in a sentence.
fn verdict(say: &Say, u: &Upgrade) -> String {
    let m = &say.m.upgrade;
    let best = u.upgrade_gain.max(u.tradein_gain);
    match best {
        b if b <= 0.0 => m.best_baseline.into(),
        b if b == u.tradein_gain => m.best_tradein.fill([&say.money(b)]),
        b => m.best_upgrade.fill([&say.money(b)]),
    }
}

/// Where a credit works for both, and where the one offered falls.
fn zone(session: &Session, say: &Say, u: &Upgrade) -> Html {
    let m = &say.m.upgrade;
    let Some(v) = session.results.upgrade_inputs else {
        return Html::default();
    };
    let offered = say.money(v.credit);
    match u.zone {
        Some((low, high)) => {
            let verdict = if v.credit < low {
                &m.offered_low
            } else if v.credit > high {
                &m.offered_high
            } else {
                &m.offered_in
            };
            html! {
                <p class="negotiation" data-story="zone">
                    { say.m.common.sentences.fill([
                        &m.zone.fill([&say.money(low), &say.money(high)]),
                        &verdict.fill([&offered]),
                    ]) }
                </p>
            }
        }
        None => html! { <>
            <p class="negotiation" data-story="no-zone">
                { m.no_zone.fill([&say.money(u.min_credit), &say.money(u.breakeven_credit)]) }
            </p>
            <p class="message">{ m.what_would_change }</p>
        </> },
    }
}

fn body(session: &Session, say: &Say, u: &Upgrade) -> Html {
    let (m, r) = (&say.m.upgrade, &session.results);
    let Some(v) = r.upgrade_inputs else {
        return Html::default();
    };
    let credit_note = if u.breakeven_credit >= 0.0 {
        m.credit_story.fill([&say.money(u.breakeven_credit)])
    } else {
        m.no_credit_pays.fill([&say.money(-u.breakeven_credit)])
    };
    let residual_note = if u.credit_is_concession {
        m.concession
            .fill([&say.money(v.credit), &say.money(u.concession)])
    } else {
        m.within_residual.into()
    };
    let eac_note = m.eac_note.fill([&say.percent(u.customer_discount, 2)]);
    let eac_verdict = u.eac_upgrade.map(|e| {
        if e <= u.eac_new {
            m.eac_upgrade_cheaper
        } else {
            m.eac_new_cheaper
        }
    });
    html! { <>
        if u.past_life {
            <p class="message model-hint" data-notice="past-life">{ m.past_life }</p>
        }
        <p class="negotiation" data-story="best">{ verdict(say, u) }</p>
        { table(say, r, u) }
        <dl class="figures">
            { figure(Metric::RenewalValue, r, m.renewal_value, fit_money(say, u.renewal_value), m.renewal_note.into()) }
        </dl>
        <h3>{ m.walk_away }</h3>
        <dl class="figures">
            { figure(Metric::BreakevenCredit, r, m.breakeven_credit, fit_money(say, u.breakeven_credit), credit_note) }
            { figure(Metric::BreakevenUpgradePrice, r, m.breakeven_upgrade_price,
                fit_money(say, u.breakeven_upgrade_price),
                m.price_story.fill([&say.money(u.breakeven_upgrade_price)])) }
            { figure(Metric::ResidualOld, r, m.residual_old, fit_money(say, u.residual_old), residual_note) }
            { figure(Metric::MinCredit, r, m.min_credit, fit_money(say, u.min_credit), m.min_credit_note.into()) }
        </dl>
        { zone(session, say, u) }
        <h3>{ m.eac_title }</h3>
        <dl class="figures">
            { figure(Metric::EacUpgrade, r, m.eac_upgrade, match u.eac_upgrade {
                Some(x) => fit_money(say, x),
                None => Shown::from(say.m.common.dash.to_string()),
            }, if u.eac_upgrade.is_some() { eac_note.clone() } else { m.no_life_added.into() }) }
            { figure(Metric::EacNew, r, m.eac_new, fit_money(say, u.eac_new), eac_note) }
        </dl>
        if let Some(text) = eac_verdict {
            <p class="message">{ text }</p>
        }
    </> }
}

pub(super) fn results(session: &Session) -> Html {
    let say = Say::of(session);
    let m = &say.m.upgrade;
    let stale = !session.form.is_clean() || session.results.valid.upgrade.is_err();
    let class = classes!("results", stale.then_some("stale"));
    let p = &session.results.clv_params;
    let service = m.service_note.get(say.period).fill([
        &say.money(session.results.clv.contribution),
        &say.percent(p.retention, 2),
    ]);
    html! {
        <section {class} aria-labelledby="upgrade-title">
            { answer(html! { <>
                <h2 id="upgrade-title">{ m.title }</h2>
                if stale {
                    <p class="stale-note" role="status">{ say.m.page.stale }</p>
                }
                { match &session.results.upgrade {
                    Ok(u) => body(session, &say, u),
                    Err(why) => html! {
                        <p class="negotiation" data-notice="upgrade-refused">
                            { error(say.m, FieldError::Refused(*why)) }
                        </p>
                    },
                } }
                <p class="message" data-notice="upgrade-service">{ service }</p>
            </> }) }
            if let Ok(u) = &session.results.upgrade {
                <div class="details">
                    <div class="charts single">
                        { for CashflowChart::new(session).map(chart) }
                        { for CreditChart::new(session).map(chart) }
                    </div>
                    { explain(session, &say, u) }
                </div>
            }
        </section>
    }
}
