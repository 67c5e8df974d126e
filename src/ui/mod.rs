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

pub use app::App;
