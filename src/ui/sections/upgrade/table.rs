//! The three options side by side: what each is worth to us today, against waiting, what the
//! customer pays now and when the next replacement decision falls. Compact, so it prints.

use crate::model::upgrade::Upgrade;
use crate::state::{Metric, Results};
use crate::ui::store::Say;
use yew::prelude::*;

/// A table cell, named by its column (a phone shows the name above it), holding a headline
/// figure with its metric's name and reading, as figures do.
fn cell(column: &'static str, metric: Option<Metric>, r: &Results, text: String) -> Html {
    match metric {
        Some(metric) => {
            let value = metric.read(r).map(|v| v.data_value());
            html! {
                <td data-label={column}>
                    <output data-metric={metric.name()} data-value={value}>{ text }</output>
                </td>
            }
        }
        None => html! { <td data-label={column}>{ text }</td> },
    }
}

pub(super) fn table(say: &Say, r: &Results, u: &Upgrade) -> Html {
    let m = &say.m.upgrade;
    let money = |x: f64| say.money(x);
    let when = |years: u32| match years {
        0 => m.now.to_string(),
        n => m.in_years.of(&say.number(f64::from(n), 0)),
    };
    let rows = [
        (
            m.baseline,
            "baseline",
            Metric::NpvBaseline,
            u.npv_baseline,
            None,
            0.0,
            None,
            u.years_baseline,
        ),
        (
            m.upgrade,
            "upgrade",
            Metric::NpvUpgrade,
            u.npv_upgrade,
            Some((Metric::UpgradeGain, u.upgrade_gain)),
            u.outlay_upgrade,
            Some(Metric::OutlayUpgrade),
            u.years_upgrade,
        ),
        (
            m.tradein,
            "tradein",
            Metric::NpvTradein,
            u.npv_tradein,
            Some((Metric::TradeinGain, u.tradein_gain)),
            u.outlay_tradein,
            Some(Metric::OutlayTradein),
            u.years_tradein,
        ),
    ];
    html! {
        <div class="table-wrap">
            <table class="options" data-table="options">
                <thead><tr>
                    <th scope="col">{ m.option }</th>
                    <th scope="col">{ m.npv }</th>
                    <th scope="col">{ m.gain }</th>
                    <th scope="col">{ m.outlay }</th>
                    <th scope="col">{ m.next }</th>
                </tr></thead>
                <tbody>
                { for rows.into_iter().map(|(name, key, npv_metric, npv, gain, outlay, outlay_metric, years)| html! {
                    <tr data-option={key}>
                        <th scope="row">{ name }</th>
                        { cell(m.npv, Some(npv_metric), r, money(npv)) }
                        { match gain {
                            Some((metric, x)) => cell(m.gain, Some(metric), r, say.signed_money(x)),
                            None => cell(m.gain, None, r, say.m.common.dash.into()),
                        } }
                        { cell(m.outlay, outlay_metric, r, money(outlay)) }
                        { cell(m.next, None, r, when(years)) }
                    </tr>
                }) }
                </tbody>
            </table>
        </div>
    }
}
