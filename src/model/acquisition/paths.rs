//! The plan's path from today's base and the curve of value against retention
//! (formulas.md §6), and the steady state they both use.

use super::{AcquisitionParams, PathPoint, RatePoint, MAX_PATH};
use crate::model::clv;
use crate::model::economics::Params;

/// Points on the curve of value against retention.
const CURVE_POINTS: usize = 80;
/// Room below today's retention on that curve, beyond twice the uplift (one point).
const CURVE_MARGIN: f64 = 0.01;

/// The business at a fixed A new customers a period (formulas.md §6).
pub(super) struct Steady {
    pub(super) new_customers: f64,
    /// π.
    pub(super) contribution: f64,
    /// A·CAC: acquisition spend a period.
    pub(super) acquiring: f64,
}

impl Steady {
    /// B(x) = A/(1 − x), the base the business settles at; `None` at x = 1, which has no
    /// steady state.
    pub(super) fn base(&self, retention: f64) -> Option<f64> {
        (retention < 1.0).then(|| self.new_customers / (1.0 - retention))
    }

    /// Profit a period of a base b: b·π − A·CAC.
    pub(super) fn profit(&self, base: f64) -> f64 {
        base * self.contribution - self.acquiring
    }
}

/// B_{t+1} = x·B_t + A from B_0 = B₀ for x = r and r⁺, t = 0..=n, with at most [`MAX_PATH`]
/// points: t_i = round(i·n/(points − 1)), so t = 0 and t = n are always there.
pub(super) fn path(a: &AcquisitionParams, r: f64, plus: f64, steady: &Steady) -> Vec<PathPoint> {
    let n = a.periods;
    let points = (n as usize + 1).min(MAX_PATH);
    let sample = |i: usize| {
        if points == 1 {
            0
        } else {
            let (i, n, last) = (i as u64, u64::from(n), (points - 1) as u64);
            (i * n + last / 2) / last
        }
    };
    let mut path = Vec::with_capacity(points);
    let (mut base, mut base_uplifted) = (a.base, a.base);
    for t in 0..=n {
        if path.len() < points && u64::from(t) == sample(path.len()) {
            path.push(PathPoint {
                t,
                base,
                base_uplifted,
                profit: steady.profit(base),
                profit_uplifted: steady.profit(base_uplifted),
            });
        }
        base = r * base + steady.new_customers;
        base_uplifted = plus * base_uplifted + steady.new_customers;
    }
    path
}

/// [`CURVE_POINTS`] retention rates, evenly spread, that show r and r⁺ with room around
/// them: from r − 2·(r⁺ − r) − 1 point (at least 0) to r⁺ + (r⁺ − r), kept to half way
/// between r⁺ and 100 %. With r⁺ = 100 % the curve stops a tenth of the way short of
/// 100 % from its start, where the steady state still exists.
pub(super) fn curve(p: &Params, r: f64, plus: f64, steady: &Steady) -> Vec<RatePoint> {
    let gap = plus - r;
    let low = (r - 2.0 * gap - CURVE_MARGIN).max(0.0);
    let high = if plus < 1.0 {
        (plus + gap).min(1.0 - (1.0 - plus) / 2.0)
    } else {
        1.0 - (1.0 - low) / 10.0
    };
    let last = CURVE_POINTS - 1;
    (0..CURVE_POINTS)
        .map(|i| {
            let retention = if i == last {
                high
            } else {
                low + (high - low) * (i as f64 / last as f64)
            };
            RatePoint {
                retention,
                clv: clv::value(&Params { retention, ..*p }),
                steady_profit: steady.base(retention).map(|b| steady.profit(b)),
            }
        })
        .collect()
}
