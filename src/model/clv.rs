//! Customer lifetime value, lifetime and payback (formulas.md §2).

use super::economics::{Params, Timing};
use super::series::geometric_sum;

/// The most periods a timeline holds; longer horizons are cut to this.
pub const MAX_TIMELINE: u32 = 600;

/// One period of the acquired customer's life, for the charts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimelinePoint {
    /// Periods since acquisition.
    pub t: u32,
    /// Discounted contribution collected up to and including t, per acquired customer.
    pub cumulative: f64,
    /// S(t) = rᵗ: the share of customers still active.
    pub survival: f64,
}

/// Everything §2 derives from one set of inputs.
#[derive(Clone, Debug, PartialEq)]
pub struct Clv {
    /// m = g·R (§1).
    pub margin_amount: f64,
    /// π = m − c (§1).
    pub contribution: f64,
    /// ρ = r/(1+d) (§1).
    pub rho: f64,
    /// Customer lifetime value under the chosen timing and horizon (§2).
    pub clv: f64,
    /// π / (1 − r): the figure most calculators give (contribution over churn, no
    /// discounting, no horizon, no timing); `None` without churn.
    pub simple: Option<f64>,
    /// CLV − CAC.
    pub clv_net: f64,
    /// CLV / CAC; `None` when CAC = 0 (or so small the ratio overflows).
    pub ltv_cac: Option<f64>,
    /// Σ_{t=0}^{N−1} rᵗ periods; `None` when customers never leave (r = 1, no horizon).
    pub lifetime: Option<f64>,
    /// CAC / π periods; `None` ("never") when π ≤ 0 (or so small it overflows).
    pub payback_simple: Option<f64>,
    /// First payment time at which cumulative discounted contribution reaches CAC;
    /// `None` when it never does within the horizon.
    pub payback_cohort: Option<u32>,
    /// Periods 0..=T for the charts (T = N, at most [`MAX_TIMELINE`]; without a
    /// horizon, until 99 % of the value is collected and payback is passed).
    pub timeline: Vec<TimelinePoint>,
}

/// Σ of ρᵗ over the payment times the timing and horizon allow up to time t:
/// upfront pays at 0..N−1, in arrears at 1..N (§2).
fn discounted_periods(p: &Params, rho: f64, t: f64) -> f64 {
    let last = p.horizon.map_or(f64::INFINITY, f64::from);
    match p.timing {
        Timing::Upfront => geometric_sum(rho, (t + 1.0).min(last)),
        Timing::Arrears => rho * geometric_sum(rho, t.min(last)),
    }
}

/// The lifetime-value multiplier M(r) = CLV/π (§2, used by formulas.md §6): the discounted
/// payment weights Σ ρᵗ that the timing and horizon allow, so that CLV = π·M(r). It needs no
/// contribution, so it stays meaningful when π is 0 or negative. For inputs that differ only
/// in retention from validated ones; infinite when 1 + d − r ≤ 0 with no horizon, which
/// validation refuses.
pub fn multiplier(p: &Params) -> f64 {
    let (r, d) = (p.retention, p.discount);
    match (p.horizon, p.timing) {
        // (1+d)/(1+d−r) and r/(1+d−r): the unlimited-horizon closed forms.
        (None, Timing::Upfront) => (1.0 + d) / (1.0 + d - r),
        (None, Timing::Arrears) => r / (1.0 + d - r),
        (Some(n), _) => discounted_periods(p, r / (1.0 + d), f64::from(n)),
    }
}

/// Customer lifetime value alone (§2), π·M(r), for inputs that differ only in retention from
/// validated ones. Infinite when 1 + d − r ≤ 0 with no horizon, which validation refuses.
pub fn value(p: &Params) -> f64 {
    let contribution = p.margin * p.revenue - p.serve_cost;
    contribution * multiplier(p)
}

