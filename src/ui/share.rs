//! The share link: the address bar holds it, and so does the link field, each once typing
//! pauses; Copy copies the link of what is on screen at that moment. And Reset.
//!
//! Copying asks the clipboard; where there is none (a plain-http intranet page) or it
//! refuses, the link is selected and copied as a selection; where that fails too, the link
//! stays selected and the user is told which keys copy it.

use super::browser::{share_url, LINK_DELAY_MS};
use super::store::{use_dispatch, use_session, Say};
use crate::state::Action;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlDocument, HtmlInputElement};
use yew::prelude::*;

/// What the last copy did.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Yes,
    /// Nothing could copy: the link is selected for the user to copy.
    Manual,
}

/// Selects the link and copies the selection.
fn copy_selected(link: &NodeRef) -> Copied {
    let Some(input) = link.cast::<HtmlInputElement>() else {
        return Copied::Manual;
    };
    let _ = input.focus();
    input.select();
    let copied = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<HtmlDocument>().ok())
        .is_some_and(|d| d.exec_command("copy").unwrap_or(false));
    if copied {
        Copied::Yes
    } else {
        Copied::Manual
    }
}

#[component]
pub fn Share() -> Html {
    let session = use_session();
    let dispatch = use_dispatch();
    let m = Say::of(&session).m;
    let status = use_state(|| None::<Copied>);
    let link = use_node_ref();
    let query = session.query();
    let url = share_url(&query);
    // The field shows the link once typing pauses, as the address bar does; until then it
    // says it is being updated (`aria-busy`).
    let shown = use_state_eq(|| url.clone());
    {
        let shown = shown.clone();
        use_effect_with(url.clone(), move |url| {
            let url = url.clone();
            let pending = Timeout::new(LINK_DELAY_MS, move || shown.set(url));
            move || drop(pending)
        });
    }
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
        let (status, url, link, shown) = (status.clone(), url.clone(), link.clone(), shown.clone());
        Callback::from(move |_| {
            // What is copied is what the field shows, at once.
            if let Some(input) = link.cast::<HtmlInputElement>() {
                input.set_value(&url);
            }
            shown.set(url.clone());
            let clipboard = web_sys::window()
                .map(|w| w.navigator().clipboard())
                .filter(|c| !c.is_undefined());
            let Some(clipboard) = clipboard else {
                status.set(Some(copy_selected(&link)));
                return;
            };
            let promise = clipboard.write_text(&url);
            let (status, link) = (status.clone(), link.clone());
            wasm_bindgen_futures::spawn_local(async move {
                status.set(Some(match JsFuture::from(promise).await {
                    Ok(_) => Copied::Yes,
                    Err(_) => copy_selected(&link),
                }));
            });
        })
    };
    let status_text = match *status {
        Some(Copied::Yes) => m.share.copied,
        Some(Copied::Manual) => m.share.manual,
        None => "",
    };
    html! {
        <div class="share">
            <div class="share-row">
                <label class="visually-hidden" for="share-link">{ m.share.link }</label>
                <input id="share-link" class="share-link" type="text" readonly=true value={(*shown).clone()}
                    aria-busy={(*shown != url).then_some("true")} ref={link}
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
