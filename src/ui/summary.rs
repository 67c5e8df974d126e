//! The bar that stays at the top while scrolling: the three figures a
//! user watches while typing (lifetime value, LTV:CAC, room to price), short enough for a
//! phone, each with its exact value a tap away in its section.

use super::kit::{fit_money, Shown};
use super::store::{use_session, Say};
use yew::prelude::*;

/// One figure of the bar, linking to the section that explains it.
fn item(key: &'static str, section: &'static str, label: &'static str, shown: Shown) -> Html {
    html! {
        <a class="summary-item" href={format!("#{section}")} title={shown.exact.clone()}>
            <span class="summary-label">{ label }</span>
            <span class="summary-value" data-summary={key}>
                { shown.view() }
            </span>
        </a>
    }
}

#[component]
pub fn Summary() -> Html {
    let session = use_session();
    let say = Say::of(&session);
    let m = say.m;
    let r = &session.results;
    let (c, s) = (&*r.clv, &*r.switching);
    let ratio = c
        .ltv_cac
        .map_or_else(|| m.common.dash.to_string(), |x| say.ratio(x));
    let stale = !session.form.is_clean();
    html! {
        <div class={classes!("summary", stale.then_some("stale"))} role="group"
            aria-label={m.answers.summary}>
            { item("clv", "value", m.page.nav_value, fit_money(&say, c.clv)) }
            { item("ltv_cac", "value", m.value.ltv_cac, ratio.into()) }
            { item("premium", "switching", m.switching.premium,
                fit_money(&say, s.premium).per_period(&say)) }
        </div>
    }
}