/// Computes §2 for validated inputs. Every number it returns is finite.
pub fn compute(p: &Params) -> Clv {
    let margin_amount = p.margin * p.revenue;
    let contribution = margin_amount - p.serve_cost;
    let r = p.retention;
    let rho = r / (1.0 + p.discount);
    let clv = value(p);
    let lifetime = match p.horizon {
        Some(n) => Some(geometric_sum(r, f64::from(n))),
        None => (r < 1.0).then(|| 1.0 / (1.0 - r)),
    };
    let payback_cohort = cohort_payback(p, contribution, rho, clv);

    Clv {
        margin_amount,
        contribution,
        rho,
        clv,
        simple: finite_ratio(contribution, 1.0 - r),
        clv_net: clv - p.cac,
        ltv_cac: finite_ratio(clv, p.cac),
        lifetime,
        payback_simple: (contribution > 0.0)
            .then(|| finite_ratio(p.cac, contribution))
            .flatten(),
        payback_cohort,
        timeline: timeline(p, contribution, rho, payback_cohort),
    }
}

/// a / b when b > 0 and the quotient is finite (a vanishing b, like a CAC of 1e-300,
/// counts as none).
pub(crate) fn finite_ratio(a: f64, b: f64) -> Option<f64> {
    Some(a / b).filter(|x| b > 0.0 && x.is_finite())
}

/// Whether a cumulative amount reaches a target, forgiving rounding in the last digits.
fn reaches(amount: f64, target: f64) -> bool {
    amount >= target - 1e-9 * target.abs().max(1.0)
}

/// The smallest payment time at which Σ π·ρᵏ reaches CAC (§2), solved in closed form
/// so that long or unlimited horizons cost nothing.
fn cohort_payback(p: &Params, contribution: f64, rho: f64, clv: f64) -> Option<u32> {
    let first = f64::from(p.timing.first_payment());
    let cumulative = |t: f64| contribution * discounted_periods(p, rho, t);
    if reaches(cumulative(first), p.cac) {
        return Some(first as u32);
    }
    // Past the first payment only a positive contribution can catch up, and only if the
    // whole value (CLV is the cumulative at the end of the horizon, or its limit) gets there.
    // An unlimited horizon only approaches CLV, so it must exceed CAC strictly.
    let enough = match p.horizon {
        Some(_) => reaches(clv, p.cac),
        None => clv > p.cac,
    };
    if contribution <= 0.0 || !enough {
        return None;
    }
    // Payments needed: n with Σ_{k<n} ρᵏ ≥ x, i.e. ρⁿ ≤ 1 − x(1−ρ).
    let x = match p.timing {
        Timing::Upfront => p.cac / contribution,
        Timing::Arrears => p.cac / (contribution * rho),
    };
    let n = if rho == 1.0 {
        x
    } else if rho == 0.0 {
        1.0
    } else {
        ((1.0 - x * (1.0 - rho)).ln() / rho.ln()).max(1.0)
    };
    let last = p.horizon.map_or(f64::from(u32::MAX), f64::from);
    let mut t = (n.ceil() - 1.0 + first).clamp(first, last);
    // The estimate is exact up to rounding: settle it on the true sums.
    while t > first && reaches(cumulative(t - 1.0), p.cac) {
        t -= 1.0;
    }
    while t < last && !reaches(cumulative(t), p.cac) {
        t += 1.0;
    }
    reaches(cumulative(t), p.cac).then_some(t as u32)
}

/// How many periods the charts show.
fn timeline_end(p: &Params, rho: f64, payback: Option<u32>) -> u32 {
    if let Some(n) = p.horizon {
        return n.min(MAX_TIMELINE);
    }
    // Until ρᵗ < 1 %: 99 % of the value is collected by then.
    let settled = if rho > 0.0 {
        (0.01f64.ln() / rho.ln()).ceil()
    } else {
        1.0
    };
    let end = settled.max(f64::from(payback.map_or(0, |t| t + 2)));
    end.clamp(6.0, f64::from(MAX_TIMELINE)) as u32
}

fn timeline(p: &Params, contribution: f64, rho: f64, payback: Option<u32>) -> Vec<TimelinePoint> {
    (0..=timeline_end(p, rho, payback))
        .map(|t| TimelinePoint {
            t,
            cumulative: contribution * discounted_periods(p, rho, f64::from(t)),
            survival: p.retention.powi(t as i32),
        })
        .collect()
}

#[cfg(test)]
mod tests;
