//! Numbers and money as each language writes them: thousands separators, currency symbols
//! and minor units, compact axis labels (1.2k, 3.5M; 1.2万, 3.5亿), percentages.
//!
//! Formatting only; no figure is computed here.

use super::Lang;

/// A currency Moat knows: its symbol in each language and its decimals.
struct Currency {
    code: &'static str,
    en: &'static str,
    zh: &'static str,
    decimals: usize,
}

/// Symbols as the Unicode CLDR gives them for English and Simplified Chinese.
const KNOWN: [Currency; 16] = [
    Currency {
        code: "USD",
        en: "$",
        zh: "US$",
        decimals: 2,
    },
    Currency {
        code: "EUR",
        en: "€",
        zh: "€",
        decimals: 2,
    },
    Currency {
        code: "GBP",
        en: "£",
        zh: "£",
        decimals: 2,
    },
    Currency {
        code: "JPY",
        en: "¥",
        zh: "JP¥",
        decimals: 0,
    },
    Currency {
        code: "CHF",
        en: "CHF",
        zh: "CHF",
        decimals: 2,
    },
    Currency {
        code: "CAD",
        en: "CA$",
        zh: "CA$",
        decimals: 2,
    },
    Currency {
        code: "AUD",
        en: "A$",
        zh: "AU$",
        decimals: 2,
    },
    Currency {
        code: "CNY",
        en: "CN¥",
        zh: "¥",
        decimals: 2,
    },
    Currency {
        code: "INR",
        en: "₹",
        zh: "₹",
        decimals: 2,
    },
    Currency {
        code: "SEK",
        en: "SEK",
        zh: "SEK",
        decimals: 2,
    },
    Currency {
        code: "NOK",
        en: "NOK",
        zh: "NOK",
        decimals: 2,
    },
    Currency {
        code: "DKK",
        en: "DKK",
        zh: "DKK",
        decimals: 2,
    },
    Currency {
        code: "PLN",
        en: "PLN",
        zh: "PLN",
        decimals: 2,
    },
    Currency {
        code: "BRL",
        en: "R$",
        zh: "R$",
        decimals: 2,
    },
    Currency {
        code: "KRW",
        en: "₩",
        zh: "₩",
        decimals: 0,
    },
    Currency {
        code: "ZAR",
        en: "ZAR",
        zh: "ZAR",
        decimals: 2,
    },
];

/// The currencies offered in the picker, most used first.
pub fn currencies() -> impl Iterator<Item = &'static str> {
    KNOWN.iter().map(|c| c.code)
}

/// `x` with `decimals` places and a comma every three digits: 1234567.891 → "1,234,567.89".
/// Negative numbers take a true minus sign; "−0.00" is written "0.00".
pub fn grouped(x: f64, decimals: usize) -> String {
    with_commas(x, &format!("{:.*}", decimals, x.abs()))
}

/// Every digit of `x`, in the shortest form that is exactly `x`, with a comma every three
/// digits: 60000 → "60,000", 1234.5678 → "1,234.5678", −2500 → "−2,500".
pub fn exact(x: f64) -> String {
    with_commas(x, &x.abs().to_string())
}

/// `fixed`, the digits of `x`'s size, with a comma every three digits and `x`'s sign.
fn with_commas(x: f64, fixed: &str) -> String {
    let (int, frac) = fixed.split_once('.').unwrap_or((fixed, ""));
    let mut out = String::with_capacity(fixed.len() + fixed.len() / 3 + 4);
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

/// The sign of `text` (a true minus, if any) and the rest.
fn split_sign(text: &str) -> (&str, &str) {
    match text.strip_prefix('−') {
        Some(rest) => ("−", rest),
        None => ("", text),
    }
}

impl Lang {
    /// The currency's symbol in this language, or its code; and its decimals.
    fn currency(self, code: &str) -> (&str, usize) {
        match KNOWN.iter().find(|c| c.code == code) {
            Some(c) => (if self == Lang::Zh { c.zh } else { c.en }, c.decimals),
            None => (code, 2),
        }
    }

    /// `symbol` before `digits`, with a space after a symbol made of letters ("CHF 12.50").
    fn with_symbol(self, sign: &str, symbol: &str, digits: &str) -> String {
        let gap = if symbol.bytes().all(|b| b.is_ascii_alphabetic()) {
            " "
        } else {
            ""
        };
        format!("{sign}{symbol}{gap}{digits}")
    }

    /// A money amount in the currency's minor units: "$1,915.83", "¥1,234.50" (CNY in
    /// Chinese), "CHF 1,915.83", "−$40.00", "¥1,234,567" (JPY).
    pub fn money(self, x: f64, currency: &str) -> String {
        let (symbol, decimals) = self.currency(currency);
        let digits = grouped(x, decimals);
        let (sign, digits) = split_sign(&digits);
        self.with_symbol(sign, symbol, digits)
    }

    /// A compact number for chart axes: "950", "1.2k", "3.5M" in English; "9,500", "1.2万",
    /// "3.5亿" in Chinese; past a thousand trillion, "1.2e22".
    pub fn compact(self, x: f64) -> String {
        let sign = if x < 0.0 { "−" } else { "" };
        let a = x.abs();
        if a >= 1e15 {
            return format!("{sign}{a:.1e}");
        }
        let units: &[(f64, &str)] = match self {
            Lang::En => &[(1.0, ""), (1e3, "k"), (1e6, "M"), (1e9, "B"), (1e12, "T")],
            Lang::Zh => &[(1.0, ""), (1e4, "万"), (1e8, "亿"), (1e12, "万亿")],
        };
        // The largest unit the number reaches, or the next one when the number rounds up to
        // it: 999,960 is "1M", not "1,000k".
        let mut i = units.iter().rposition(|(size, _)| a >= *size).unwrap_or(0);
        loop {
            let (size, suffix) = units[i];
            let scaled = a / size;
            let decimals = if suffix.is_empty() || scaled >= 100.0 || scaled.fract() == 0.0 {
                0
            } else {
                1
            };
            let step = 10f64.powi(decimals);
            let shown = (scaled * step).round() / step;
            match units.get(i + 1) {
                Some((next, _)) if shown * size >= *next => i += 1,
                _ => return format!("{sign}{}{suffix}", number(scaled, decimals as usize)),
            }
        }
    }

    /// A compact money amount for chart axes: "$1.2k", "¥3.5万", "−SEK 3.5M".
    pub fn money_short(self, x: f64, currency: &str) -> String {
        let (symbol, _) = self.currency(currency);
        let text = self.compact(x);
        let (sign, digits) = split_sign(&text);
        self.with_symbol(sign, symbol, digits)
    }

    /// A percentage from a fraction: 0.0797 → "7.97 %" in English, "7.97%" in Chinese.
    pub fn percent(self, fraction: f64, decimals: usize) -> String {
        self.percent_of(number(fraction * 100.0, decimals))
    }

    /// A number already in percent, with the sign as this language writes it.
    pub fn percent_of(self, number: String) -> String {
        match self {
            Lang::En => number + " %",
            Lang::Zh => number + "%",
        }
    }
}
