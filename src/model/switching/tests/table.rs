//! At the table and the extrapolation warnings, against hand-computed figures
//! (formulas.md §3 and §4).

use super::{economics, nothing, run};
use crate::model::switching::SwitchingInputs;

fn cents(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[test]
fn the_highest_price_is_the_competitors_plus_the_premium() {
    let p = economics(1000.0, 80.0, 10.0);
    let at = |competitor_price: f64| {
        run(
            &p,
            &SwitchingInputs {
                setup_cost: 2120.0,
                change_pct: 50.0,
                competitor_price,
                ..nothing()
            },
        )
    };
    // Premium 2,120 / 2.486852 = 852.48; what-if 3,180 / 2.486852 = 1,278.73.
    let r = at(900.0);
    assert_eq!(cents(r.premium_whatif), 1278.73);
    let t = r.table.expect("a competitor price");
    assert_eq!(cents(t.max_price), 1752.48);
    assert_eq!(cents(t.max_price_whatif), 2178.73);
    assert_eq!(cents(t.headroom), 752.48);
    assert!(t.inside());
    // A competitor at 100: at most 952.48, below today's 1,000.
    let under = at(100.0).table.expect("a competitor price");
    assert_eq!(cents(under.headroom), -47.52);
    assert!(!under.inside());
    // No competitor price, no table; the what-if premium is there all the same.
    let none = at(0.0);
    assert_eq!(none.table, None);
    assert_eq!(cents(none.premium_whatif), 1278.73);
}

#[test]
fn the_model_says_when_it_extrapolates() {
    let p = economics(1000.0, 80.0, 10.0);
    let with = |setup_cost: f64, change_pct: f64| {
        run(
            &p,
            &SwitchingInputs {
                setup_cost,
                change_pct,
                ..nothing()
            },
        )
        .churn
        .expect("model")
    };
    // The calibrated example: free churn 27.42 %, +50 % adds 13.8 % to lifetime value.
    let calm = with(100.0, 50.0);
    assert!(!calm.free_churn_capped() && !calm.large_move() && !calm.extrapolating());
    // +1,000 %: churn 5.27 %, lifetime value 3,101 against 1,333: more than half again.
    let far = with(100.0, 1000.0);
    assert!(far.large_move() && !far.free_churn_capped() && far.extrapolating());
    assert_eq!(far.clv_move().map(|x| (x * 100.0).round()), Some(133.0));
    // A switching cost of 40 scales: free churn capped at 100 %.
    let capped = with(10_000.0, 0.0);
    assert!(capped.free_churn_capped() && capped.extrapolating());
}
