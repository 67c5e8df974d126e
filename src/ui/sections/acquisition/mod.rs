//! Acquisition versus retention (formulas.md §6): what holding the customer base costs by
//! replacing the customers it loses against keeping them, what a retention programme buys,
//! and what some points more of yearly retention do to lifetime value and profit.

mod charts;
mod explain;
pub mod inputs;
pub mod results;
mod uplift;
