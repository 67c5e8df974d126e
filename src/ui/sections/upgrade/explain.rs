//! "How this is computed": the formulas of §8 with the user's numbers in them. Every number
//! shown is an input or a model output; none is computed here.

use crate::model::upgrade::{Depreciation, Upgrade};
use crate::state::Session;
use crate::ui::kit::{step, steps};
use crate::ui::store::Say;
use yew::prelude::*;

pub(super) fn explain(session: &Session, say: &Say, u: &Upgrade) -> Html {
    let (m, f) = (&say.m.upgrade, &say.m.formulas);
    let Some(v) = session.results.upgrade_inputs else {
        return Html::default();
    };
    let money = |x: f64| say.money(x);
    let pct = |x: f64| say.percent(x, 2);
    let n = |x: u32| say.number(f64::from(x), 0);
    let residual = match v.depreciation {
        Depreciation::Straight => step(
            m.row_residual,
            f.u_straight,
            format!(
                "{} × max(0, 1 − {} / {}) = {}",
                money(v.unit_price_old),
                n(v.unit_age),
                n(v.unit_life),
                money(u.residual_old)
            ),
        ),
        Depreciation::Declining => step(
            m.row_residual,
            f.u_declining,
            format!(
                "{} × (1 − {})^{} = {}",
                money(v.unit_price_old),
                pct(v.decline_rate),
                n(v.unit_age),
                money(u.residual_old)
            ),
        ),
    };
    let eac = u
        .eac_upgrade
        .map_or_else(|| say.m.common.dash.to_string(), money);
    html! {
        <details class="explain" open=true>
            <summary>{ m.explain }</summary>
            { steps(say.m, html! { <>
                { step(m.row_remaining, f.u_remaining, format!("max({} − {}, 0) = {}",
                    n(v.unit_life), n(v.unit_age), n(u.years_baseline))) }
                { step(m.row_renewal, f.u_renewal, format!("m_P = {} × {} = {};   W = {}",
                    pct(v.unit_margin), money(v.unit_price), money(u.margin_new), money(u.renewal_value))) }
                { step(m.row_baseline, f.u_baseline, money(u.npv_baseline)) }
                { step(m.row_upgrade, f.u_upgrade, format!("({} − {}) + … = {}",
                    money(v.upgrade_price), money(v.upgrade_cost), money(u.npv_upgrade))) }
                { step(m.row_tradein, f.u_tradein, format!("({} − {} + {}) + … = {}",
                    money(u.margin_new), money(v.credit), money(v.recovery), money(u.npv_tradein))) }
                { step(m.row_credit, f.u_credit, money(u.breakeven_credit)) }
                { step(m.row_price, f.u_price, money(u.breakeven_upgrade_price)) }
                { residual }
                { step(m.row_keep, f.u_keep, format!("{} → {}", money(v.run_old), money(u.keep_cost))) }
                { step(m.row_trade, f.u_trade, format!("({} − {}) + {} − … {} = {}",
                    money(v.unit_price), money(v.credit), money(u.running_new), money(u.residual_new),
                    money(u.tradein_cost))) }
                { step(m.row_min, f.u_min, money(u.min_credit)) }
                { step(m.row_eac, f.u_eac, format!("{}   vs   {}", eac, money(u.eac_new))) }
            </> }) }
            <p class="message">{ m.assumptions }</p>
        </details>
    }
}
