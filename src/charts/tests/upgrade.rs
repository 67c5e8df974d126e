//! The upgrade-or-trade-in charts as the checks get them (formulas.md §8): the worked
//! example, a trade-in with no credit good for both, the residual value, the customer's
//! minimum and the offer at one place, a maximum below 0, a unit past its life and huge
//! amounts, computed by the model, with their words in both languages.

use super::{measure, record, report, SCALES};
use crate::charts::credit::{self, Credit};
use crate::charts::{cashflow, text::LINE};
use crate::i18n::Lang;
use crate::model::upgrade::{compute, validate, Upgrade, UpgradeInputs};
use crate::model::{validate as validate_economics, Economics, Period, Timing};
use crate::state::Example;

/// The worked example's economics (formulas.md §8): yearly, R = 6 000, margin 40 %,
/// c = 600, r = 95 %, dₐ = 8 %, in arrears.
fn economics(scale: f64) -> Economics {
    Economics {
        period: Period::Year,
        timing: Timing::Arrears,
        revenue: 6000.0 * scale,
        margin_pct: 40.0,
        serve_cost: 600.0 * scale,
        retention_pct: 95.0,
        discount_pct: 8.0,
        cac: 0.0,
        horizon: 0.0,
    }
}

/// The worked example's unit and offers (formulas.md §8): the compressor example's.
fn offers() -> UpgradeInputs {
    Example::Compressor.scenario("CNY").upgrade()
}

pub struct Sample {
    pub name: &'static str,
    pub currency: &'static str,
    pub g: Upgrade,
    pub credit: Credit,
}

fn sample(name: &'static str, currency: &'static str, scale: f64, i: UpgradeInputs) -> Sample {
    let p = validate_economics(&economics(scale)).expect("valid economics");
    let u = validate(&i, &p).unwrap_or_else(|e| panic!("{name}: {e:?}"));
    let g = compute(&p, &u).unwrap_or_else(|e| panic!("{name}: {e:?}"));
    let credit = Credit {
        min: g.min_credit,
        max: g.breakeven_credit,
        residual: g.residual_old,
        offered: i.credit,
    };
    Sample {
        name,
        currency,
        g,
        credit,
    }
}

pub fn samples() -> Vec<Sample> {
    let o = offers();
    let huge = 1e4;
    vec![
        sample("worked", "CNY", 1.0, o),
        // Nothing saved by leaving the old unit: the customer wants more than we can give.
        sample("no zone", "CNY", 1.0, UpgradeInputs { run_old: 0.0, ..o }),
        // An old unit so dear to run that the customer takes its residual value, offered.
        sample(
            "coincident",
            "CNY",
            1.0,
            UpgradeInputs {
                run_old: 20_000.0,
                credit: 10_000.0,
                ..o
            },
        ),
        // No margin, nothing recovered, no loyalty after a trade-in: T* below 0.
        sample(
            "negative max",
            "USD",
            1.0,
            UpgradeInputs {
                unit_margin_pct: 0.0,
                recovery: 0.0,
                loyalty_tradein_pct: 0.0,
                upsell_pct: 0.0,
                loyalty_pct: 90.0,
                ..o
            },
        ),
        sample(
            "past life",
            "CNY",
            1.0,
            UpgradeInputs {
                unit_age: 12.0,
                ..o
            },
        ),
        sample(
            "huge",
            "CNY",
            huge,
            UpgradeInputs {
                unit_price_old: o.unit_price_old * huge,
                unit_price: o.unit_price * huge,
                upgrade_price: o.upgrade_price * huge,
                upgrade_cost: o.upgrade_cost * huge,
                credit: o.credit * huge,
                recovery: o.recovery * huge,
                run_old: o.run_old * huge,
                run_new: o.run_new * huge,
                run_upgraded: o.run_upgraded * huge,
                ..o
            },
        ),
    ]
}

pub fn cashflow_labels(lang: Lang, currency: &str) -> cashflow::Labels {
    let words = match lang {
        Lang::Zh => [
            "距今年数".into(),
            format!("累计折现现金流（{currency}）"),
            "等待寿命终止".into(),
            "现在升级".into(),
            "现在以旧换新".into(),
        ],
        Lang::En => [
            "Years from now".into(),
            format!("Cumulative discounted cash flow ({currency})"),
            "Wait for end of life".into(),
            "Upgrade now".into(),
            "Trade in now".into(),
        ],
    };
    let [x_axis, y_axis, baseline, upgrade, tradein] = words;
    cashflow::Labels {
        x_axis,
        y_axis,
        baseline,
        upgrade,
        tradein,
    }
}

