//! Property tests: whatever value any field holds, the results are finite numbers or a typed
//! error, never a panic, NaN or infinity; and the model's closed forms agree with brute force.

use moat::model::switching::Churn;
use moat::model::{compute, validate, Economics, Period, Timing};
use moat::state::{
    evaluate, parse_number, Field, FieldError, Metric, RateKind, Reading, Scenario, Spec, Unit,
    FIELDS, SETTINGS,
};
use proptest::prelude::*;

/// Anything a number can be, including what no field takes.
fn any_number() -> BoxedStrategy<f64> {
    prop_oneof![
        any::<f64>(),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(-1.0),
        Just(1e-300),
        Just(2e-308),
        Just(1e300),
    ]
    .boxed()
}

/// Values inside the field's bounds, across its range and at its edges; now and then
/// anything at all.
fn value(spec: &Spec) -> BoxedStrategy<f64> {
    let (min, max) = (spec.min, spec.max);
    let inside = prop_oneof![
        3 => min..=max,
        3 => min..=(min + (max - min).min(100.0)),
        1 => Just(min),
        1 => Just(max),
        1 => Just(if min <= 1e-300 { 1e-300 } else { min }),
        1 => Just(if max >= 100.0 { 100.0 } else { max }),
    ];
    let inside = if spec.whole {
        inside.prop_map(f64::round).boxed()
    } else {
        inside.boxed()
    };
    prop_oneof![40 => inside, 1 => any_number()].boxed()
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (
        FIELDS.map(|f| value(f.spec())),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        SETTINGS.map(|s| 0..s.spec().words.len() as u8),
    )
        .prop_map(|(values, year, upfront, churn, settings)| {
            let mut s = Scenario::default();
            s.period = if year { Period::Year } else { Period::Month };
            s.timing = if upfront {
                Timing::Upfront
            } else {
                Timing::Arrears
            };
            s.rate_kind = if churn {
                RateKind::Churn
            } else {
                RateKind::Retention
            };
            for (setting, value) in SETTINGS.into_iter().zip(settings) {
                s.choose(setting, value);
            }
            for (field, value) in FIELDS.into_iter().zip(values) {
                s.set(field, value);
            }
            s
        })
}

fn check_churn(c: &Churn, retention: f64) -> Result<(), TestCaseError> {
    // Calibration: today's switching cost gives today's churn, exactly.
    prop_assert_eq!(c.model.churn(c.model.cost), 1.0 - retention);
    prop_assert!(c.curve.len() == 121);
    for w in c.curve.windows(2) {
        prop_assert!(w[1].churn <= w[0].churn && w[1].cost >= w[0].cost);
    }
    for point in &c.curve {
        prop_assert!((0.0..=1.0).contains(&point.churn) && point.cost.is_finite());
        prop_assert!(point.clv.is_none_or(f64::is_finite));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    /// Moat reads numbers without the standard parser (its tables weigh 10 kB); any amount
    /// to the cent up to 10¹³, and any 15 significant digits, still read as the nearest f64.
    #[test]
    fn typed_numbers_read_as_the_nearest_f64(
        cents in 0u64..1_000_000_000_000_000,
        digits in 0u64..1_000_000_000_000_000,
        point in 0usize..16,
        minus: bool,
        grouped: bool,
    ) {
        let sign = if minus { "-" } else { "" };
        let amount = format!("{sign}{}.{:02}", cents / 100, cents % 100);
        let mut typed = amount.clone();
        if grouped {
            let int = (cents / 100).to_string();
            let mut with_commas = String::new();
            for (i, c) in int.chars().enumerate() {
                if i > 0 && (int.len() - i) % 3 == 0 {
                    with_commas.push(',');
                }
                with_commas.push(c);
            }
            typed = format!("{sign}{with_commas}.{:02}", cents % 100);
        }
        let expected: f64 = amount.parse().unwrap();
        prop_assert_eq!(parse_number(&typed, Unit::Money), Ok(expected), "{}", typed);
        let text = format!("{digits:015}");
        let text = format!("{sign}{}.{}", &text[..point.min(15)], &text[point.min(15)..]);
        let expected: f64 = text.parse().unwrap();
        prop_assert_eq!(parse_number(&text, Unit::Hours), Ok(expected), "{}", text);
    }

    #[test]
    fn results_are_finite_or_a_typed_error(s in scenario()) {
        match evaluate(&s) {
            Err(refused) => prop_assert!(!refused.is_empty()),
            Ok(r) => {
                for metric in Metric::ALL {
                    if let Some(Reading::Number(x)) = metric.read(&r) {
                        prop_assert!(x.is_finite(), "{} = {} for {:?}", metric.name(), x, s);
                    }
                }
                let c = &r.clv;
                prop_assert!(!c.timeline.is_empty() && c.timeline.len() <= 601);
                for point in &c.timeline {
                    prop_assert!(point.cumulative.is_finite() && (0.0..=1.0).contains(&point.survival));
                }
                let sw = &r.switching;
                let money = [sw.total, sw.premium, sw.annuity, sw.point_value];
                for x in money.into_iter().chain(sw.factors).chain(sw.groups) {
                    prop_assert!(x.is_finite() && x >= 0.0, "{:?} gave {:?}", s, sw);
                }
                if let Ok(churn) = &sw.churn {
                    check_churn(churn, r.valid.params.retention)?;
                }
            }
        }
    }

    #[test]
    fn a_refused_field_is_out_of_its_bounds_or_refused_by_the_model(s in scenario()) {
        if let Err(refused) = evaluate(&s) {
            for (field, error) in refused {
                let inside = field.spec().check(s.get(field)).is_ok();
                let by_model = matches!(error, FieldError::Refused(_));
                prop_assert!(inside == by_model, "{:?}: {:?} for {}", field, error, s.get(field));
                prop_assert!(!by_model || matches!(field, Field::Rate | Field::CostChange
                    | Field::Utilisation | Field::ContactsHour | Field::Shrinkage
                    | Field::SlTarget | Field::AnswerReach));
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
