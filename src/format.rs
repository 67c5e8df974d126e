//! Numbers as people read them: thousands separators, currency, units.
//!
//! Formatting only; no figure is computed here.

use crate::model::switching::{Factor, Group};
use crate::model::Period;

/// The period's noun, "month" or "year".
pub fn period_noun(period: Period) -> &'static str {
    match period {
        Period::Month => "month",
        Period::Year => "year",
    }
}

/// The name of a group of switching costs.
pub fn group_name(group: Group) -> &'static str {
    match group {
        Group::Financial => "Financial",
        Group::Process => "Process",
        Group::Emotional => "Emotional",
    }
}

/// The name of a switching-cost factor.
pub fn factor_name(factor: Factor) -> &'static str {
    match factor {
        Factor::BenefitLoss => "Benefit loss",
        Factor::MonetaryLoss => "Monetary loss",
        Factor::EconomicRisk => "Economic risk",
        Factor::Evaluation => "Evaluation",
        Factor::Learning => "Learning",
        Factor::SetUp => "Set-up",
        Factor::PersonalRelationship => "Personal relationship",
        Factor::BrandRelationship => "Brand relationship",
        Factor::FunctionRisk => "Product-function risk",
        Factor::SelfImageRisk => "Self-image risk",
        Factor::SocialImageRisk => "Social-image risk",
    }
}

/// Symbol and decimals for the currencies the app lists; other ISO codes print as the code.
fn currency_style(code: &str) -> (&str, usize) {
    match code {
        "USD" => ("$", 2),
        "EUR" => ("€", 2),
        "GBP" => ("£", 2),
        "JPY" => ("¥", 0),
        "INR" => ("₹", 2),
        "CNY" => ("CN¥", 2),
        "CAD" => ("CA$", 2),
        "AUD" => ("A$", 2),
        "KRW" => ("₩", 0),
        "BRL" => ("R$", 2),
        _ => (code, 2),
    }
}

/// The currencies offered in the picker, most used first.
pub const CURRENCIES: [&str; 16] = [
    "USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "CNY", "INR", "SEK", "NOK", "DKK", "PLN",
    "BRL", "KRW", "ZAR",
];

/// `x` with `decimals` places and a comma every three digits: 1234567.891 → "1,234,567.89".
/// Negative numbers take a true minus sign.
pub fn grouped(x: f64, decimals: usize) -> String {
    let fixed = format!("{:.*}", decimals, x.abs());
    let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let mut out = String::with_capacity(fixed.len() + fixed.len() / 3 + 4);
    // "-0.00" is not worth a sign.
    if x < 0.0 && fixed.bytes().any(|b| matches!(b, b'1'..=b'9')) {
        out.push('−');
    }
    for (i, digit) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// A money amount in the currency's minor units: "$1,915.83", "CHF 1,915.83", "−$40.00".
pub fn money(x: f64, currency: &str) -> String {
    let (symbol, decimals) = currency_style(currency);
    let digits = grouped(x, decimals);
    let (sign, digits) = match digits.strip_prefix('−') {
        Some(rest) => ("−", rest),
        None => ("", digits.as_str()),
    };
    let gap = if symbol.chars().all(char::is_alphabetic) {
        " "
    } else {
        ""
    };
    format!("{sign}{symbol}{gap}{digits}")
}

/// A compact money amount for chart axes: "$950", "$1.2k", "$3.5M"; past a thousand
/// trillion, "$1.2e22".
pub fn money_short(x: f64, currency: &str) -> String {
    let (symbol, _) = currency_style(currency);
    let gap = if symbol.chars().all(char::is_alphabetic) {
        " "
    } else {
        ""
    };
    let sign = if x < 0.0 { "−" } else { "" };
    let a = x.abs();
    if a >= 1e15 {
        return format!("{sign}{symbol}{gap}{a:.1e}");
    }
    let (scaled, suffix) = match a {
        a if a >= 1e12 => (a / 1e12, "T"),
        a if a >= 1e9 => (a / 1e9, "B"),
        a if a >= 1e6 => (a / 1e6, "M"),
        a if a >= 1e3 => (a / 1e3, "k"),
        a => (a, ""),
    };
    let decimals = if suffix.is_empty() || scaled >= 100.0 || scaled.fract() == 0.0 {
        0
    } else {
        1
    };
    format!("{sign}{symbol}{gap}{}{suffix}", grouped(scaled, decimals))
}

/// A plain number with up to `decimals` places, trailing zeros dropped: 33.3333 → "33.33",
/// 12.0 → "12".
pub fn number(x: f64, decimals: usize) -> String {
    let s = grouped(x, decimals);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// A percentage from a fraction: 0.0797 → "7.97 %".
pub fn percent(fraction: f64, decimals: usize) -> String {
    format!("{} %", number(fraction * 100.0, decimals))
}

/// "1 month", "15.2 months".
pub fn periods(x: f64, decimals: usize, noun: &str) -> String {
    let n = number(x, decimals);
    let plural = if n == "1" { "" } else { "s" };
    format!("{n} {noun}{plural}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands() {
        assert_eq!(grouped(0.0, 2), "0.00");
        assert_eq!(grouped(999.995, 2), "1,000.00");
        assert_eq!(grouped(1234567.891, 2), "1,234,567.89");
        assert_eq!(grouped(-1234.5, 0), "−1,234");
        assert_eq!(grouped(-0.001, 2), "0.00");
        assert_eq!(grouped(123456.0, 0), "123,456");
    }

    #[test]
    fn money_uses_symbol_or_code() {
        assert_eq!(money(1915.826, "USD"), "$1,915.83");
        assert_eq!(money(-40.0, "EUR"), "−€40.00");
        assert_eq!(money(1234567.0, "JPY"), "¥1,234,567");
        assert_eq!(money(12.5, "CHF"), "CHF 12.50");
    }

    #[test]
    fn short_money_for_axes() {
        assert_eq!(money_short(950.0, "USD"), "$950");
        assert_eq!(money_short(1260.0, "USD"), "$1.3k");
        assert_eq!(money_short(2000.0, "GBP"), "£2k");
        assert_eq!(money_short(-3_500_000.0, "SEK"), "−SEK 3.5M");
        assert_eq!(money_short(1.2e22, "USD"), "$1.2e22");
    }

    #[test]
    fn numbers_percent_periods() {
        assert_eq!(number(33.3333, 2), "33.33");
        assert_eq!(number(12.0, 1), "12");
        assert_eq!(number(1200.0, 1), "1,200");
        assert_eq!(percent(0.0797414, 2), "7.97 %");
        assert_eq!(periods(1.0, 1, "month"), "1 month");
        assert_eq!(periods(15.24, 1, "month"), "15.2 months");
    }
}
