//! Numbers as each language writes them, and the two catalogues against each other.

use super::format::{exact, grouped, number};
use super::*;

#[test]
fn groups_thousands() {
    assert_eq!(grouped(0.0, 2), "0.00");
    assert_eq!(grouped(999.995, 2), "1,000.00");
    assert_eq!(grouped(1234567.891, 2), "1,234,567.89");
    assert_eq!(grouped(-1234.5, 0), "−1,234");
    assert_eq!(grouped(-0.001, 2), "0.00");
    assert_eq!(number(33.3333, 2), "33.33");
    assert_eq!(number(1200.0, 1), "1,200");
    assert_eq!(exact(60_000.0), "60,000");
    assert_eq!(exact(1234.5678), "1,234.5678");
    assert_eq!(exact(-2500.0), "−2,500");
    assert_eq!(exact(1.2e12), "1,200,000,000,000");
    assert_eq!(exact(0.1), "0.1");
}

#[test]
fn money_as_each_language_writes_it() {
    let (en, zh) = (Lang::En, Lang::Zh);
    assert_eq!(en.money(1915.826, "USD"), "$1,915.83");
    assert_eq!(en.money(-40.0, "EUR"), "−€40.00");
    assert_eq!(en.money(12.5, "CHF"), "CHF 12.50");
    assert_eq!(en.money(1234.5, "CNY"), "CN¥1,234.50");
    assert_eq!(zh.money(1234.5, "CNY"), "¥1,234.50");
    assert_eq!(zh.money(-1234.5, "CNY"), "−¥1,234.50");
    assert_eq!(zh.money(1234.5, "USD"), "US$1,234.50");
    // Currencies with their own decimals.
    assert_eq!(en.money(1234567.4, "JPY"), "¥1,234,567");
    assert_eq!(zh.money(1234567.6, "JPY"), "JP¥1,234,568");
    assert_eq!(en.money(-50_000.0, "KRW"), "−₩50,000");
    // Codes Moat has no symbol for print as the code.
    assert_eq!(zh.money(9.5, "XYZ"), "XYZ 9.50");
}

#[test]
fn compact_axis_labels_in_english() {
    let en = Lang::En;
    assert_eq!(en.money_short(950.0, "USD"), "$950");
    assert_eq!(en.money_short(1260.0, "USD"), "$1.3k");
    assert_eq!(en.money_short(2000.0, "GBP"), "£2k");
    assert_eq!(en.money_short(-3_500_000.0, "SEK"), "−SEK 3.5M");
    assert_eq!(en.money_short(999_960.0, "USD"), "$1M");
    assert_eq!(en.money_short(999.6, "USD"), "$1k");
    assert_eq!(en.money_short(250_000.0, "USD"), "$250k");
    assert_eq!(en.money_short(1.2e22, "USD"), "$1.2e22");
}

#[test]
fn compact_axis_labels_in_chinese_count_in_wan_and_yi() {
    let zh = Lang::Zh;
    assert_eq!(zh.compact(9_999.0), "9,999");
    assert_eq!(zh.compact(9_999.6), "1万");
    assert_eq!(zh.compact(9_000.0), "9,000");
    assert_eq!(zh.compact(10_000.0), "1万");
    assert_eq!(zh.compact(12_000.0), "1.2万");
    assert_eq!(zh.compact(35_000_000.0), "3,500万");
    assert_eq!(zh.compact(99_999_999.0), "1亿");
    assert_eq!(zh.compact(100_000_000.0), "1亿");
    assert_eq!(zh.compact(350_000_000.0), "3.5亿");
    assert_eq!(zh.compact(1.5e12), "1.5万亿");
    assert_eq!(zh.money_short(-12_000.0, "CNY"), "−¥1.2万");
    assert_eq!(zh.money_short(60_000.0, "CNY"), "¥6万");
    assert_eq!(zh.money_short(3_500.0, "USD"), "US$3,500");
}

