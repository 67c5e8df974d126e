//! The session, driven the way the app drives it: from a query string and actions, checked
//! through the metric registry. A new field or view adds rows here, not fixtures.

use super::*;
use crate::i18n::Lang;
use crate::model::{Period, Refusal};

mod costs;
mod upgrade;

/// Opens `query` and checks each metric to the cent (absent ones as `None`).
fn check(query: &str, expected: &[(Metric, Option<f64>)]) {
    let session = Session::open(query, Lang::En);
    assert!(
        session.link_problems.is_empty(),
        "{query}: {:?}",
        session.link_problems
    );
    for &(metric, want) in expected {
        let got = metric.read(&session.results).map(|r| match r {
            Reading::Number(x) => (x * 100.0).round() / 100.0,
            Reading::Word(_) => f64::NAN,
        });
        assert_eq!(got, want, "{query}: {}", metric.name());
    }
}

fn word(query: &str, metric: Metric) -> Option<Reading> {
    metric.read(&Session::open(query, Lang::En).results)
}

#[test]
fn evaluate_reproduces_todays_figures() {
    use Metric::*;
    check(
        "",
        &[
            (Clv, Some(1915.78)),
            (ClvSimple, Some(2500.0)),
            (ClvNet, Some(1015.78)),
            (LtvCac, Some(2.13)),
            (Lifetime, Some(33.33)),
            (PaybackSimple, Some(12.0)),
            (PaybackCohort, Some(17.0)),
            (SwitchingCost, Some(246.0)),
            (ScFinancial, Some(65.0)),
            (ScProcess, Some(145.0)),
            (ScEmotional, Some(36.0)),
            (SwitchingPeriods, Some(2.05)),
            (Premium, Some(11.3)),
            (ChurnToday, Some(0.03)),
            (ClvWhatif, Some(2163.08)),
            (ClvChange, Some(247.3)),
        ],
    );
    // formulas.md §2, the worked example.
    let example = "period=year&revenue=250&margin=40&serve_cost=0&retention=80&discount=10&cac=0";
    check(
        &format!("{example}&timing=upfront"),
        &[(Clv, Some(366.67)), (Lifetime, Some(5.0))],
    );
    check(&format!("{example}&timing=arrears"), &[(Clv, Some(266.67))]);
    check(
        &format!("{example}&timing=upfront&horizon=5"),
        &[(Clv, Some(292.06))],
    );
    // formulas.md §3 and §4, the worked examples.
    let switching = "period=year&revenue=1000&margin=50&serve_cost=0&retention=80&discount=10\
                     &benefit_loss=100&monetary_loss=200&risk_chance=20&risk_loss=1000\
                     &eval_hours=10&learn_people=3&learn_hours=4&hourly_cost=50&setup_cost=400\
                     &personal=4&brand=3&function_risk=1&self_image=2&social_image=7\
                     &point_value=1&decision_horizon=3&base_churn=5&advantage=10";
    check(
        switching,
        &[
            (SwitchingCost, Some(2120.0)),
            (Premium, Some(852.48)),
            (PremiumWhatif, Some(1065.6)),
            (MaxPrice, None),
        ],
    );
    // At the table: a competitor at 900 a year leaves room up to 1,752.48.
    check(
        &format!("{switching}&competitor_price=900&cost_change=50"),
        &[(MaxPrice, Some(1752.48)), (PremiumWhatif, Some(1278.73))],
    );
    let barrier = "period=year&revenue=1000&margin=50&serve_cost=0&retention=80&discount=10\
                   &benefit_loss=0&monetary_loss=0&risk_chance=0&eval_hours=0&learn_people=0\
                   &hourly_cost=0&setup_cost=100&personal=1&brand=1&function_risk=1\
                   &self_image=1&social_image=1&decision_horizon=3&base_churn=5&advantage=10\
                   &cost_change=50";
    check(
        barrier,
        &[
            (ChurnWhatif, Some(0.17)),
            (ClvWhatif, Some(1517.02)),
            (ClvChange, Some(183.68)),
        ],
    );
}

#[test]
fn absent_figures_are_words_or_missing() {
    assert_eq!(word("cac=0", Metric::LtvCac), Some(Reading::Word("none")));
    assert_eq!(
        word("serve_cost=200", Metric::PaybackSimple),
        Some(Reading::Word("never"))
    );
    assert_eq!(
        word("retention=100&discount=5", Metric::Lifetime),
        Some(Reading::Word("unlimited"))
    );
    assert_eq!(word("revenue=0", Metric::PremiumPct), None);
    assert_eq!(word("base_churn=5", Metric::ChurnFree), None);
}

#[test]
fn modelled_churn_drives_lifetime_value_when_asked() {
    let s = Session::open("use_model=yes", Lang::En);
    let whatif = Metric::ClvWhatif.read(&s.results);
    assert_eq!(Metric::Clv.read(&s.results), whatif);
    assert!(s.results.modelled().is_some());
}

#[test]
fn a_period_switch_converts_and_can_be_undone() {
    let start = Session::open("", Lang::En);
    let yearly = start.apply(Action::Period(Period::Year));
    let Some(Undo {
        what: Undoable::Period(switch),
        ..
    }) = &yearly.undo
    else {
        panic!("no undo: {:?}", yearly.undo);
    };
    assert_eq!(switch.to, Period::Year);
    assert_eq!((switch.clv_before * 100.0).round(), 191_578.0);
    assert_eq!((switch.clv_after * 100.0).round(), 153_748.0);
    assert_eq!(switch.changes.len(), 14);
    let back = yearly.apply(Action::Undo);
    assert_eq!(back.form, start.form);
    assert_eq!(back.undo, None);
    // An edit ends the chance to undo; switching language does not.
    assert!(yearly.apply(Action::Lang(Lang::Zh)).undo.is_some());
    assert!(yearly
        .apply(Action::Edit(Field::Cac, "800".into()))
        .undo
        .is_none());
}

