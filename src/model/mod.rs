//! The math of Moat. Pure Rust: no browser types, no formatting for display.
//!
//! Every formula names its section of `shared/domain.md`.

pub mod clv;
pub mod economics;
mod series;
pub mod switching;

pub use clv::{compute, Clv, TimelinePoint};
pub use economics::{validate, Economics, Field, InputError, Params, Period, Timing};
pub use switching::{Switching, SwitchingInputs, SwitchingParams};
