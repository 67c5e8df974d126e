//! The masthead: the name, the language switch, the examples to start from, and sharing.

use super::browser;
use super::share::Share;
use super::store::{use_dispatch, use_session, Say};
use crate::i18n::{ExampleText, Lang, Messages};
use crate::state::{Action, Example};
use web_sys::HtmlDetailsElement;
use yew::prelude::*;

/// An example's name and story.
pub fn example_text(m: &'static Messages, example: Example) -> &'static ExampleText {
    let e = &m.examples;
    match example {
        Example::Saas => &e.saas,
        Example::Compressor => &e.compressor,
        Example::Consumer => &e.consumer,
        Example::Distributor => &e.distributor,
    }
}

/// Each language in its own name, the one on screen pressed. Another is shown once its words
/// are at hand (fetched at the first choice); if they do not come, `failed` names it.
fn languages(
    current: Lang,
    label: &'static str,
    dispatch: &Callback<Action>,
    failed: &UseStateHandle<Option<Lang>>,
) -> Html {
    html! {
        <div class="languages" role="group" aria-label={label}>
            { for Lang::ALL.into_iter().map(|lang| {
                let (dispatch, failed) = (dispatch.clone(), failed.clone());
                let onclick = Callback::from(move |_: MouseEvent| {
                    let (dispatch, failed) = (dispatch.clone(), failed.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        if browser::words(lang).await {
                            browser::remember(lang);
                            failed.set(None);
                            dispatch.emit(Action::Lang(lang));
                        } else {
                            failed.set(Some(lang));
                        }
                    });
                });
                html! {
                    <button type="button" lang={lang.html_lang()} data-lang={lang.code()}
                        aria-pressed={(lang == current).to_string()} {onclick}>
                        { lang.name() }
                    </button>
                }
            }) }
        </div>
    }
}

/// The examples menu: each example with its one-line story; choosing one closes the menu.
fn examples(m: &'static Messages, menu: &NodeRef, dispatch: &Callback<Action>) -> Html {
    html! {
        <details class="examples" ref={menu.clone()}>
            <summary>{ m.examples.menu }</summary>
            <div class="examples-menu">
                <p class="message">{ m.examples.intro }</p>
                <ul>
                { for Example::ALL.into_iter().map(|example| {
                    let text = example_text(m, example);
                    let menu = menu.clone();
                    let onclick = dispatch.reform(move |_: MouseEvent| {
                        if let Some(details) = menu.cast::<HtmlDetailsElement>() {
                            details.set_open(false);
                        }
                        Action::Example(example)
                    });
                    html! {
                        <li>
                            <button type="button" data-example={example.key()} {onclick}>
                                <strong>{ text.name }</strong>
                                <span>{ text.story }</span>
                            </button>
                        </li>
                    }
                }) }
                </ul>
            </div>
        </details>
    }
}

#[component]
pub fn Masthead() -> Html {
    let session = use_session();
    let dispatch = use_dispatch();
    let menu = use_node_ref();
    let failed = use_state_eq(|| None::<Lang>);
    let m = Say::of(&session).m;
    html! {
        <header class="masthead">
            <div class="title">
                <h1>{ "Moat" }</h1>
                <p class="tagline">{ m.page.tagline }</p>
            </div>
            <div class="tools">
                { languages(session.lang, m.page.language, &dispatch, &failed) }
                if let Some(lang) = *failed {
                    <p class="message error" role="alert" data-notice="language-failed">
                        { m.page.language_failed.fill([lang.name()]) }
                    </p>
                }
                { examples(m, &menu, &dispatch) }
            </div>
            <Share />
        </header>
    }
}
