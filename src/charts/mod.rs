//! Charts drawn from model outputs onto any plotters backend: a canvas in the browser,
//! SVG in native tests. One file a chart. They compute nothing the model has not, and
//! build no text: their words come in as `Labels`, in the reader's language.

mod axes;
pub mod barrier;
pub mod breakdown;
pub mod cashflow;
pub mod credit;
pub mod funnel;
pub mod holding;
mod legend;
mod look;
mod markers;
pub mod payback;
mod pen;
pub mod plan;
pub mod rates;
pub mod staffing;
mod stems;
pub mod survival;
#[cfg(test)]
mod tests;
mod text;

pub use look::{parse_hex, Drawn, Look, Palette};
