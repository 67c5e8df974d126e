//! Links written by hand: repeated parameters, choices in any case, currencies that are not
//! ISO 4217 codes, and numbers as people type them.

use super::*;

#[test]
fn a_repeated_parameter_keeps_its_first_value_and_is_named_once() {
    let opened = open("revenue=1&revenue=2&revenue=3&margin=50&period=year&period=month");
    assert_eq!(
        opened.problems,
        vec![
            LinkProblem::Repeated {
                param: "revenue".into(),
                kept: "1".into()
            },
            LinkProblem::Repeated {
                param: "period".into(),
                kept: "year".into()
            },
        ]
    );
    let s = opened.form.scenario();
    assert_eq!((s.get(Field::Revenue), s.get(Field::Margin)), (1.0, 50.0));
    assert_eq!(s.period, Period::Year);
    assert!(open("%zz&&=&x").problems.is_empty());
    // A first value that is refused is named as well, and falls back to the default.
    let refused = open("cac=abc&cac=5");
    assert_eq!(refused.form.scenario().get(Field::Cac), 900.0);
    assert_eq!(refused.problems.len(), 2, "{:?}", refused.problems);
}

#[test]
fn choice_words_in_any_case() {
    let opened = open("period=Year&timing=UPFRONT&use_model=Yes&lang=ZH&currency=cny");
    assert!(opened.problems.is_empty(), "{:?}", opened.problems);
    let s = opened.form.scenario();
    assert_eq!(
        (
            s.period,
            s.timing,
            s.is_on(Setting::UseModel),
            s.currency.as_str()
        ),
        (Period::Year, Timing::Upfront, true, "CNY")
    );
    assert_eq!(opened.lang, Some(Lang::Zh));
}

#[test]
fn the_currency_is_an_iso_code_or_said_to_be_none() {
    let alias = open("currency=RMB");
    assert_eq!(alias.form.scenario().currency, "CNY");
    assert_eq!(
        alias.problems,
        vec![LinkProblem::CurrencyAlias {
            value: "RMB".into(),
            code: "CNY"
        }]
    );
    assert_eq!(open("currency=US%24").form.scenario().currency, "USD");
    let slip = from_query("currency=CNX", Lang::Zh);
    assert_eq!(slip.form.scenario().currency, "CNY");
    assert_eq!(
        slip.problems,
        vec![LinkProblem::UnknownCurrency {
            value: "CNX".into(),
            suggestion: Some("CNY")
        }]
    );
    let none = open("currency=ABC");
    assert_eq!(none.form.scenario().currency, "USD");
    assert_eq!(
        none.problems,
        vec![LinkProblem::UnknownCurrency {
            value: "ABC".into(),
            suggestion: None
        }]
    );
}

#[test]
fn numbers_in_links_are_read_as_typed_and_written_canonically() {
    let opened = open("revenue=6%E4%B8%87&cac=1.5k&cost_change=%EF%BC%8D30&setup_cost=1,5");
    let s = opened.form.scenario();
    assert_eq!(
        [Field::Revenue, Field::Cac, Field::CostChange].map(|f| s.get(f)),
        [60_000.0, 1500.0, -30.0]
    );
    assert_eq!(
        opened.problems,
        vec![LinkProblem::Refused {
            param: "setup_cost",
            value: "1,5".into(),
            error: FieldError::DecimalComma
        }]
    );
    let query = to_query(s, Lang::En);
    assert!(query.contains("&revenue=60000&"), "{query}");
    assert!(query.contains("&cac=1500&"), "{query}");
    assert!(query.contains("&cost_change=-30&"), "{query}");
}
