//! Property tests: any input gives finite outputs or a typed error, never a panic.

use moat::model::{compute, validate, Economics, Period, Timing};
use proptest::prelude::*;

fn any_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => 0.0..100.0f64,
        2 => 0.0..1e12f64,
        1 => any::<f64>(),
        1 => Just(0.0),
        1 => Just(100.0),
        1 => Just(f64::NAN),
        1 => Just(f64::INFINITY),
        1 => Just(-1.0),
        1 => Just(1e-300),
    ]
}

fn economics() -> impl Strategy<Value = Economics> {
    (
        prop_oneof![Just(Period::Month), Just(Period::Year)],
        prop_oneof![Just(Timing::Upfront), Just(Timing::Arrears)],
        any_number(),
        any_number(),
        any_number(),
        any_number(),
        any_number(),
        any_number(),
        prop_oneof![
            Just(0.0),
            0.0..20_000.0f64,
            (0u32..20_000).prop_map(f64::from)
        ],
    )
        .prop_map(
            |(
                period,
                timing,
                revenue,
                margin_pct,
                serve_cost,
                retention_pct,
                discount_pct,
                cac,
                horizon,
            )| {
                Economics {
                    period,
                    timing,
                    revenue,
                    margin_pct,
                    serve_cost,
                    retention_pct,
                    discount_pct,
                    cac,
                    horizon,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn outputs_are_finite_or_a_typed_error(e in economics()) {
        match validate(&e) {
            Err(errors) => prop_assert!(!errors.is_empty()),
            Ok(p) => {
                let c = compute(&p);
                let figures = [
                    Some(c.clv), Some(c.clv_net), Some(c.contribution), Some(c.rho),
                    c.ltv_cac, c.lifetime, c.payback_simple,
                ];
                for x in figures.into_iter().flatten() {
                    prop_assert!(x.is_finite(), "{:?} gave {:?}", e, c);
                }
                prop_assert!(!c.timeline.is_empty() && c.timeline.len() <= 601);
                for point in &c.timeline {
                    prop_assert!(point.cumulative.is_finite() && (0.0..=1.0).contains(&point.survival));
                }
            }
        }
    }

    #[test]
    fn cohort_payback_is_the_first_time_cumulative_reaches_cac(
        retention in 0.0..100.0f64,
        discount in 0.0..50.0f64,
        cac in 0.0..5_000.0f64,
        horizon in 0u32..60,
        upfront in any::<bool>(),
    ) {
        let e = Economics {
            period: Period::Month,
            timing: if upfront { Timing::Upfront } else { Timing::Arrears },
            revenue: 100.0, margin_pct: 60.0, serve_cost: 10.0,
            retention_pct: retention, discount_pct: discount, cac, horizon: f64::from(horizon),
        };
        let p = validate(&e).unwrap();
        let c = compute(&p);
        // Brute force over the payment times (an unlimited horizon is checked far enough out).
        let (first, last) = match (upfront, p.horizon) {
            (true, Some(n)) => (0, n - 1),
            (false, Some(n)) => (1, n),
            (true, None) => (0, 5_000),
            (false, None) => (1, 5_000),
        };
        let mut cumulative = 0.0;
        let mut found = None;
        for t in 0..=last {
            if t >= first {
                cumulative += 50.0 * c.rho.powi(t as i32);
            }
            if t >= first && cumulative >= cac - 1e-9 * cac.max(1.0) {
                found = Some(t);
                break;
            }
        }
        if found != c.payback_cohort {
            // Only a CAC within rounding of the limit may disagree with brute force.
            prop_assert!(p.horizon.is_none() && (c.clv - cac).abs() < 1e-6 * cac.max(1.0),
                "brute force {:?}, model {:?}", found, c.payback_cohort);
        }
    }
}
