//! Moat: customer lifetime value and switching costs, computed in the browser.
//!
//! Layers, each using only those before it: [`model`] (the math), [`i18n`] (words and
//! numbers for people), [`state`] (the session: fields, scenario, link, actions, results),
//! [`charts`] (drawn on any plotters backend) and [`ui`] (Yew). See ARCHITECTURE.md.

pub mod charts;
pub mod i18n;
pub mod model;
pub mod state;
pub mod ui;
