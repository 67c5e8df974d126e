//! Re-expressing a field's value in another period (formulas.md §5).

use crate::model::{period, Period};
use crate::state::fields::{Convert, Field, Spec};
use crate::state::scenario::RateKind;

/// One input the period switch converted.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Change {
    pub field: Field,
    pub before: f64,
    pub after: f64,
    /// Rounded to whole periods, or limited to the field's bounds.
    pub rounded: bool,
}

/// Rounds a converted amount or percentage to 4 decimals (formulas.md §5).
fn round4(x: f64) -> f64 {
    (x * 1e4).round() / 1e4
}

/// `value` of a field with `spec`, re-expressed from `from` periods to `to` periods for a
/// scenario whose retention is `retention_pct` a period, and whether it had to be rounded to
/// whole periods or limited to the field's bounds.
pub(super) fn convert(
    spec: &Spec,
    (kind, retention_pct): (RateKind, f64),
    value: f64,
    from: Period,
    to: Period,
) -> (f64, bool) {
    let pct = |f: fn(f64, Period, Period) -> f64| round4(100.0 * f(value / 100.0, from, to));
    let exact = match spec.convert {
        Convert::Fixed => return (value, false),
        Convert::Amount => round4(period::money(value, from, to)),
        Convert::Rate if kind == RateKind::Retention => pct(period::retention),
        Convert::Rate | Convert::Churn => pct(period::churn),
        Convert::Count if value == 0.0 => return (0.0, false),
        Convert::Count => period::periods(value, from, to),
        Convert::Lift => {
            let r = retention_pct / 100.0;
            let lifted = (r + value / 100.0).min(1.0);
            round4(100.0 * (period::retention(lifted, from, to) - period::retention(r, from, to)))
        }
    };
    let whole = if spec.whole {
        exact.round().max(1.0)
    } else {
        exact
    };
    let kept = whole.clamp(spec.min, spec.max);
    (kept, kept != exact)
}
