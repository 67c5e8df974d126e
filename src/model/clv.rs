//! Customer lifetime value, lifetime and payback (domain.md §2).

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

/// Customer lifetime value alone (§2), for inputs that differ only in retention from
/// validated ones. Infinite when 1 + d − r ≤ 0 with no horizon, which validation refuses.
pub fn value(p: &Params) -> f64 {
    let contribution = p.margin * p.revenue - p.serve_cost;
    let (r, d) = (p.retention, p.discount);
    match (p.horizon, p.timing) {
        // π(1+d)/(1+d−r) and π·r/(1+d−r): the unlimited-horizon closed forms.
        (None, Timing::Upfront) => contribution * (1.0 + d) / (1.0 + d - r),
        (None, Timing::Arrears) => contribution * r / (1.0 + d - r),
        (Some(n), _) => contribution * discounted_periods(p, r / (1.0 + d), f64::from(n)),
    }
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
pub(super) fn finite_ratio(a: f64, b: f64) -> Option<f64> {
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
mod tests {
    use super::*;
    use crate::model::{validate, Economics, Period};

    /// domain.md §2 worked example: π = 100, r = 0.8, d = 0.10 (yearly periods, 10 % a year).
    fn example(timing: Timing, horizon: f64, cac: f64) -> Clv {
        let e = Economics {
            period: Period::Year,
            timing,
            revenue: 250.0,
            margin_pct: 40.0,
            serve_cost: 0.0,
            retention_pct: 80.0,
            discount_pct: 10.0,
            cac,
            horizon,
        };
        compute(&validate(&e).expect("valid example"))
    }

    fn cents(x: f64) -> f64 {
        (x * 100.0).round() / 100.0
    }

    #[test]
    fn worked_example_upfront_unlimited() {
        let c = example(Timing::Upfront, 0.0, 0.0);
        assert_eq!(c.contribution, 100.0);
        assert_eq!(cents(c.clv), 366.67);
        assert_eq!(c.lifetime.map(cents), Some(5.0));
    }

    #[test]
    fn worked_example_arrears_unlimited() {
        let c = example(Timing::Arrears, 0.0, 0.0);
        assert_eq!(cents(c.clv), 266.67);
        assert_eq!(c.lifetime.map(cents), Some(5.0));
    }

    #[test]
    fn worked_example_upfront_five_periods() {
        let c = example(Timing::Upfront, 5.0, 0.0);
        assert_eq!(cents(c.clv), 292.06);
        // Σ_{t=0}^{4} 0.8ᵗ = 3.3616
        assert!((c.lifetime.unwrap() - 3.3616).abs() < 1e-12);
    }

    #[test]
    fn arrears_five_periods_is_upfront_shifted_by_rho() {
        let up = example(Timing::Upfront, 5.0, 0.0);
        let ar = example(Timing::Arrears, 5.0, 0.0);
        assert!((ar.clv - up.clv * up.rho).abs() < 1e-9);
    }

    #[test]
    fn net_value_ratio_and_simple_payback() {
        let c = example(Timing::Upfront, 0.0, 250.0);
        assert_eq!(cents(c.clv_net), 116.67);
        assert_eq!(c.ltv_cac.map(|x| (x * 1e4).round() / 1e4), Some(1.4667));
        assert_eq!(c.payback_simple, Some(2.5));
        assert_eq!(example(Timing::Upfront, 0.0, 0.0).ltv_cac, None);
    }

    #[test]
    fn cohort_payback_upfront_counts_from_zero() {
        // Cumulative upfront: 100, 172.73, 225.62, 264.09, 292.06 …
        assert_eq!(example(Timing::Upfront, 0.0, 100.0).payback_cohort, Some(0));
        assert_eq!(example(Timing::Upfront, 0.0, 172.0).payback_cohort, Some(1));
        assert_eq!(example(Timing::Upfront, 0.0, 250.0).payback_cohort, Some(3));
        assert_eq!(example(Timing::Upfront, 0.0, 292.0).payback_cohort, Some(4));
    }

    #[test]
    fn cohort_payback_exact_hit_counts() {
        // 100 + 100·0.8/1.1 = 172.7272…: a CAC equal to it pays back at t = 1.
        let cac = 100.0 + 100.0 * 0.8 / 1.1;
        assert_eq!(example(Timing::Upfront, 0.0, cac).payback_cohort, Some(1));
    }

    #[test]
    fn cohort_payback_arrears_counts_from_one() {
        // Cumulative in arrears: 72.73, 125.62, 164.09, 192.06 …
        assert_eq!(example(Timing::Arrears, 0.0, 0.0).payback_cohort, Some(1));
        assert_eq!(example(Timing::Arrears, 0.0, 72.0).payback_cohort, Some(1));
        assert_eq!(example(Timing::Arrears, 0.0, 150.0).payback_cohort, Some(3));
    }

    #[test]
    fn cohort_payback_never_within_horizon_or_limit() {
        assert_eq!(example(Timing::Upfront, 5.0, 300.0).payback_cohort, None);
        // 366.67 is the limit: 366 is reached, late.
        assert_eq!(
            example(Timing::Upfront, 0.0, 366.0).payback_cohort,
            Some(19)
        );
        assert_eq!(example(Timing::Upfront, 0.0, 370.0).payback_cohort, None);
        // Exactly the limit is approached, never reached.
        assert_eq!(
            example(Timing::Upfront, 0.0, 1100.0 / 3.0).payback_cohort,
            None
        );
    }

    #[test]
    fn negative_contribution_never_pays_back() {
        let e = Economics {
            period: Period::Month,
            timing: Timing::Arrears,
            revenue: 100.0,
            margin_pct: 50.0,
            serve_cost: 60.0,
            retention_pct: 90.0,
            discount_pct: 10.0,
            cac: 10.0,
            horizon: 0.0,
        };
        let c = compute(&validate(&e).unwrap());
        assert_eq!(c.contribution, -10.0);
        assert!(c.clv < 0.0);
        assert_eq!(c.payback_simple, None);
        assert_eq!(c.payback_cohort, None);
    }

    #[test]
    fn full_retention_with_discounting_has_finite_value_and_no_end() {
        let e = Economics {
            period: Period::Year,
            timing: Timing::Upfront,
            revenue: 100.0,
            margin_pct: 100.0,
            serve_cost: 0.0,
            retention_pct: 100.0,
            discount_pct: 25.0,
            cac: 0.0,
            horizon: 0.0,
        };
        let c = compute(&validate(&e).unwrap());
        // π(1+d)/(1+d−r) = 100 · 1.25 / 0.25
        assert!((c.clv - 500.0).abs() < 1e-9);
        assert_eq!(c.lifetime, None);
    }

    #[test]
    fn full_retention_no_discount_with_horizon_sums_the_periods() {
        let e = Economics {
            period: Period::Month,
            timing: Timing::Arrears,
            revenue: 10.0,
            margin_pct: 100.0,
            serve_cost: 0.0,
            retention_pct: 100.0,
            discount_pct: 0.0,
            cac: 25.0,
            horizon: 12.0,
        };
        let c = compute(&validate(&e).unwrap());
        assert_eq!(c.clv, 120.0);
        assert_eq!(c.lifetime, Some(12.0));
        assert_eq!(c.payback_cohort, Some(3));
        assert_eq!(c.timeline.len(), 13);
    }

    #[test]
    fn monthly_discount_compounds_to_the_annual_rate() {
        let e = Economics {
            period: Period::Month,
            timing: Timing::Upfront,
            revenue: 1.0,
            margin_pct: 1.0,
            serve_cost: 0.0,
            retention_pct: 50.0,
            discount_pct: 12.0,
            cac: 0.0,
            horizon: 0.0,
        };
        let p = validate(&e).unwrap();
        assert!(((1.0 + p.discount).powi(12) - 1.12).abs() < 1e-12);
    }

    #[test]
    fn timeline_starts_at_first_payment_and_tracks_clv() {
        let up = example(Timing::Upfront, 5.0, 0.0);
        assert_eq!(up.timeline[0].cumulative, 100.0);
        assert_eq!(up.timeline.last().unwrap().cumulative, up.clv);
        let ar = example(Timing::Arrears, 0.0, 0.0);
        assert_eq!(ar.timeline[0].cumulative, 0.0);
        assert_eq!(ar.timeline[0].survival, 1.0);
        let last = ar.timeline.last().unwrap();
        assert!(last.cumulative > 0.99 * ar.clv && last.cumulative < ar.clv);
    }
}
