//! The sums the upgrade model is built from (formulas.md §8): service value over whole years,
//! always in arrears and never cut by a horizon; discount factors by the year; the value of a
//! customer who has just bought a unit (the renewal chain); residual values; and the annuity
//! factor behind the equivalent annual cost.

use super::{Depreciation, UpgradeParams};
use crate::model::economics::{Params, Refusal};
use crate::model::series::geometric_sum;

/// The economics of §1 as the upgrade sums use them.
pub(super) struct Service {
    /// π a period.
    contribution: f64,
    /// ρ = r/(1+d) a period.
    rho: f64,
    /// k: periods a year.
    per_year: f64,
    /// ln(1+dₐ): discounting by the year.
    ln_discount: f64,
}

impl Service {
    /// Takes π, ρ, k and dₐ from the economics in use.
    pub(super) fn new(p: &Params) -> Self {
        Service {
            contribution: p.margin * p.revenue - p.serve_cost,
            rho: p.retention / (1.0 + p.discount),
            per_year: f64::from(p.period.per_year()),
            ln_discount: p.discount_annual.ln_1p(),
        }
    }

    /// S(n) = Σ_{j=1}^{n·k} π·ρʲ = π·ρ·Σ_{j=0}^{n·k−1} ρʲ (formulas.md §8): the service
    /// contribution of n years of a unit, in arrears, whatever timing and horizon the economics
    /// carry. Finite for every r and d, since n is.
    pub(super) fn value(&self, years: u32) -> f64 {
        let periods = f64::from(years) * self.per_year;
        self.contribution * self.rho * geometric_sum(self.rho, periods)
    }

    /// D(y) = (1+dₐ)⁻ʸ (formulas.md §8). A rate so small that it leaves D(y) at 1 counts as
    /// none, as in §2.
    pub(super) fn discount(&self, years: u32) -> f64 {
        (-f64::from(years) * self.ln_discount).exp()
    }
}

/// 1 − p·D(L), the denominator of W (formulas.md §8), or [`Refusal::ChainNeverEnds`] when it is
/// not positive: loyalty 100 % with no discounting. When it is positive it is at least 2⁻⁵³
/// (p·D(L) is a float below 1), so W stays finite for every input within bounds.
pub(super) fn chain_denominator(s: &Service, u: &UpgradeParams) -> Result<f64, Refusal> {
    let denominator = 1.0 - u.loyalty * s.discount(u.unit_life);
    if denominator > 0.0 {
        Ok(denominator)
    } else {
        Err(Refusal::ChainNeverEnds)
    }
}

/// The residual value of a unit bought at `price` when it is `age` years old (formulas.md §8):
/// straight line X·max(0, 1 − y/L), or declining balance X·(1−δ)ʸ.
pub(super) fn residual(u: &UpgradeParams, price: f64, age: u32) -> f64 {
    match u.depreciation {
        Depreciation::Straight => {
            let left = 1.0 - f64::from(age) / f64::from(u.unit_life.max(1));
            price * left.max(0.0)
        }
        Depreciation::Declining => price * (1.0 - u.decline_rate).powf(f64::from(age)),
    }
}

/// Σ_{y=1}^{n} (1+i)⁻ʸ = v·Σ_{y=0}^{n−1} vʸ with v = 1/(1+i) (formulas.md §8): what one payment
/// a year for n years is worth today; n when i = 0.
pub(super) fn annuity(years: u32, rate: f64) -> f64 {
    let v = 1.0 / (1.0 + rate);
    v * geometric_sum(v, f64::from(years))
}

/// CRF(n, i) = i(1+i)ⁿ/((1+i)ⁿ − 1) = 1/Σ_{y=1}^{n}(1+i)⁻ʸ (formulas.md §8), 1/n when i = 0;
/// `None` for n = 0, which spreads nothing.
pub(super) fn capital_recovery(years: u32, rate: f64) -> Option<f64> {
    (years >= 1).then(|| 1.0 / annuity(years, rate))
}

/// The customer's discount factor (1+i)⁻ʸ.
pub(super) fn discount_at(years: u32, rate: f64) -> f64 {
    (-f64::from(years) * rate.ln_1p()).exp()
}
