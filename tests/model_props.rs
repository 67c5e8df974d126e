//! Property tests: any input gives finite outputs or a typed error, never a panic.

use moat::model::{compute, switching, validate, Economics, Period, SwitchingInputs, Timing};
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

/// Mostly valid, sometimes anything: so that most cases reach the model.
fn mostly(valid: impl Strategy<Value = f64> + 'static) -> BoxedStrategy<f64> {
    prop_oneof![30 => valid, 1 => any_number()].boxed()
}

/// Economics that mostly pass validation, with rates and horizons across their range.
fn valid_economics() -> BoxedStrategy<Economics> {
    (
        prop_oneof![Just(Period::Month), Just(Period::Year)],
        prop_oneof![Just(Timing::Upfront), Just(Timing::Arrears)],
        mostly(prop_oneof![0.0..1e12f64, 0.0..1e4f64, Just(0.0)]),
        mostly(0.0..100.0f64),
        mostly(0.0..1e4f64),
        mostly(prop_oneof![0.0..100.0f64, Just(100.0), Just(0.0)]),
        mostly(prop_oneof![0.0..1_000.0f64, Just(0.0)]),
        prop_oneof![Just(0.0), (1u32..10_000).prop_map(f64::from)],
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
                    cac: 900.0,
                    horizon,
                }
            },
        )
        .boxed()
}

fn switching_inputs() -> BoxedStrategy<SwitchingInputs> {
    let money = || mostly(prop_oneof![0.0..1e4f64, 0.0..1e12f64, Just(0.0)]);
    (
        [money(), money(), money(), money(), money()],
        [
            mostly(0.0..100.0f64),
            mostly(0.0..1e6f64),
            mostly(0.0..1e3f64),
            mostly(0.0..1e6f64),
        ],
        prop::array::uniform5(mostly(1.0..7.0f64)),
        (
            mostly(0.0..100.0f64),
            mostly((1u32..10_000).prop_map(f64::from)),
            mostly(prop_oneof![0.0..100.0f64, Just(0.0)]),
            mostly(prop_oneof![1e-9..1_000.0f64, 0.1..50.0f64]),
            mostly(prop_oneof![-100.0..10_000.0f64, Just(-100.0), Just(0.0)]),
        ),
    )
        .prop_map(|(money, counts, ratings, model)| SwitchingInputs {
            benefit_loss: money[0],
            monetary_loss: money[1],
            risk_loss: money[2],
            hourly_cost: money[3],
            setup_cost: money[4],
            risk_chance_pct: counts[0],
            evaluation_hours: counts[1],
            learning_people: counts[2],
            learning_hours: counts[3],
            ratings,
            point_value_pct: model.0,
            decision_horizon: model.1,
            base_churn_pct: model.2,
            advantage_pct: model.3,
            change_pct: model.4,
        })
        .boxed()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn switching_outputs_are_finite_or_a_typed_error(e in valid_economics(), s in switching_inputs()) {
        let Ok(p) = validate(&e) else { return Ok(()) };
        match switching::validate(&s, &p) {
            Err(errors) => prop_assert!(!errors.is_empty()),
            Ok(sp) => {
                let r = switching::compute(&p, &sp);
                let figures = [Some(r.total), Some(r.premium), Some(r.annuity), Some(r.point_value),
                    r.in_periods, r.premium_share];
                for x in figures.into_iter().flatten().chain(r.factors).chain(r.groups) {
                    prop_assert!(x.is_finite() && x >= 0.0, "{:?} {:?} gave {:?}", e, s, r);
                }
                if let Ok(c) = &r.churn {
                    // Calibration: today's switching cost gives today's churn, exactly.
                    prop_assert_eq!(c.model.churn(r.total), 1.0 - p.retention);
                    for q in [c.free_churn, c.asked_churn, c.today_clv, c.asked.clv, c.clv_change,
                        c.model.scale] {
                        prop_assert!(q.is_finite(), "{:?} {:?} gave {:?}", e, s, c);
                    }
                    prop_assert!(c.curve.len() == 121);
                    for w in c.curve.windows(2) {
                        prop_assert!(w[1].churn <= w[0].churn && w[1].cost >= w[0].cost);
                    }
                    for point in &c.curve {
                        prop_assert!((0.0..=1.0).contains(&point.churn) && point.cost.is_finite());
                        prop_assert!(point.clv.is_none_or(f64::is_finite));
                    }
                }
            }
        }
    }
}
