//! The app shell: the reducer, its contexts, and the page the section registry lays out.

use super::announce::Announcer;
use super::browser;
use super::masthead::Masthead;
use super::notices::Notices;
use super::sections::{section, SECTIONS};
use super::store::{Dispatch, Shared, Store};
use super::summary::Summary;
use crate::state::Session;
use gloo::timers::callback::Timeout;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The session the page opens with, its language's words at hand.
    pub session: Rc<Session>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let store = use_reducer(|| Store(props.session.clone()));
    let session = store.0.clone();
    // Typing changes the scenario at every key: the address bar follows once typing pauses.
    use_effect_with(session.query(), |query| {
        let query = query.clone();
        let pending = Timeout::new(browser::LINK_DELAY_MS, move || {
            browser::show_in_address_bar(&query)
        });
        move || drop(pending)
    });
    use_effect_with(session.lang, |lang| browser::label_document(*lang));
    let m = session.lang.messages();
    html! {
        <ContextProvider<Dispatch> context={store.dispatcher()}>
        <ContextProvider<Shared> context={Shared(session.clone())}>
            <div class="moat">
                <Masthead />
                <Notices />
                <nav class="sections" aria-label={m.page.nav_label}>
                    { for SECTIONS.iter().map(|s| html! {
                        <a href={format!("#{}", s.id)}>{ (s.nav)(m) }</a>
                    }) }
                </nav>
                <Summary />
                <main>
                    { for SECTIONS.iter().map(|s| html! {
                        <div class="layout" id={s.id} key={s.id}>
                            { section(s, &session) }
                        </div>
                    }) }
                </main>
                <footer class="colophon"><p>{ m.page.footer }</p></footer>
                <Announcer />
            </div>
        </ContextProvider<Shared>>
        </ContextProvider<Dispatch>>
    }
}
