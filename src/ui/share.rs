//! The share link: the address bar always holds it; this copies it.

use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    /// The scenario's query string, without `?`.
    pub query: String,
    pub on_reset: Callback<()>,
}

/// The page's address with `query` in place of its own.
fn share_url(query: &str) -> String {
    let location = web_sys::window().map(|w| w.location());
    let base = location
        .and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
        .unwrap_or_default();
    format!("{base}?{query}")
}

#[component]
pub fn Share(props: &ShareProps) -> Html {
    let status = use_state(|| None::<&'static str>);
    let url = share_url(&props.query);
    // A new scenario means a new link: the last "copied" no longer applies.
    {
        let status = status.clone();
        use_effect_with(props.query.clone(), move |_| {
            if status.is_some() {
                status.set(None);
            }
        });
    }
    let copy = {
        let (status, url) = (status.clone(), url.clone());
        Callback::from(move |_| {
            let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
                return;
            };
            let promise = clipboard.write_text(&url);
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                status.set(Some(match JsFuture::from(promise).await {
                    Ok(_) => "Link copied.",
                    Err(_) => "Copying was blocked here: select the link and copy it.",
                }));
            });
        })
    };
    let reset = props.on_reset.reform(|_: MouseEvent| ());
    html! {
        <div class="share">
            <div class="share-row">
                <label class="visually-hidden" for="share-link">{ "Share link" }</label>
                <input id="share-link" class="share-link" type="text" readonly=true value={url}
                    onfocus={Callback::from(|e: FocusEvent| {
                        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                        input.select();
                    })} />
                <button type="button" class="primary" data-action="copy-link" onclick={copy}>{ "Copy share link" }</button>
                <button type="button" class="quiet" data-action="reset" onclick={reset}>{ "Reset" }</button>
            </div>
            <p class="share-status" role="status" aria-live="polite">{ status.unwrap_or("") }</p>
        </div>
    }
}
