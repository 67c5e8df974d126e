//! The share link: the address bar always holds it; this copies it. And Reset.

use super::browser::share_url;
use super::store::{use_dispatch, use_session, Say};
use crate::state::Action;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// What the last copy did.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Yes,
    Blocked,
}

#[component]
pub fn Share() -> Html {
    let session = use_session();
    let dispatch = use_dispatch();
    let m = Say::of(&session).m;
    let status = use_state(|| None::<Copied>);
    let query = session.query();
    let url = share_url(&query);
    // A new scenario means a new link: the last "copied" no longer applies.
    {
        let status = status.clone();
        use_effect_with(query, move |_| {
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
                    Ok(_) => Copied::Yes,
                    Err(_) => Copied::Blocked,
                }));
            });
        })
    };
    let status_text = match *status {
        Some(Copied::Yes) => m.share.copied,
        Some(Copied::Blocked) => m.share.blocked,
        None => "",
    };
    html! {
        <div class="share">
            <div class="share-row">
                <label class="visually-hidden" for="share-link">{ m.share.link }</label>
                <input id="share-link" class="share-link" type="text" readonly=true value={url}
                    onfocus={Callback::from(|e: FocusEvent| {
                        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                        input.select();
                    })} />
                <button type="button" class="primary" data-action="copy-link" onclick={copy}>{ m.share.copy }</button>
                <button type="button" class="quiet" data-action="reset"
                    onclick={dispatch.reform(|_: MouseEvent| Action::Reset)}>{ m.share.reset }</button>
            </div>
            <p class="share-status" role="status" aria-live="polite">{ status_text }</p>
        </div>
    }
}
