//! Yew function components. Thin: they read [`app::AppState`] and dispatch actions;
//! figures come from the model, text from [`crate::format`].

mod app;
mod barrier;
mod chart;
mod explain;
mod figures;
mod inputs;
mod share;
mod switching;

pub use app::App;