#[test]
fn examples_and_reset_replace_every_input_and_can_be_undone() {
    let mine = Session::open("revenue=500&currency=EUR", Lang::Zh);
    assert_eq!(mine.lang, Lang::Zh);
    for example in Example::ALL {
        let loaded = mine.apply(Action::Example(example));
        assert_eq!(
            loaded.undo.as_ref().map(|u| &u.what),
            Some(&Undoable::Example(example))
        );
        assert_eq!(loaded.form.scenario(), &example.scenario("CNY"));
        assert_eq!(loaded.apply(Action::Undo).form, mine.form);
    }
    let reset = mine.apply(Action::Reset);
    assert_eq!(reset.form.scenario(), &Example::Saas.scenario("CNY"));
    assert_eq!(reset.apply(Action::Undo).form.scenario().currency, "EUR");
}

#[test]
fn switching_language_changes_no_number_and_keeps_every_draft() {
    let mut s = Session::open("", Lang::En);
    s = s.apply(Action::Edit(Field::Margin, "oops".into()));
    let zh = s.apply(Action::Lang(Lang::Zh));
    assert_eq!(zh.form, s.form);
    assert_eq!(zh.results, s.results);
    assert!(zh.query().contains("lang=zh"));
}

#[test]
fn a_refused_what_if_names_its_field() {
    let s = Session::open("", Lang::En).apply(Action::Edit(Field::Discount, "0".into()));
    let s = s.apply(Action::Edit(Field::Rate, "100".into()));
    assert_eq!(
        s.form.error(Field::Rate),
        Some(FieldError::Refused(Refusal::Unbounded))
    );
}

#[test]
fn the_registry_indexes_itself() {
    for (i, field) in FIELDS.into_iter().enumerate() {
        assert_eq!(field as usize, i);
        let spec = field.spec();
        assert!(spec.check(spec.default).is_ok(), "{field:?} default");
    }
}

/// The README documents every parameter the link reads and every metric, and nothing else.
#[test]
fn readme_lists_every_parameter_and_metric() {
    let readme = include_str!("../../README.md");
    let table = |heading: &str| -> Vec<String> {
        let section = readme.split(heading).nth(1).unwrap_or("");
        let section = section.split("\n## ").next().unwrap_or("");
        section
            .lines()
            .filter(|l| l.starts_with("| `"))
            .flat_map(|l| {
                let first = l.split('|').nth(1).unwrap_or("");
                first
                    .split('`')
                    .skip(1)
                    .step_by(2)
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    let params = table("## Share links and query parameters");
    let mut expected: Vec<String> = ["v", "lang", "period", "currency", "timing", "churn"]
        .map(String::from)
        .to_vec();
    expected.extend(SETTINGS.map(|s| s.spec().param.to_string()));
    expected.extend(FIELDS.map(|f| f.spec().param.to_string()));
    for name in &expected {
        assert!(params.contains(name), "README lacks the parameter {name}");
    }
    for name in &params {
        assert!(
            expected.contains(name),
            "README lists {name}, which the link does not read"
        );
    }
    let metrics = table("## Metrics for tests and embedding pages");
    let names: Vec<String> = Metric::ALL.map(|m| m.name().to_string()).to_vec();
    assert_eq!(metrics, names);
}

/// The examples tell believable stories: switching costs hold back some of the churn a free
/// market would bring, not nearly all of it.
#[test]
fn examples_calibrate_believable_barriers() {
    for example in Example::ALL {
        let r = evaluate(&example.scenario("USD")).expect("valid");
        let churn = r.switching.churn.as_ref().expect("calibrated");
        let (today, free) = (churn.model.today, churn.free_churn);
        assert!(
            free > today && free < 3.0 * today,
            "{example:?}: {today} today, {free} if switching were free"
        );
    }
}

#[test]
fn fields_holding_an_examples_value_are_known_until_edited() {
    assert!(!Session::open("", Lang::En)
        .form
        .marked_example(Field::Revenue));
    let opened = Session::open("revenue=200&margin=oops", Lang::En);
    assert!(opened.form.marked_example(Field::Margin));
    let example = |s: &Session, f: Field| s.form.from_example(f);
    // A link's accepted value is the user's; a refused one keeps the example's.
    assert!(!example(&opened, Field::Revenue));
    assert!(example(&opened, Field::Margin) && example(&opened, Field::Cac));
    let edited = opened.apply(Action::Edit(Field::Cac, "900".into()));
    assert!(!example(&edited, Field::Cac));
    let loaded = edited.apply(Action::Example(Example::Compressor));
    assert!(FIELDS.iter().all(|&f| example(&loaded, f)));
    let back = loaded.apply(Action::Undo);
    assert!(!example(&back, Field::Cac) && !example(&back, Field::Revenue));
    // Converting the period keeps what was whose.
    let yearly = back.apply(Action::Period(Period::Year));
    assert!(!example(&yearly, Field::Revenue) && example(&yearly, Field::ServeCost));
}
