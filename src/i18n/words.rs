//! The catalogues as files of words, so that the bundle carries none: each language's words
//! are a file beside the app (`words-en.txt`, `words-zh.txt`, then named by their content),
//! written at build time from the compile-checked catalogue (`src/bin/words.rs`), and a
//! reader's browser fetches only the file of the language on screen.
//!
//! A catalogue is made of `&'static str`s and nothing else: every part of it is declared
//! with [`words!`], which lays it out in C order and checks at compile time that each of its
//! fields is made of words too (templates are `repr(transparent)`). So [`Messages`] is laid
//! out as `[&'static str; COUNT]`, and a file is those strings in that order, apart by
//! [`SEPARATOR`].

use super::{Lang, Messages};
use std::sync::OnceLock;

/// A type made only of `&'static str`s, one after another, with nothing between them.
///
/// # Safety
/// Only for `&'static str`, arrays of words and `repr(C)` or `repr(transparent)` structs
/// whose every field is words ([`words!`] checks that at compile time).
pub(crate) unsafe trait Words {}

// SAFETY: the one word itself, and arrays of words, which lie one after another.
unsafe impl Words for &'static str {}
unsafe impl<T: Words, const N: usize> Words for [T; N] {}

/// Declares parts of the catalogue: `repr(C)` structs that implement [`Words`], each of
/// whose fields must be [`Words`] itself or the declaration does not compile.
macro_rules! words {
    ($(
        $(#[$meta:meta])*
        $vis:vis struct $name:ident {
            $($(#[$field_meta:meta])* $field_vis:vis $field:ident: $ty:ty),* $(,)?
        }
    )*) => {$(
        $(#[$meta])*
        #[repr(C)]
        $vis struct $name {
            $($(#[$field_meta])* $field_vis $field: $ty),*
        }

        // SAFETY: `repr(C)`, and every field is words (checked just below).
        unsafe impl $crate::i18n::words::Words for $name {}

        const _: () = {
            const fn words<T: $crate::i18n::words::Words>() {}
            $(words::<$ty>();)*
        };
    )*};
}
pub(crate) use words;

/// What keeps one message from the next in a file of words: no message contains it.
pub const SEPARATOR: char = '\u{1e}';

/// How many messages a catalogue has.
pub const COUNT: usize = size_of::<Messages>() / size_of::<&str>();

const _: () = assert!(
    size_of::<Messages>() == COUNT * size_of::<&str>()
        && align_of::<Messages>() == align_of::<&str>()
);

/// A catalogue's messages, in order.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
pub(crate) fn list(m: &Messages) -> &[&'static str; COUNT] {
    // SAFETY: `Messages` is laid out as `[&'static str; COUNT]` (the module's docs), with
    // the same size and alignment (checked above).
    unsafe { &*(m as *const Messages).cast() }
}

/// A language's file of words: its messages, in order, apart by [`SEPARATOR`].
#[cfg(not(target_arch = "wasm32"))]
pub fn file(lang: Lang) -> String {
    list(lang.messages()).join(&SEPARATOR.to_string())
}

/// The catalogue a file of words holds, if it holds as many messages as one has.
pub(crate) fn read(text: &'static str) -> Option<&'static Messages> {
    let words: Box<[&'static str]> = text.split(SEPARATOR).collect();
    let words: Box<[&'static str; COUNT]> = words.try_into().ok()?;
    // SAFETY: as in `list`; the catalogue lives as long as the page.
    Some(unsafe { &*Box::into_raw(words).cast::<Messages>() })
}

/// The catalogues read so far, by language.
static READ: [OnceLock<&'static Messages>; 2] = [OnceLock::new(), OnceLock::new()];

fn slot(lang: Lang) -> &'static OnceLock<&'static Messages> {
    &READ[lang as usize]
}

/// Keeps `text`, a file of words, as `lang`'s catalogue; whether it holds one.
pub fn keep(lang: Lang, text: String) -> bool {
    let Some(m) = read(text.leak()) else {
        return false;
    };
    // Kept once: words fetched again for a language already at hand change nothing.
    let _ = slot(lang).set(m);
    true
}

/// Whether `lang`'s words are at hand.
pub fn have(lang: Lang) -> bool {
    cfg!(not(target_arch = "wasm32")) || slot(lang).get().is_some()
}

/// `lang`'s catalogue once its words are kept; before that another language's, or blanks.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) fn kept(lang: Lang) -> &'static Messages {
    static BLANK: [&str; COUNT] = [""; COUNT];
    let other = || Lang::ALL.iter().find_map(|&l| slot(l).get());
    match slot(lang).get().or_else(other) {
        Some(m) => m,
        // SAFETY: as in `list`.
        None => unsafe { &*BLANK.as_ptr().cast::<Messages>() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_of_words_reads_back_as_its_catalogue() {
        for lang in Lang::ALL {
            let words = list(lang.messages());
            assert!(words.iter().all(|w| !w.contains(SEPARATOR)), "{lang:?}");
            let text: &'static str = file(lang).leak();
            let read = read(text).expect("a whole catalogue");
            assert_eq!(list(read), words, "{lang:?}");
            assert_eq!(read.page.nav_upgrade, lang.messages().page.nav_upgrade);
            assert_eq!(
                read.upgrade.credit_story.fill(["¥1"]),
                lang.messages().upgrade.credit_story.fill(["¥1"])
            );
        }
    }

    #[test]
    fn a_file_of_other_words_is_refused() {
        let text = file(Lang::En);
        let (fewer, _) = text.rsplit_once(SEPARATOR).unwrap();
        assert!(read(fewer.to_string().leak()).is_none());
        let more = format!("{text}{SEPARATOR}one more");
        assert!(read(more.leak()).is_none());
        assert!(read("").is_none());
        assert!(!keep(Lang::Zh, "not a catalogue".into()));
    }
}
