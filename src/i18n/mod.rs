//! Words and numbers for people, in English and Simplified Chinese.
//!
//! One catalogue per language (`en`, `zh`) fills the same [`Messages`] struct, so a
//! message missing in either is a compile error, and a message nothing reads is one too
//! (`deny(dead_code)` in [`messages`]). Templates are checked when the catalogue compiles
//! ([`Tpl::new`]). The catalogues are compiled natively only: the browser reads each from a
//! file of words written from them at build time ([`words`]), so the bundle carries none.
//! Terms follow `glossary.md` beside this file.
//! [`format`] writes numbers and money as each language does. Pure: no browser types.

#[cfg(not(target_arch = "wasm32"))]
mod en;
pub mod format;
#[cfg(not(target_arch = "wasm32"))]
mod formulas;
mod messages;
pub mod words;
#[cfg(not(target_arch = "wasm32"))]
mod zh;

pub(crate) use messages::*;

use crate::model::Period;

/// A language Moat speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// The code the share link and the browser's storage use: `en`, `zh`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's name in itself, for the switch between them.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Zh => "中文",
        }
    }

    /// The page's `lang` attribute.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-CN",
        }
    }

    /// The language for a browser's preferred languages (BCP 47 tags, most preferred first):
    /// the first English or Chinese one (any `zh*` is Chinese); English when there is none.
    pub fn from_browser<S: AsRef<str>>(tags: impl IntoIterator<Item = S>) -> Lang {
        tags.into_iter()
            .find_map(|tag| {
                let tag = tag.as_ref().to_ascii_lowercase();
                match tag.split(['-', '_']).next() {
                    Some("zh") => Some(Lang::Zh),
                    Some("en") => Some(Lang::En),
                    _ => None,
                }
            })
            .unwrap_or(Lang::En)
    }

    /// The currency of a first visit in this language.
    pub fn default_currency(self) -> &'static str {
        match self {
            Lang::En => "USD",
            Lang::Zh => "CNY",
        }
    }

    /// The font stack charts draw text with; Chinese needs CJK fonts.
    pub fn chart_font(self) -> &'static str {
        match self {
            Lang::En => "sans-serif",
            Lang::Zh => "PingFang SC, Microsoft YaHei, Noto Sans CJK SC, sans-serif",
        }
    }

    /// The language's catalogue: compiled in natively; in the browser, read from its file
    /// of words ([`words`]).
    pub(crate) fn messages(self) -> &'static Messages {
        #[cfg(target_arch = "wasm32")]
        return words::kept(self);
        #[cfg(not(target_arch = "wasm32"))]
        match self {
            Lang::En => &en::EN,
            Lang::Zh => &zh::ZH,
        }
    }
}

/// A message with `N` arguments, written `{0}` … `{9}` where each goes, so a language
/// can put them in its own order. [`Tpl::new`] checks at compile time that every argument
/// is used and no other placeholder appears.
#[derive(Clone, Copy, PartialEq, Eq)]
#[cfg_attr(test, derive(Debug))]
#[repr(transparent)]
pub struct Tpl<const N: usize>(&'static str);

// SAFETY: `repr(transparent)` over one word.
unsafe impl<const N: usize> words::Words for Tpl<N> {}

impl<const N: usize> Tpl<N> {
    pub const fn new(text: &'static str) -> Tpl<N> {
        let bytes = text.as_bytes();
        let mut used = [false; N];
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'{' {
                assert!(
                    i + 2 < bytes.len() && bytes[i + 2] == b'}',
                    "a placeholder is a digit in braces"
                );
                let digit = bytes[i + 1];
                assert!(
                    digit >= b'0' && ((digit - b'0') as usize) < N,
                    "a placeholder beyond the template's arguments"
                );
                used[(digit - b'0') as usize] = true;
                i += 3;
                continue;
            }
            assert!(bytes[i] != b'}', "a closing brace outside a placeholder");
            i += 1;
        }
        let mut j = 0;
        while j < N {
            assert!(used[j], "an argument the template never shows");
            j += 1;
        }
        Tpl(text)
    }

    /// The message with `args` in its placeholders.
    pub fn fill(&self, args: [&str; N]) -> String {
        let mut out = String::with_capacity(self.0.len() + 24);
        let mut rest = self.0;
        while let Some(at) = rest.find('{') {
            out.push_str(rest.get(..at).unwrap_or(""));
            let index = rest
                .as_bytes()
                .get(at + 1)
                .map_or(0, |d| d.wrapping_sub(b'0'));
            out.push_str(args.get(usize::from(index)).copied().unwrap_or(""));
            rest = rest.get(at + 3..).unwrap_or("");
        }
        out.push_str(rest);
        out
    }

    /// The text before and after argument 0, the others filled in: for a sentence whose
    /// figure sits in an element of its own. `args[0]` is not used.
    pub fn around(&self, mut args: [&str; N]) -> (String, String) {
        if let Some(first) = args.first_mut() {
            *first = "\u{0}";
        }
        let text = self.fill(args);
        match text.split_once('\u{0}') {
            Some((before, after)) => (before.to_string(), after.to_string()),
            None => (text, String::new()),
        }
    }

    /// The template as written (for tests).
    pub fn text(&self) -> &'static str {
        self.0
    }
}

/// A template, shorter to write in a catalogue.
#[cfg(not(target_arch = "wasm32"))]
const fn t<const N: usize>(text: &'static str) -> Tpl<N> {
    Tpl::new(text)
}

/// A field's label, help and definition, shorter to write in a catalogue.
#[cfg(not(target_arch = "wasm32"))]
const fn field(label: &'static str, help: &'static str, define: &'static str) -> FieldText {
    FieldText {
        label,
        help,
        define,
    }
}

/// A count with its noun: "1 month", "2 months"; Chinese has one form for both.
#[derive(Clone, Copy, PartialEq, Eq)]
#[cfg_attr(test, derive(Debug))]
#[repr(C)]
pub struct Plural {
    pub one: Tpl<1>,
    pub other: Tpl<1>,
}

// SAFETY: `repr(C)` over two templates.
unsafe impl words::Words for Plural {}

impl Plural {
    /// `count` (already formatted) with its noun; the singular only for exactly "1".
    pub fn of(&self, count: &str) -> String {
        if count == "1" {
            self.one.fill([count])
        } else {
            self.other.fill([count])
        }
    }
}

/// A message that depends on the period.
#[derive(Clone, Copy, PartialEq, Eq)]
#[cfg_attr(test, derive(Debug))]
#[repr(C)]
pub struct ByPeriod<T> {
    pub month: T,
    pub year: T,
}

// SAFETY: `repr(C)` over two of the same words.
unsafe impl<T: words::Words> words::Words for ByPeriod<T> {}

impl<T> ByPeriod<T> {
    pub fn get(&self, period: Period) -> &T {
        match period {
            Period::Month => &self.month,
            Period::Year => &self.year,
        }
    }
}

#[cfg(test)]
mod tests;
