//! What the app asks of the browser, in one place: the address bar, the preferred
//! language and its memory, the document's language, title and description, and the files
//! of words. Every failure here only means that one thing does not happen (words that do not
//! come keep the app from starting, or from switching language, and the page says so).

use crate::i18n::{words, Lang};
use crate::state::Session;
use js_sys::{Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// How long the address bar and the share link wait for typing to pause before they take
/// the new link: a keystroke then changes neither, so it costs no layout of a long address.
pub const LINK_DELAY_MS: u32 = 250;

/// Where the chosen language is remembered.
const LANG_KEY: &str = "moat-lang";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The language remembered from an earlier choice, else the browser's first English or
/// Chinese one.
fn preferred_lang() -> Lang {
    let stored = window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(LANG_KEY).ok().flatten())
        .and_then(|code| Lang::from_code(&code));
    stored.unwrap_or_else(|| {
        let languages = window().map(|w| w.navigator().languages());
        Lang::from_browser(
            languages
                .iter()
                .flat_map(|list| list.iter())
                .filter_map(|tag| tag.as_string()),
        )
    })
}

/// The session of the page's address.
pub fn open() -> Session {
    let query = window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    Session::open(&query, preferred_lang())
}

/// Remembers the language the user chose; a browser that refuses storage only forgets it.
pub fn remember(lang: Lang) {
    if let Some(storage) = window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(LANG_KEY, lang.code());
    }
}

/// Puts the share link of what is on screen in the address bar, so that a reload or a
/// bookmark keeps the user's inputs.
pub fn show_in_address_bar(query: &str) {
    let Some(window) = window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let url = format!("?{query}");
    if window.location().search().ok().as_deref() != Some(url.as_str()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The document's language, title and description in `lang`.
pub fn label_document(lang: Lang) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    let page = &lang.messages().page;
    document.set_title(page.title);
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.html_lang());
    }
    if let Ok(Some(meta)) = document.query_selector("meta[name=description]") {
        let _ = meta.set_attribute("content", page.description);
    }
}

/// The page's address with `query` in place of its own. The address without its query is
/// read once: the app changes only the query, and the link is rebuilt at every keystroke.
pub fn share_url(query: &str) -> String {
    thread_local! {
        static BASE: String = window()
            .map(|w| w.location())
            .and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
            .unwrap_or_default();
    }
    BASE.with(|base| format!("{base}?{query}"))
}

/// What the page's first script left for the app (`window.moatWords`, index.html).
fn left_by_page() -> Option<JsValue> {
    let window: JsValue = window()?.into();
    field(&window, "moatWords")
}

fn field(of: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(of, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// The words of `lang` that the page's first script began to fetch, taken once.
fn prefetched(lang: Lang) -> Option<Promise> {
    let left = left_by_page()?;
    let text = field(&left, "text")?;
    let _ = Reflect::delete_property(
        left.unchecked_ref::<js_sys::Object>(),
        &JsValue::from_str("text"),
    );
    let same = field(&left, "lang")?.as_string()? == lang.code();
    same.then(|| text.dyn_into().ok()).flatten()
}

/// The file of `lang`'s words, as the page's first script names it (by its content, which
/// the build gives it), else by the language alone.
fn words_file(lang: Lang) -> String {
    left_by_page()
        .and_then(|left| field(&left, "files"))
        .and_then(|files| field(&files, lang.code()))
        .and_then(|name| name.as_string())
        .unwrap_or_else(|| format!("words-{}.txt", lang.code()))
}

/// The file of `lang`'s words beside the app, fetched.
async fn fetch_words(lang: Lang) -> Option<JsValue> {
    let response = JsFuture::from(window()?.fetch_with_str(&words_file(lang)));
    let response: Response = response.await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()
}

/// Makes `lang`'s words at hand, fetching them if they are not; whether they are.
pub async fn words(lang: Lang) -> bool {
    if words::have(lang) {
        return true;
    }
    let text = match prefetched(lang) {
        Some(started) => JsFuture::from(started).await.ok(),
        None => fetch_words(lang).await,
    };
    match text.and_then(|t| t.as_string()) {
        Some(text) => words::keep(lang, text),
        None => false,
    }
}

/// Tells the page's first script how the start went: the app is on screen (its loading
/// note goes), or it could not start (its note says so).
pub fn started(ok: bool) {
    let root = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        let _ = match ok {
            true => root.remove_attribute("data-boot"),
            false => root.set_attribute("data-boot", "failed"),
        };
    }
}