pub fn credit_labels(lang: Lang, currency: &str, c: &Credit) -> credit::Labels {
    let m = |x: f64| lang.money(x, currency);
    let words = match lang {
        Lang::Zh => [
            format!("以旧换新抵扣额（{currency}）"),
            "双方都可接受".into(),
            "没有双方都接受的抵扣额".into(),
            format!("客户最低要求 {}", m(c.min)),
            format!("我方最高可让 {}", m(c.max)),
            format!("残值 {}", m(c.residual)),
            format!("报价 {}", m(c.offered)),
        ],
        Lang::En => [
            format!("Trade-in credit ({currency})"),
            "Works for both".into(),
            "No credit works for both".into(),
            format!("Customer's minimum {}", m(c.min)),
            format!("Our maximum {}", m(c.max)),
            format!("Residual value {}", m(c.residual)),
            format!("Offered {}", m(c.offered)),
        ],
    };
    let [x_axis, zone, gap, min, max, residual, offered] = words;
    credit::Labels {
        x_axis,
        zone,
        gap,
        min,
        max,
        residual,
        offered,
    }
}

#[test]
fn the_samples_are_the_cases_they_say() {
    let s = samples();
    let c = |i: usize| s[i].credit;
    assert_eq!(
        s[0].g.zone.map(|(l, h)| (l.round(), h.round())),
        Some((14_390.0, 23_001.0))
    );
    assert_eq!((c(0).residual.round(), c(0).offered), (10_000.0, 8_000.0));
    assert!(c(1).max < c(1).min && s[1].g.zone.is_none());
    assert!(c(2).min == c(2).residual && (c(2).residual - c(2).offered).abs() < 1e-6);
    assert!(c(3).max < 0.0);
    assert!(s[4].g.past_life);
}

#[test]
fn cashflow_is_legible_at_every_ratio_and_width() {
    let mut found = Vec::new();
    for s in samples() {
        for lang in [Lang::En, Lang::Zh] {
            let l = cashflow_labels(lang, s.currency);
            let faults = measure("cashflow", lang, s.currency, |area, look| {
                cashflow::draw(area, &s.g.chart, &l, look).unwrap()
            });
            found.extend(faults.into_iter().map(|f| format!("{}: {f}", s.name)));
        }
    }
    report(&found);
}

#[test]
fn credit_is_legible_at_every_ratio_and_width() {
    let mut found = Vec::new();
    for s in samples() {
        for lang in [Lang::En, Lang::Zh] {
            let l = credit_labels(lang, s.currency, &s.credit);
            let faults = measure("credit", lang, s.currency, |area, look| {
                credit::draw(area, &s.credit, &l, look).unwrap()
            });
            found.extend(faults.into_iter().map(|f| format!("{}: {f}", s.name)));
        }
    }
    report(&found);
}

/// At the phone's height (180 px: two rows of text a side), on a 390 px phone at every ratio,
/// every sample's four texts are written at full size, in both languages. (On a 300 px one,
/// the huge sample's longest text is wider than the plot and is made to fit.)
#[test]
fn credit_writes_every_marker_at_full_size_on_a_phone() {
    let phone = super::heights("credit")[0];
    for s in samples() {
        for lang in [Lang::En, Lang::Zh] {
            let l = credit_labels(lang, s.currency, &s.credit);
            for scale in SCALES {
                let (_, r) = record(
                    (390, phone),
                    scale,
                    |area, look| credit::draw(area, &s.credit, &l, look).unwrap(),
                    lang,
                    s.currency,
                );
                for text in [&l.min, &l.max, &l.residual, &l.offered] {
                    let (_, at) = r.texts.iter().find(|(t, _)| t == text).expect(text);
                    let full = 12.0 * scale * LINE;
                    let context = format!("{} {lang:?} at {scale}: {text}", s.name);
                    assert!((at.y1 - at.y0 - full).abs() < 1e-9, "{context}");
                }
            }
        }
    }
}
