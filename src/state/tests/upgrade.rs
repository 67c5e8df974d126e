//! Upgrade or trade-in through the session: the worked example of formulas.md §8 by query
//! string, to the cent, and refusals beside their fields.

use super::*;

/// The worked example: yearly economics and the compressor's unit and offers.
const WORKED: &str = "period=year&revenue=6000&margin=40&serve_cost=600&retention=95&discount=8\
    &cac=0&timing=upfront&horizon=3&unit_price_old=50000&unit_age=8&unit_life=10\
    &unit_price=60000&unit_margin=30&loyalty=60&upgrade_price=12000&upgrade_cost=7000\
    &life_added=5&loyalty_upgrade=75&credit=8000&recovery=3000&loyalty_tradein=80&upsell=10\
    &run_old=9000&run_new=6500&run_upgraded=7500";

/// The worked example with one parameter changed.
fn with(param: &str, value: &str) -> String {
    WORKED
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((p, _)) if p == param => format!("{p}={value}"),
            _ => pair.to_string(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

#[test]
fn the_worked_example_to_the_cent() {
    use Metric::*;
    // Upfront timing and a horizon do not touch it: service is in arrears over a unit's life.
    check(
        WORKED,
        &[
            (RenewalValue, Some(38_092.35)),
            (NpvBaseline, Some(22_570.91)),
            (NpvUpgrade, Some(30_243.30)),
            (UpgradeGain, Some(7_672.39)),
            (NpvTradein, Some(37_571.77)),
            (TradeinGain, Some(15_000.86)),
            (BreakevenCredit, Some(23_000.86)),
            (BreakevenUpgradePrice, Some(4_327.61)),
            (ResidualOld, Some(10_000.0)),
            (MinCredit, Some(14_389.57)),
            (OutlayUpgrade, Some(12_000.0)),
            (OutlayTradein, Some(52_000.0)),
            (EacUpgrade, Some(10_505.48)),
            (EacNew, Some(15_441.77)),
        ],
    );
    check(&with("life_added", "0"), &[(EacUpgrade, None)]);
    // The compressor example carries the worked example's unit and offers (the chart tests
    // take them from it).
    assert_eq!(
        Example::Compressor.scenario("CNY").upgrade(),
        Session::open(WORKED, Lang::En).form.scenario().upgrade()
    );
}

#[test]
fn a_credit_above_the_price_is_refused_beside_the_credit() {
    let s = Session::open(WORKED, Lang::En);
    // Typed: it goes back to the last good credit, and the figures stay.
    let typed = s.apply(Action::Edit(Field::Credit, "70000".into()));
    assert_eq!(
        typed.form.error(Field::Credit),
        Some(FieldError::Refused(Refusal::CreditAbovePrice))
    );
    assert_eq!(typed.form.scenario().get(Field::Credit), 8_000.0);
    assert!(typed.results.upgrade.is_ok());
    // Moved there by the price: the price is taken, the credit is refused beside it and the
    // last results stay, marked stale by the view.
    let cheaper = s.apply(Action::Edit(Field::UnitPrice, "5000".into()));
    assert_eq!(cheaper.form.scenario().get(Field::UnitPrice), 5_000.0);
    assert_eq!(
        cheaper.form.error(Field::Credit),
        Some(FieldError::Refused(Refusal::CreditAbovePrice))
    );
    assert_eq!(
        cheaper.results.valid.upgrade,
        Err(Refusal::CreditAbovePrice)
    );
    assert_eq!(
        cheaper
            .results
            .upgrade
            .as_ref()
            .map(|u| u.npv_tradein.round())
            .ok(),
        Some(37_572.0)
    );
}

#[test]
fn endless_loyalty_without_a_cost_of_money_is_refused_beside_loyalty() {
    let s = Session::open(&with("discount", "0"), Lang::En)
        .apply(Action::Edit(Field::Loyalty, "100".into()));
    assert_eq!(
        s.form.error(Field::Loyalty),
        Some(FieldError::Refused(Refusal::ChainNeverEnds))
    );
    assert_eq!(s.form.scenario().get(Field::Loyalty), 60.0);
    // A unit past its life is valid: waiting replaces it now.
    let past = Session::open(&with("unit_age", "12"), Lang::En);
    assert!(past.results.upgrade.as_ref().is_ok_and(|u| u.past_life));
}
