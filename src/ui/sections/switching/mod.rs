//! Switching costs (formulas.md §3): the factors a customer faces beside what they add up
//! to, the tolerated premium and the negotiation sentence.

mod charts;
mod explain;
pub mod inputs;
pub mod results;
mod table;
