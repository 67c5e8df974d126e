//! The chart's series tend to the options' values (formulas.md §8).

use super::*;
use crate::model::upgrade::chart::{chart as chart_over, courses, Chain};
use crate::model::upgrade::value::Service;

/// The chart of `i` under `e` run out to `years` years.
fn long_chart(e: &Economics, i: &UpgradeInputs, years: u32) -> Vec<ChartPoint> {
    let p = validate_economics(e).expect("valid economics");
    let u = validate(i, &p).expect("within the model's bounds");
    let n0 = u.unit_life.saturating_sub(u.unit_age);
    let margin_new = u.unit_margin * u.unit_price;
    let courses = courses(&u, [n0, n0 + u.life_added, u.unit_life], margin_new);
    let chain = Chain {
        margin: margin_new,
        life: u.unit_life,
        loyalty: u.loyalty,
    };
    chart_over(&Service::new(&p), &chain, courses, years)
}

#[test]
fn the_chain_followed_for_ever_gives_the_values() {
    let g = run(&compressor(), &offers()).expect("within the model's bounds");
    // 1.08⁻⁶⁰⁰ leaves nothing of the chain's tail.
    let long = long_chart(&compressor(), &offers(), 600);
    let last = long.last().expect("a chart has points");
    assert!(close(last.baseline, g.npv_baseline), "{last:?} {g:?}");
    assert!(close(last.upgrade, g.npv_upgrade), "{last:?} {g:?}");
    assert!(close(last.tradein, g.npv_tradein), "{last:?} {g:?}");
    // The chart the model returns is the start of it.
    assert_eq!(&long[..g.chart.len()], &g.chart[..]);
}

#[test]
fn the_charts_end_leaves_out_only_the_chains_tail() {
    // With no loyalty after the first replacement, nothing follows the next unit's life, and
    // the chart (one whole life past the latest first replacement) holds every value.
    let i = UpgradeInputs {
        loyalty_pct: 0.0,
        ..offers()
    };
    let g = run(&compressor(), &i).expect("within the model's bounds");
    let last = g.chart.last().expect("a chart has points");
    assert!(close(last.baseline, g.npv_baseline), "{last:?} {g:?}");
    assert!(close(last.upgrade, g.npv_upgrade), "{last:?} {g:?}");
    assert!(close(last.tradein, g.npv_tradein), "{last:?} {g:?}");
    // With loyalty the tail is what is left: at most a few percent here, 20 years out.
    let g = run(&compressor(), &offers()).expect("within the model's bounds");
    let last = g.chart.last().expect("a chart has points");
    for (shown, value) in [
        (last.baseline, g.npv_baseline),
        (last.upgrade, g.npv_upgrade),
        (last.tradein, g.npv_tradein),
    ] {
        assert!(shown < value && shown > 0.9 * value, "{shown} of {value}");
    }
}

#[test]
fn a_unit_past_its_life_is_replaced_in_year_zero() {
    let i = UpgradeInputs {
        unit_age: 12.0,
        ..offers()
    };
    let g = run(&compressor(), &i).expect("within the model's bounds");
    // The baseline's year 0: the replacement sale, won with chance p = 60 %.
    assert_eq!(cents(g.chart[0].baseline), 0.6 * 18_000.0);
    // max(0 + 5, 10) + 10.
    assert_eq!(g.chart.len(), 21);
    assert_finite(&g, "past life");
}
