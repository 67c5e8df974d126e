//! Lifetime value (formulas.md §2): the customer economics beside lifetime value, LTV:CAC,
//! lifetime and payback.

mod charts;
mod explain;
pub mod inputs;
pub mod results;
