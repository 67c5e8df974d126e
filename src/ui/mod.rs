//! Yew function components, thin: they read the session through a context
//! ([`store`]), dispatch actions, and turn model outputs into words with the catalogue.
//! The section registry ([`sections`]) lays out the page; [`kit`] holds the shared pieces;
//! [`browser`] is everything asked of the browser.

mod announce;
mod app;
mod browser;
mod kit;
mod masthead;
mod notices;
mod sections;
mod share;
mod store;
mod summary;

use app::{App, AppProps};
use std::rc::Rc;

/// Starts the app: opens the session of the page's address, fetches its language's words
/// and puts the page on screen, or says that it could not start.
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        let session = browser::open();
        let ok = browser::words(session.lang).await;
        if ok {
            let session = Rc::new(session);
            yew::Renderer::<App>::with_props(AppProps { session }).render();
        }
        browser::started(ok);
    });
}
