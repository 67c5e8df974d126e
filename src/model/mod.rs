//! The math of Moat. Pure Rust: no browser types, no formatting, no language.
//!
//! Every formula names its section of `docs/formulas.md`.

pub mod acquisition;
pub mod clv;
pub mod costs;
pub mod economics;
pub mod period;
mod series;
pub mod switching;
pub mod upgrade;

pub use clv::{compute, Clv, TimelinePoint};
pub use economics::{validate, Economics, Params, Period, Refusal, Timing};
pub use switching::{Switching, SwitchingInputs, SwitchingParams};
