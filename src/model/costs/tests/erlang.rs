//! Erlang C against independent computations, at small and large traffic.

use super::*;
use crate::model::costs::erlang::{sample, staff, Queue, Wait};

/// E_C(N, A) from its definition, summed in log space: ln(Aᵏ/k!) = k·ln A − Σ ln j, with the
/// largest term factored out, so that nothing overflows at hundreds of Erlangs. Shares no
/// code with the recurrence.
fn erlang_c_logs(n: u32, a: f64) -> f64 {
    let mut logs = Vec::with_capacity(n as usize + 1);
    let mut log_factorial = 0.0;
    for k in 0..n {
        if k > 0 {
            log_factorial += f64::from(k).ln();
        }
        logs.push(f64::from(k) * a.ln() - log_factorial);
    }
    let log_factorial = log_factorial + f64::from(n).ln();
    let (nf, last) = (f64::from(n), f64::from(n) * a.ln() - log_factorial);
    let last = last + (nf / (nf - a)).ln();
    logs.push(last);
    let top = logs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let total: f64 = logs.iter().map(|l| (l - top).exp()).sum();
    (last - top).exp() / total
}

/// The queue from the first N above `a` to past where it waits less than 10⁻⁶ of the time.
fn waits(a: f64, aht: f64, within: f64) -> Vec<Wait> {
    let q = Queue {
        traffic: a,
        aht,
        within,
    };
    staff(&q, 0.999_999)
        .expect("reached within the bound")
        .waits
}

fn close(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance * a.abs().max(b.abs())
}

#[test]
fn five_hundred_erlangs_match_log_space_sums() {
    let ws = waits(500.0, 180.0, 20.0);
    assert_eq!(ws[0].agents, 501);
    assert!(ws.len() > 100, "{}", ws.len());
    for w in &ws[..100] {
        let expected = erlang_c_logs(w.agents, 500.0);
        assert!(
            close(w.waits, expected, 1e-9),
            "N={}: {} vs {expected}",
            w.agents,
            w.waits
        );
    }
}

#[test]
fn five_hundred_erlangs_match_exact_rational_arithmetic() {
    // E_C(N, 500) from the definition in exact rational arithmetic (Python's fractions),
    // rounded to a double at the end.
    let exact = [
        (501, 0.945_722_642_169_378),
        (510, 0.550_210_712_762_301_5),
        (520, 0.274_756_344_696_524_1),
        (530, 0.122_690_723_935_277_86),
        (550, 0.016_589_800_451_331_838),
    ];
    let ws = waits(500.0, 180.0, 20.0);
    for (n, expected) in exact {
        let w = ws.iter().find(|w| w.agents == n).expect("on the queue");
        assert!(
            close(w.waits, expected, 1e-12),
            "N={n}: {} vs {expected}",
            w.waits
        );
    }
    // And the §3b example at 10 Erlangs: 0.285270 at 13 agents, 0.174132 at 14.
    let ws = waits(10.0, 180.0, 20.0);
    assert!(close(ws[2].waits, 0.285_270_453_036_492_95, 1e-12));
    assert!(close(ws[3].waits, 0.174_131_933_595_049_83, 1e-12));
}

#[test]
fn service_level_rises_with_agents() {
    for a in [1e-6, 0.3, 1.0, 10.0, 99.99, 500.0, 5_000.0, MAX_TRAFFIC] {
        for (aht, within) in [(1.0, 0.0), (180.0, 20.0), (MAX_AHT_SECONDS, MAX_SL_SECONDS)] {
            let ws = waits(a, aht, within);
            for w in &ws {
                assert!((0.0..=1.0).contains(&w.waits), "A={a}: {w:?}");
                assert!((0.0..=1.0).contains(&w.service_level), "A={a}: {w:?}");
                assert!(
                    w.answer_speed.is_finite() && w.answer_speed >= 0.0,
                    "A={a}: {w:?}"
                );
                assert!(w.occupancy < 1.0, "A={a}: {w:?}");
            }
            for pair in ws.windows(2) {
                assert!(
                    pair[1].service_level >= pair[0].service_level,
                    "A={a}: {pair:?}"
                );
                assert!(pair[1].waits <= pair[0].waits, "A={a}: {pair:?}");
                assert!(
                    pair[1].answer_speed <= pair[0].answer_speed,
                    "A={a}: {pair:?}"
                );
            }
        }
    }
}

#[test]
fn the_largest_traffic_is_staffed_with_a_short_curve() {
    // 20 000 an hour for an hour each: 20 000 Erlangs, 99.99 % answered at once.
    let i = CostInputs {
        staffing: Staffing::ServiceLevel,
        contacts_hour: MAX_CONTACTS_HOUR,
        aht_seconds: MAX_AHT_SECONDS,
        sl_target_pct: 99.99,
        sl_seconds: 0.0,
        ..inputs()
    };
    let c = run(&i).expect("within the model's bounds");
    assert_finite(&c, "20 000 Erlangs");
    let s = c.service_level_way.expect("reached");
    assert_eq!(s.traffic, MAX_TRAFFIC);
    // The square-root rule: some 3.7·√A agents above the traffic wait under 0.01 %.
    assert!(
        s.agents_needed > 20_400 && s.agents_needed < 20_700,
        "{}",
        s.agents_needed
    );
    assert!(s.service_level >= 0.9999);
    assert_eq!(s.curve.len(), MAX_CURVE);
    assert_eq!(s.curve[0].agents, 20_001);
}

#[test]
fn targets_up_to_but_not_at_full_are_reached() {
    for a in [1e-6, 0.5, 10.0, 500.0, MAX_TRAFFIC] {
        let q = Queue {
            traffic: a,
            aht: 180.0,
            within: 0.0,
        };
        let s = staff(&q, 1.0 - 1e-15).expect("reached within the bound");
        assert!(s.needed <= q.limit(), "A={a}");
        assert_eq!(staff(&q, 1.0), None, "A={a}");
    }
    // Target 0: the first N above the traffic.
    let s = service_level(&CostInputs {
        sl_target_pct: 0.0,
        ..erlang_example()
    });
    assert_eq!(s.agents_needed, 11);
    assert_eq!(s.chosen, 0);
    let agents: Vec<u32> = s.curve.iter().map(|p| p.agents).collect();
    assert_eq!(agents, (11..=16).collect::<Vec<_>>());
}

#[test]
fn a_long_curve_is_sampled_with_its_ends_and_the_chosen_point() {
    for len in [MAX_CURVE + 1, 257, 1_000, 5_000] {
        for chosen in (0..len).step_by(7).chain([len - 1]) {
            let (picked, at) = sample(len, chosen);
            assert_eq!(picked.len(), MAX_CURVE, "{len} {chosen}");
            assert_eq!(picked[at], chosen, "{len} {chosen}");
            assert_eq!(
                (picked[0], picked[MAX_CURVE - 1]),
                (0, len - 1),
                "{len} {chosen}"
            );
            assert!(picked.windows(2).all(|w| w[0] < w[1]), "{len} {chosen}");
        }
    }
    assert_eq!(sample(9, 3), ((0..9).collect(), 3));
}
