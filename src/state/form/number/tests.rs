//! Reading numbers as typed: what is read, how, and what is refused and why.

use super::*;
use FieldError::*;

const MONEY: Unit = Unit::MoneyPerPeriod;
const PCT: Unit = Unit::Percent;

/// The value read, and whether it was written the plain way.
fn read(text: &str, unit: Unit) -> Result<(f64, bool), FieldError> {
    read_number(text, unit).map(|p| (p.value, p.plain))
}

#[test]
fn plain_numbers_as_before() {
    let cases = [
        ("1,200", MONEY, 1200.0),
        (" 1 200.50 ", MONEY, 1200.5),
        ("1,234", MONEY, 1234.0),
        ("1,234,567.5", MONEY, 1_234_567.5),
        ("12 345 678", Unit::Hours, 12_345_678.0),
        ("75%", PCT, 75.0),
        ("75 %", Unit::PercentPerPeriod, 75.0),
        ("$900", Unit::Money, 900.0),
        ("-3", PCT, -3.0),
        ("+3", PCT, 3.0),
        ("−40", PCT, -40.0),
        ("-$40", MONEY, -40.0),
        ("$-40", MONEY, -40.0),
        ("−$1,915.83", MONEY, -1915.83),
        (".5", Unit::Rating, 0.5),
        ("5.", Unit::Rating, 5.0),
        ("0.1", PCT, 0.1),
        ("99.99", MONEY, 99.99),
    ];
    for (text, unit, value) in cases {
        assert_eq!(read(text, unit), Ok((value, true)), "{text:?}");
    }
}

#[test]
fn currency_signs_belong_to_money() {
    for text in [
        "¥900", "￥900", "900元", "US$900", "us$900", "CN¥900", "€900", "£900", "900 €", "RMB 900",
        "rmb900", "USD 900", "900 cny", "CHF900", "₹900",
    ] {
        assert_eq!(read(text, Unit::Money), Ok((900.0, true)), "{text:?}");
        assert_eq!(
            read(text, Unit::MoneyPerHour).map(|r| r.0),
            Ok(900.0),
            "{text:?}"
        );
    }
    assert_eq!(read("¥12", PCT), Err(StrayCurrency("¥")));
    assert_eq!(read("us$12", Unit::Hours), Err(StrayCurrency("US$")));
    assert_eq!(read("12元", Unit::Rating), Err(StrayCurrency("元")));
    assert_eq!(read("12 EUR", Unit::People), Err(StrayCurrency("EUR")));
}

#[test]
fn percent_belongs_to_percentages() {
    for unit in [
        Unit::Percent,
        Unit::PercentPerPeriod,
        Unit::PercentPerYear,
        Unit::PercentOfRevenue,
        Unit::PercentOfAnnualSpend,
    ] {
        assert_eq!(read("12%", unit), Ok((12.0, true)), "{unit:?}");
    }
    for unit in [Unit::Money, MONEY, Unit::Hours, Unit::Periods, Unit::Rating] {
        assert_eq!(read("12%", unit), Err(StrayPercent), "{unit:?}");
        assert_eq!(read("$12%", unit), Err(StrayPercent), "{unit:?}");
        assert_eq!(read("%12", unit), Err(StrayPercent), "{unit:?}");
    }
    assert_eq!(read("%12", PCT), Err(Unexpected('%')));
}

#[test]
fn commas_group_thousands_only() {
    for text in [
        "1,5",
        "1,23",
        "1.234,56",
        "0,5",
        "1,2345",
        "12,34,567",
        "1.234.567",
        ",5",
    ] {
        assert_eq!(read(text, MONEY), Err(DecimalComma), "{text:?}");
    }
    assert_eq!(read("1，5", MONEY), Err(DecimalComma));
    assert_eq!(read("1.2.3", MONEY), Err(NotANumber));
    assert_eq!(read("1 2", MONEY), Err(NotANumber));
    assert_eq!(read("1,,234", MONEY), Err(DecimalComma));
}

