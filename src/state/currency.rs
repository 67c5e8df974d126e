//! Currency codes: the active ISO 4217 codes, the names people write instead of them, and
//! the code a mistyped one was probably meant to be.

use crate::i18n::format::currencies;

/// The active alphabetic codes of ISO 4217 (list one), without the testing and the
/// no-currency codes (XTS, XXX), one space between codes: 177 codes in 707 bytes of the
/// bundle. A code withdrawn from the list stays here, so that links written with it open.
const ISO_4217: &str = "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND \
BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK \
DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD \
IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD \
MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN \
PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT \
TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG XAU XBA XBB \
XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XUA YER ZAR ZMW ZWG";

/// Names and signs people write for a currency, upper case, and its code.
const ALIASES: [(&str, &str); 26] = [
    ("RMB", "CNY"),
    ("YUAN", "CNY"),
    ("CNH", "CNY"),
    ("RENMINBI", "CNY"),
    ("人民币", "CNY"),
    ("元", "CNY"),
    ("CN¥", "CNY"),
    ("CN￥", "CNY"),
    ("RMB¥", "CNY"),
    ("US$", "USD"),
    ("USD$", "USD"),
    ("EURO", "EUR"),
    ("EUROS", "EUR"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("STG", "GBP"),
    ("JP¥", "JPY"),
    ("YEN", "JPY"),
    ("HK$", "HKD"),
    ("NT$", "TWD"),
    ("NTD", "TWD"),
    ("CA$", "CAD"),
    ("AU$", "AUD"),
    ("A$", "AUD"),
    ("R$", "BRL"),
    ("₹", "INR"),
];

/// The active ISO 4217 codes, in alphabetical order.
fn codes() -> impl Iterator<Item = &'static str> {
    ISO_4217.split(' ')
}

/// Whether `code` is an active ISO 4217 code, as written (upper case).
pub fn is_currency_code(code: &str) -> bool {
    codes().any(|c| c == code)
}

/// What a currency written by hand stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CurrencyText {
    /// An ISO 4217 code, in any case.
    Code(&'static str),
    /// Another name or sign for a currency ("RMB", "US$"), and its code.
    Alias(&'static str),
    /// Not a currency Moat knows; the code it was perhaps meant to be.
    Unknown(Option<&'static str>),
}

/// Reads a currency as someone wrote it in a link: a code in any case, an alias, or
/// neither, with the code one typing slip away if there is one.
pub fn read_currency(text: &str) -> CurrencyText {
    let upper = text.trim().to_ascii_uppercase();
    if let Some(code) = codes().find(|c| *c == upper) {
        return CurrencyText::Code(code);
    }
    if let Some((_, code)) = ALIASES.iter().find(|(alias, _)| *alias == upper) {
        return CurrencyText::Alias(code);
    }
    // The currencies the picker offers are the likelier meaning; another code only when
    // its first letter, the country's, is as written ("ABC" is not "XBC").
    let near = |c: &&'static str| one_slip(&upper, c);
    let first = upper.chars().next();
    CurrencyText::Unknown(
        currencies()
            .find(near)
            .or_else(|| codes().find(|c| c.chars().next() == first && near(c))),
    )
}

/// Whether `typed` is `code` with one slip: a letter changed, left out, added, or two
/// neighbours swapped.
fn one_slip(typed: &str, code: &str) -> bool {
    let a: Vec<char> = typed.chars().collect();
    let b: Vec<char> = code.chars().collect();
    let same_start = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[same_start..], &b[same_start..]);
    match (a.len(), b.len()) {
        (0, 0) => false,
        (n, m) if n == m => {
            a[1..] == b[1..] || (n >= 2 && a[0] == b[1] && a[1] == b[0] && a[2..] == b[2..])
        }
        (n, m) if n == m + 1 => a[1..] == *b,
        (n, m) if n + 1 == m => *a == b[1..],
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_codes_of_three_capitals() {
        let all: Vec<&str> = codes().collect();
        assert_eq!((all.len(), ISO_4217.len()), (177, 707));
        assert!(all
            .iter()
            .all(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase())));
        assert!(all.windows(2).all(|w| w[0] < w[1]));
        // Every currency the picker offers is one of them.
        assert!(currencies().all(is_currency_code));
        assert!(!is_currency_code("XXX") && !is_currency_code("cny"));
    }

    #[test]
    fn codes_in_any_case_aliases_and_slips() {
        use CurrencyText::*;
        let cases = [
            ("CNY", Code("CNY")),
            ("cny", Code("CNY")),
            (" eur ", Code("EUR")),
            ("RMB", Alias("CNY")),
            ("rmb", Alias("CNY")),
            ("yuan", Alias("CNY")),
            ("人民币", Alias("CNY")),
            ("us$", Alias("USD")),
            ("USD$", Alias("USD")),
            ("CNX", Unknown(Some("CNY"))),
            ("UDS", Unknown(Some("USD"))),
            ("USDD", Unknown(Some("USD"))),
            ("US", Unknown(Some("USD"))),
            ("GPB", Unknown(Some("GBP"))),
            ("EUD", Unknown(Some("EUR"))),
            ("ZWL", Unknown(Some("ZWG"))),
            ("dollars", Unknown(None)),
            ("ABC", Unknown(None)),
            ("", Unknown(None)),
        ];
        for (text, read) in cases {
            assert_eq!(read_currency(text), read, "{text:?}");
        }
    }

    #[test]
    fn every_alias_stands_for_a_code() {
        assert!(ALIASES.iter().all(|(alias, code)| is_currency_code(code)
            && !is_currency_code(alias)
            && *alias == alias.to_ascii_uppercase()));
    }
}
