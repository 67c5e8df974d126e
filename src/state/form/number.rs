//! Numbers as people type them: thousands grouped by commas or spaces, a sign, the field's
//! "%" or currency sign, full-width characters from Chinese input methods, and the scale
//! words k, M, B, T, 万, 亿 and 万亿. Anything else is refused with a typed reason.

use crate::i18n::format::currencies;
use crate::state::fields::{FieldError, Unit};

/// A number read from a field's text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Parsed {
    pub value: f64,
    /// Written the plain way, in ASCII digits; not so with a scale word ("60k", "6万"), an
    /// exponent ("1e3") or full-width characters, whose reading the field shows.
    pub plain: bool,
}

/// Currency signs a money amount may carry before or after it, besides the codes of the
/// currencies offered; a longer sign comes before one it ends with.
const SIGNS: [&str; 20] = [
    "US$", "CN¥", "CN￥", "JP¥", "HK$", "NT$", "CA$", "AU$", "RMB", "A$", "R$", "S$", "$", "¥",
    "￥", "€", "£", "₹", "₩", "元",
];

/// Scale words and the power of ten each stands for; a longer word before one it ends with.
const SCALES: [(&str, i32); 8] = [
    ("万亿", 12),
    ("亿", 8),
    ("万", 4),
    ("k", 3),
    ("K", 3),
    ("M", 6),
    ("B", 9),
    ("T", 12),
];

/// Reads `text` typed into a field measured in `unit`: "1,200", "1 200.50", "-3", "75%"
/// (in a percentage), "$900" or "¥10.5万" (in money), "60k", "1.2亿", "１２。５".
pub fn read_number(text: &str, unit: Unit) -> Result<Parsed, FieldError> {
    let (text, widened) = normalize(text);
    let mut rest = text.trim();
    let mut minus = None;
    let mut sign = None;
    let mut percent = false;
    loop {
        if let (None, Some(r)) = (minus, rest.strip_prefix(['-', '+'])) {
            minus = Some(rest.starts_with('-'));
            rest = r.trim_start();
        } else if let (None, Some((s, r))) = (sign, currency_before(rest)) {
            sign = Some(s);
            rest = r.trim_start();
        } else {
            break;
        }
    }
    loop {
        if let (false, Some(r)) = (percent, rest.strip_suffix('%')) {
            percent = true;
            rest = r.trim_end();
        } else if let (None, Some((s, r))) = (sign, currency_after(rest)) {
            sign = Some(s);
            rest = r.trim_end();
        } else {
            break;
        }
    }
    let scale = SCALES
        .iter()
        .find_map(|(word, power)| Some((rest.strip_suffix(word)?, *power)));
    if let Some((r, _)) = scale {
        rest = r.trim_end();
    }
    if percent && !unit.is_percent() {
        return Err(FieldError::StrayPercent);
    }
    if let Some(s) = sign.filter(|_| !unit.is_money()) {
        return Err(FieldError::StrayCurrency(s));
    }
    let (digits, exponent) = digits(rest, unit)?;
    let shift = exponent.unwrap_or(0) + scale.map_or(0, |(_, p)| p);
    Ok(Parsed {
        value: decimal::value(minus == Some(true), &digits, shift),
        plain: !widened && scale.is_none() && exponent.is_none(),
    })
}

/// The value of `text` typed into a field measured in `unit`.
pub fn parse_number(text: &str, unit: Unit) -> Result<f64, FieldError> {
    read_number(text, unit).map(|p| p.value)
}

/// `text` with its sign flipped, for the ± button of fields that take negatives (a phone's
/// decimal keypad may have no minus): "25" ↔ "-25", "" → "-".
pub fn flip_sign(text: &str) -> String {
    let text = text.trim_start();
    match text.strip_prefix(['-', '−', '－']) {
        Some(rest) => rest.to_string(),
        None => format!("-{}", text.trim_start_matches(['+', '＋'])),
    }
}

