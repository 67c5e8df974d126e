//! Barrier → churn: what switching cost does to churn and lifetime value (formulas.md §4).

use super::{annuity, SwitchingParams};
use crate::model::clv::{self, finite_ratio, Clv};
use crate::model::economics::Params;

/// Segments of the barrier curves.
const CURVE_STEPS: u32 = 120;

/// The calibrated model q(SC) = q₀ + q_c·exp(−SC / k), k = μ·R·A(H,d).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Barrier {
    /// k = μ·R·A(H,d): the switching cost that cuts competitive churn by a factor e.
    pub scale: f64,
    /// Today's switching cost, at which the model gives today's churn.
    pub cost: f64,
    /// Today's churn per period (1 − r).
    pub today: f64,
    /// q₀.
    pub base: f64,
    /// q_c = (q_today − q₀)·exp(SC/k); `None` when it is too large to hold.
    pub free_competitive: Option<f64>,
}

/// Why the barrier model cannot be calibrated.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NoModel {
    /// Revenue is 0: there is no spend to weigh switching cost against.
    NoRevenue,
    /// The churn no barrier stops is above today's churn (both per period, fractions).
    BaseAboveToday { base: f64, today: f64 },
}

impl Barrier {
    /// Calibrates q_c so that today's switching cost gives today's churn.
    pub(super) fn calibrate(
        p: &Params,
        s: &SwitchingParams,
        cost: f64,
    ) -> Result<Barrier, NoModel> {
        let scale = s.advantage * p.revenue * annuity(p, s.decision_horizon);
        if !(scale > 0.0 && scale.is_finite()) {
            return Err(NoModel::NoRevenue);
        }
        let today = 1.0 - p.retention;
        // Rounding in 1 − r must not refuse a base churn equal to today's.
        if s.base_churn > today + 1e-12 {
            return Err(NoModel::BaseAboveToday {
                base: s.base_churn,
                today,
            });
        }
        // Within that rounding, q₀ is today's churn.
        let base = s.base_churn.min(today);
        let gap = today - base;
        let free = if gap == 0.0 {
            0.0
        } else {
            gap * (cost / scale).exp()
        };
        Ok(Barrier {
            scale,
            cost,
            today,
            base,
            free_competitive: free.is_finite().then_some(free),
        })
    }

    /// Modelled churn per period at switching cost `cost`, at most 100 %. Written relative
    /// to today so that large costs neither overflow nor lose today's churn to rounding.
    pub fn churn(&self, cost: f64) -> f64 {
        if cost == self.cost {
            return self.today;
        }
        let gap = (self.today - self.base).max(0.0);
        if gap == 0.0 {
            return self.base;
        }
        (self.base + gap * ((self.cost - cost) / self.scale).exp()).min(1.0)
    }

    /// SC·(1 + change): the switching cost the what-if asks about.
    pub(super) fn asked_cost(&self, s: &SwitchingParams) -> f64 {
        self.cost * (1.0 + s.change)
    }

    /// `p` with the churn the model gives at `cost` (exactly `p` at today's cost).
    pub(super) fn params_at(&self, p: &Params, cost: f64) -> Params {
        let retention = if cost == self.cost {
            p.retention
        } else {
            1.0 - self.churn(cost)
        };
        Params { retention, ..*p }
    }
}

/// Lifetime value, or `None` where it has no limit (no horizon, no discounting, no churn).
pub(super) fn finite_value(p: &Params) -> Option<f64> {
    Some(clv::value(p)).filter(|v| v.is_finite())
}

/// One point of the barrier curves.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CurvePoint {
    pub cost: f64,
    pub churn: f64,
    /// `None` where lifetime value has no limit.
    pub clv: Option<f64>,
}

/// The barrier model's answers: today, at the what-if cost, and along a curve.
#[derive(Clone, Debug, PartialEq)]
pub struct Churn {
    pub model: Barrier,
    /// Churn per period if switching cost nothing: q₀ + q_c, at most 100 %.
    pub free_churn: f64,
    /// Lifetime value today (the entered churn).
    pub today_clv: f64,
    /// The what-if switching cost SC·(1 + change).
    pub asked_cost: f64,
    pub asked_churn: f64,
    /// The economics with the modelled churn at the what-if cost.
    pub asked_params: Params,
    pub asked: Clv,
    /// Lifetime value at the what-if cost minus today's.
    pub clv_change: f64,
    /// Switching cost from 0 past both today's and the what-if's, with churn and CLV.
    pub curve: Vec<CurvePoint>,
}

/// A what-if that moves lifetime value by more than this share of today's is far from the
/// churn the model was calibrated on.
const LARGE_MOVE: f64 = 0.5;

impl Churn {
    /// Whether churn if switching were free reaches the 100 % cap: today's switching cost is
    /// large against the competitor's advantage over the decision horizon, and the model
    /// extrapolates.
    pub fn free_churn_capped(&self) -> bool {
        self.free_churn >= 1.0
    }

    /// Whether the what-if moves lifetime value by more than half of today's.
    pub fn large_move(&self) -> bool {
        self.clv_change.abs() > LARGE_MOVE * self.today_clv.abs()
    }

    /// The what-if's change in lifetime value as a share of today's, by size; `None` when
    /// today's is 0.
    pub fn clv_move(&self) -> Option<f64> {
        finite_ratio(self.clv_change.abs(), self.today_clv.abs())
    }

    /// Whether the model is extrapolating (formulas.md §4): the app says so and what to check.
    pub fn extrapolating(&self) -> bool {
        self.free_churn_capped() || self.large_move()
    }
}

/// The what-if and the curves of a calibrated model.
pub(super) fn churn(p: &Params, s: &SwitchingParams, model: Barrier) -> Churn {
    let asked_cost = model.asked_cost(s);
    let asked_params = model.params_at(p, asked_cost);
    let end = (2.0 * model.cost)
        .max(1.25 * asked_cost)
        .max(3.0 * model.scale);
    let curve = (0..=CURVE_STEPS)
        .map(|i| {
            let cost = end * f64::from(i) / f64::from(CURVE_STEPS);
            CurvePoint {
                cost,
                churn: model.churn(cost),
                clv: finite_value(&model.params_at(p, cost)),
            }
        })
        .collect();
    let today_clv = clv::value(p);
    let asked = clv::compute(&asked_params);
    Churn {
        free_churn: model.churn(0.0),
        today_clv,
        asked_cost,
        asked_churn: model.churn(asked_cost),
        clv_change: asked.clv - today_clv,
        asked,
        asked_params,
        curve,
        model,
    }
}