#[test]
fn percentages_and_counts() {
    assert_eq!(Lang::En.percent(0.0797414, 2), "7.97 %");
    assert_eq!(Lang::Zh.percent(0.0797414, 2), "7.97%");
    let periods = |lang: Lang| lang.messages().common.periods.month;
    assert_eq!(periods(Lang::En).of("1"), "1 month");
    assert_eq!(periods(Lang::En).of("15.2"), "15.2 months");
    assert_eq!(periods(Lang::Zh).of("1"), "1 个月");
    assert_eq!(periods(Lang::Zh).of("24"), "24 个月");
}

#[test]
fn the_browser_chooses_the_first_language() {
    assert_eq!(Lang::from_browser(["zh-CN"]), Lang::Zh);
    assert_eq!(Lang::from_browser(["zh-TW", "en"]), Lang::Zh);
    assert_eq!(Lang::from_browser(["ja", "ZH_hk"]), Lang::Zh);
    assert_eq!(Lang::from_browser(["en-GB", "zh-CN"]), Lang::En);
    assert_eq!(Lang::from_browser(["fr"]), Lang::En);
    assert_eq!(Lang::from_browser(Vec::<String>::new()), Lang::En);
    assert_eq!(Lang::from_code("zh"), Some(Lang::Zh));
    assert_eq!(Lang::from_code("de"), None);
}

#[test]
fn templates_put_arguments_in_their_places() {
    const T: Tpl<2> = Tpl::new("到第 {1} 个月，达到 {0}。");
    assert_eq!(T.fill(["¥5", "17"]), "到第 17 个月，达到 ¥5。");
    const A: Tpl<3> = Tpl::new("more than {0} ({1} a month) within {2}.");
    assert_eq!(
        A.around(["", "$11.30", "24 months"]),
        (
            "more than ".into(),
            " ($11.30 a month) within 24 months.".into()
        )
    );
}

/// Each message as `name: "text"` lines, in declaration order, from the Debug form.
fn messages(lang: Lang) -> Vec<(String, String)> {
    let text = format!("{:#?}", lang.messages());
    let mut path: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for line in text.lines() {
        let depth = (line.len() - line.trim_start().len()) / 4;
        let line = line.trim();
        path.truncate(depth.saturating_sub(1));
        let quoted = |text: &str| Some(text.strip_suffix("\",")?.strip_prefix('"')?.to_string());
        if let Some(text) = quoted(line) {
            out.push((path.join("."), text));
        } else if let Some((name, rest)) = line.split_once(": ") {
            path.push(name.to_string());
            if let Some(text) = quoted(rest) {
                out.push((path.join("."), text));
            }
        }
    }
    out
}

fn placeholders(text: &str) -> Vec<char> {
    let mut found: Vec<char> = text
        .match_indices('{')
        .filter_map(|(i, _)| text[i + 1..].chars().next())
        .collect();
    found.sort_unstable();
    found
}

#[test]
fn the_catalogues_are_complete_and_chinese_is_written_in_chinese() {
    let (en, zh) = (messages(Lang::En), messages(Lang::Zh));
    assert!(en.len() > 250, "{} messages", en.len());
    assert_eq!(en.len(), zh.len());
    // Messages that are symbols or proper names in both languages.
    let same = [
        "common.dash",
        "units.percent",
        "units.sign",
        "value.ltv_cac",
        "value.ratio",
        "value.cohort_worked",
        "notices.change",
        "value.intro",
        "common.sentences",
        "answers.table_end",
        "answers.reason_join",
        "formulas.",
    ];
    for ((name, e), (zh_name, z)) in en.iter().zip(&zh) {
        assert_eq!(name, zh_name);
        assert!(
            !e.trim().is_empty() || name.contains("help"),
            "{name} is empty in English"
        );
        assert_eq!(
            e.is_empty(),
            z.is_empty(),
            "{name}: one language has no text"
        );
        assert_eq!(
            placeholders(e),
            placeholders(z),
            "{name}: the placeholders differ"
        );
        let chinese = z.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        let symbolic = same
            .iter()
            .any(|s| name == s || (s.ends_with('.') && name.starts_with(s)));
        assert!(
            chinese || symbolic || z.is_empty(),
            "{name} is not in Chinese: {z}"
        );
    }
}