/// `text` with full-width forms (Chinese input methods) and the ideographic full stop as
/// ASCII, a true minus as "-" and any space as " "; and whether anything was full-width.
fn normalize(text: &str) -> (String, bool) {
    let mut widened = false;
    let text = text
        .chars()
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => {
                widened = true;
                char::from_u32(c as u32 - 0xfee0).unwrap_or(c)
            }
            '。' | '｡' => {
                widened = true;
                '.'
            }
            '−' => '-',
            '\u{a0}' | '\u{2009}' | '\u{202f}' | '\u{3000}' => ' ',
            _ => c,
        })
        .collect();
    (text, widened)
}

/// Every currency sign a number may carry.
fn signs() -> impl Iterator<Item = &'static str> {
    SIGNS.into_iter().chain(currencies())
}

/// A currency sign `text` starts with (letters in any case), and the rest.
fn currency_before(text: &str) -> Option<(&'static str, &str)> {
    signs().find_map(|sign| {
        let mut rest = text.chars();
        for s in sign.chars() {
            if !rest.next()?.eq_ignore_ascii_case(&s) {
                return None;
            }
        }
        Some((sign, rest.as_str()))
    })
}

/// A currency sign `text` ends with (letters in any case), and what comes before it.
fn currency_after(text: &str) -> Option<(&'static str, &str)> {
    signs().find_map(|sign| {
        let mut rest = text.chars();
        for s in sign.chars().rev() {
            if !rest.next_back()?.eq_ignore_ascii_case(&s) {
                return None;
            }
        }
        Some((sign, rest.as_str()))
    })
}

/// The number's digits as "int.frac", without separators, and its exponent ("1e3"), once
/// the sign, the unit, the currency and the scale word are gone.
fn digits(text: &str, unit: Unit) -> Result<(String, Option<i32>), FieldError> {
    if text.is_empty() {
        return Err(FieldError::Empty);
    }
    let allowed =
        |c: char| c.is_ascii_digit() || matches!(c, ',' | ' ' | '.' | 'e' | 'E' | '+' | '-');
    if let Some(c) = text.chars().find(|c| !allowed(*c)) {
        return Err(match c {
            '%' if !unit.is_percent() => FieldError::StrayPercent,
            _ if !text.chars().any(|c| c.is_ascii_digit()) => FieldError::NotANumber,
            _ => FieldError::Unexpected(c),
        });
    }
    let (mantissa, exponent) = match text.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(power(e)?)),
        None => (text, None),
    };
    if let Some(c) = mantissa
        .chars()
        .find(|c| matches!(c, '+' | '-' | 'e' | 'E'))
    {
        return Err(FieldError::Unexpected(c));
    }
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let is_group = |g: &str| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit());
    if frac.contains('.') {
        // "1.234.567" or "1.234.567,89": dots grouping thousands, the other way round.
        let european = mantissa.contains(',') || mantissa.split('.').skip(1).all(is_group);
        return Err(if european {
            FieldError::DecimalComma
        } else {
            FieldError::NotANumber
        });
    }
    if frac.contains(',') {
        return Err(FieldError::DecimalComma);
    }
    let groups: Vec<&str> = int.split([',', ' ']).collect();
    let grouped = groups.len() == 1
        || ((1..=3).contains(&groups[0].len()) && groups[1..].iter().all(|g| is_group(g)));
    if !grouped {
        return Err(if int.contains(',') {
            FieldError::DecimalComma
        } else {
            FieldError::NotANumber
        });
    }
    let int = groups.concat();
    if frac.contains(' ') || int.is_empty() && frac.is_empty() {
        return Err(FieldError::NotANumber);
    }
    let int = if int.is_empty() { "0" } else { &int };
    let frac = if frac.is_empty() { "0" } else { frac };
    Ok((format!("{int}.{frac}"), exponent))
}

/// An exponent's power of ten: "3", "+3", "-7"; beyond ±9999 it is ±9999, out of every
/// field's bounds anyway.
fn power(text: &str) -> Result<i32, FieldError> {
    let digits = text.trim_start_matches(['+', '-']);
    let signs = text.len() - digits.len();
    if signs > 1 || digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(FieldError::NotANumber);
    }
    let size = digits.parse::<i32>().unwrap_or(9999).min(9999);
    Ok(if text.starts_with('-') { -size } else { size })
}

mod decimal;
#[cfg(test)]
mod tests;