#[test]
fn scale_words_in_any_language() {
    let cases = [
        ("6万", 60_000.0),
        ("1.2亿", 120_000_000.0),
        ("60k", 60_000.0),
        ("60K", 60_000.0),
        ("1.5M", 1_500_000.0),
        ("2B", 2e9),
        ("1T", 1e12),
        ("1.2万亿", 1.2e12),
        ("¥10.5万", 105_000.0),
        ("6万元", 60_000.0),
        ("60 k", 60_000.0),
        ("$1.2M", 1_200_000.0),
        ("1.1万", 11_000.0),
        ("0.1k", 100.0),
        ("-2.5k", -2500.0),
        ("1,234.5k", 1_234_500.0),
    ];
    for (text, value) in cases {
        assert_eq!(read(text, MONEY), Ok((value, false)), "{text:?}");
    }
    assert_eq!(read("1e3", Unit::Hours), Ok((1000.0, false)));
    assert_eq!(read("2.5E-1", PCT), Ok((0.25, false)));
    // Exact: the scale moves the decimal point, it does not multiply.
    assert_eq!(
        read_number("1.1万", MONEY).unwrap().value.to_string(),
        "11000"
    );
    assert_eq!(read_number("0.3k", MONEY).unwrap().value.to_string(), "300");
}

#[test]
fn full_width_from_chinese_input_methods() {
    let cases = [
        ("１２３", MONEY, 123.0),
        ("１，２３４．５", MONEY, 1234.5),
        ("１２。５", MONEY, 12.5),
        ("12。5", MONEY, 12.5),
        ("－５", PCT, -5.0),
        ("１２％", PCT, 12.0),
        ("１２ ％", PCT, 12.0),
        ("￥１００", MONEY, 100.0),
        ("６万", MONEY, 60_000.0),
        ("６０ｋ", MONEY, 60_000.0),
        ("1\u{3000}234", MONEY, 1234.0),
    ];
    for (text, unit, value) in cases {
        assert_eq!(read(text, unit).map(|r| r.0), Ok(value), "{text:?}");
    }
    assert_eq!(read("１２", MONEY), Ok((12.0, false)));
    assert_eq!(read("1\u{3000}234", MONEY), Ok((1234.0, true)));
    assert_eq!(read("１２％", MONEY), Err(StrayPercent));
}

#[test]
fn anything_else_is_refused_by_name() {
    let cases = [
        ("", Empty),
        ("  ", Empty),
        ("$", Empty),
        ("-", Empty),
        ("abc", NotANumber),
        ("inf", NotANumber),
        ("NaN", NotANumber),
        ("oops", NotANumber),
        ("1_000", Unexpected('_')),
        ("150x", Unexpected('x')),
        ("12m", Unexpected('m')),
        ("6千", Unexpected('千')),
        ("1-2", Unexpected('-')),
        ("--5", Unexpected('-')),
        ("1e", NotANumber),
        ("1e3e4", NotANumber),
        ("e5", NotANumber),
        (".", NotANumber),
        ("1.5 5", NotANumber),
    ];
    for (text, error) in cases {
        assert_eq!(read(text, MONEY), Err(error), "{text:?}");
    }
    // Too large for a number is for the field's bounds to refuse.
    assert_eq!(read("1e999", MONEY), Ok((f64::INFINITY, false)));
    assert_eq!(read("1e99999999999", MONEY), Ok((f64::INFINITY, false)));
}

#[test]
fn the_sign_button_flips_what_is_typed() {
    for (text, flipped) in [
        ("25", "-25"),
        ("-25", "25"),
        ("−25", "25"),
        ("－25", "25"),
        ("+25", "-25"),
        ("", "-"),
        ("-", ""),
        (" 12.5%", "-12.5%"),
    ] {
        assert_eq!(flip_sign(text), flipped, "{text:?}");
    }
    assert_eq!(parse_number(&flip_sign("30"), PCT), Ok(-30.0));
}

#[test]
fn what_the_app_writes_reads_back() {
    use crate::i18n::Lang;
    for lang in Lang::ALL {
        for code in currencies() {
            for x in [0.0, 12.5, -40.0, 1915.83, 1_234_567.0] {
                let money = lang.money(x, code);
                let read = parse_number(&money, MONEY);
                assert!(
                    read.is_ok_and(|v| (v - x).abs() <= 0.5),
                    "{money}: {read:?}"
                );
            }
            let short = lang.money_short(35_000_000.0, code);
            assert_eq!(parse_number(&short, MONEY), Ok(35_000_000.0), "{short}");
        }
        let pct = lang.percent_of("12.5".into());
        assert_eq!(parse_number(&pct, PCT), Ok(12.5), "{pct}");
    }
}
