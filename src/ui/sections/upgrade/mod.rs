//! Upgrade or trade-in (formulas.md §8): what the rep can offer a customer whose unit is
//! ageing, what each option is worth to us, our walk-away numbers, and the credit the
//! customer will accept.

mod charts;
mod explain;
pub mod inputs;
pub mod results;
mod table;