/// index.html speaks before the app can: its words there are the catalogues' words.
#[test]
fn loading_page_says_what_the_app_says() {
    let page = include_str!("../../index.html");
    for lang in Lang::ALL {
        let tagline = lang.messages().page.tagline;
        assert!(
            page.contains(tagline),
            "index.html lacks the {lang:?} tagline {tagline}"
        );
    }
}

#[test]
fn every_field_is_defined_in_both_languages() {
    for lang in Lang::ALL {
        let all = messages(lang);
        let labels: Vec<&str> = all
            .iter()
            .filter_map(|(name, _)| name.strip_suffix(".label"))
            .filter(|name| name.starts_with("fields."))
            .collect();
        assert_eq!(labels.len(), 34, "{lang:?}: {labels:?}");
        for field in labels {
            let define = all
                .iter()
                .find(|(name, _)| *name == format!("{field}.define"))
                .map_or("", |(_, text)| text.as_str());
            assert!(define.chars().count() > 15, "{lang:?} {field}: {define:?}");
        }
    }
}

/// Messages only the "How … is computed" sections show: formulas and their symbols are at
/// home there.
const EXPLANATIONS: [&str; 22] = [
    "formulas.",
    "value.explain",
    "value.intro",
    "value.row_",
    "value.lifetime_forever",
    "value.lifetime_over",
    "value.ratio_worked",
    "value.simple_never",
    "value.cohort_",
    "value.sources",
    "switching.explain",
    "switching.row_",
    "switching.in_periods_none",
    "switching.annuity_worked",
    "switching.premium_worked",
    "switching.of_revenue",
    "switching.note",
    "barrier.explain",
    "barrier.row_",
    "barrier.too_large",
    "barrier.capped",
    "barrier.note",
];

/// Symbols of the formulas, kept out of labels, headings, figures, charts and notices.
const SYMBOLS: [&str; 12] = [
    "q₀", "q_c", "μ", "A(H", "π", "ρ", "ᵗ", "ᵏ", "Σ", "SC", "e^", "Δ",
];

/// Single letters that stand for a quantity in the formulas.
const LETTERS: [&str; 7] = ["r", "d", "k", "t", "H", "N", "R"];

#[test]
fn labels_speak_plain_words_and_leave_symbols_to_the_explanations() {
    // Jargon a sales rep misreads, in labels and sentences; the definitions may name it once
    // to connect it with the plain word, and a link's words (`timing=arrears`) are as typed.
    let jargon = [
        (
            Lang::En,
            vec!["calibrat", "arrears", "cohort", "discount rate"],
        ),
        (Lang::Zh, vec!["校准", "贴现率", "同期群"]),
    ];
    for (lang, words) in jargon {
        for (name, text) in messages(lang) {
            if EXPLANATIONS.iter().any(|e| name.starts_with(e)) {
                continue;
            }
            for symbol in SYMBOLS {
                assert!(
                    !text.contains(symbol),
                    "{lang:?} {name} shows {symbol}: {text}"
                );
            }
            let letters = text
                .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
                .find(|word| LETTERS.contains(word));
            assert_eq!(letters, None, "{lang:?} {name} shows a symbol: {text}");
            let exempt = name.starts_with("terms.")
                || name.ends_with(".define")
                || name.starts_with("link.expect_");
            for word in words.iter().filter(|_| !exempt) {
                let said = text.to_lowercase().contains(word);
                assert!(!said, "{lang:?} {name} says {word}: {text}");
            }
        }
    }
}
