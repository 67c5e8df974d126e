//! Moat: customer lifetime value and switching costs, computed in the browser.
//!
//! Data flows one way: [`state`] holds the scenario, [`model`] computes, [`ui`] and
//! [`charts`] show. See ARCHITECTURE.md.

pub mod charts;
pub mod format;
pub mod model;
pub mod state;
pub mod ui;
