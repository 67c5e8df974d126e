//! Shared view pieces: the number field built from the registry, the segmented choice, a
//! setting from the registry,
//! figures and formula tables, the chart canvas, a term's definition a tap away, and typed
//! values turned into words.

mod canvas;
mod chart;
mod choice;
mod figure;
mod number;
mod pure;
mod setting;
mod term;
pub mod text;
mod voice;

pub use canvas::Canvas;
pub use chart::{chart, Picture};
pub use choice::Choice;
pub use figure::{answer, caution, figure, fit_money, step, steps, Shown};
pub use number::number_field;
pub use pure::pure;
pub use setting::setting;
pub use term::term;
pub use voice::Voice;
