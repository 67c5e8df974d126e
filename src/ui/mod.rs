//! Yew function components. Thin: they read [`app::AppState`] and dispatch actions;
//! figures come from the model, text from [`crate::format`].

mod app;
mod chart;
mod explain;
mod figures;
mod inputs;
mod share;

pub use app::App;
