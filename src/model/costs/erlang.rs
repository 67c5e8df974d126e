//! Erlang C (formulas.md §7): the chance a contact waits, the service level and the speed of
//! answer at N agents, and the search for the fewest agents that meet a target. Erlang B comes
//! from its stable recurrence, B₀ = 1, Bₖ = A·Bₖ₋₁/(k + A·Bₖ₋₁), which never overflows;
//! E_C = N·B_N/(N − A(1 − B_N)).

/// The most points a staffing curve holds; longer ones are sampled evenly.
pub const MAX_CURVE: usize = 200;
/// The search gives up past A + SEARCH_SPREAD·√A + SEARCH_SLACK agents. There the chance of
/// waiting is far below 10⁻¹⁶ at any traffic (the square-root staffing rule: it falls like
/// e^(−β²/2) for N = A + β√A), so the service level has stopped rising in floating point.
const SEARCH_SPREAD: f64 = 10.0;
/// See [`SEARCH_SPREAD`]; covers small traffic, where √A is small.
const SEARCH_SLACK: u32 = 30;
/// The curve runs past the agents needed by as many agents as the search went past the
/// traffic, and by at least this many.
const CURVE_EXTRA: u32 = 5;

/// Traffic and the answer-time target of a queue.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Queue {
    /// A = λ·AHT/3600 Erlangs, above 0 and at most `MAX_TRAFFIC`.
    pub(super) traffic: f64,
    /// AHT in seconds, above 0.
    pub(super) aht: f64,
    /// T in seconds.
    pub(super) within: f64,
}

/// The queue at N agents.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Wait {
    pub(super) agents: u32,
    /// E_C(N, A): the chance a contact waits.
    pub(super) waits: f64,
    /// SL = 1 − E_C·exp(−(N − A)·T/AHT).
    pub(super) service_level: f64,
    /// ASA = E_C·AHT/(N − A), seconds.
    pub(super) answer_speed: f64,
    /// A/N.
    pub(super) occupancy: f64,
}

/// The agents a target needs, and the queue from the first N above the traffic to
/// comfortably past them.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Staffed {
    /// The smallest N > A with SL ≥ X.
    pub(super) needed: u32,
    /// The queue at N = first, first + 1, … , end.
    pub(super) waits: Vec<Wait>,
}

impl Queue {
    /// The smallest whole N above A.
    pub(super) fn first(&self) -> u32 {
        (self.traffic.floor() as u32).saturating_add(1)
    }

    /// The last N the search tries (see [`SEARCH_SPREAD`]).
    pub(super) fn limit(&self) -> u32 {
        let spread = SEARCH_SPREAD * self.traffic.sqrt();
        ((self.traffic + spread).ceil() as u32).saturating_add(SEARCH_SLACK)
    }

    /// The queue at n > A agents, from B_n.
    fn wait(&self, n: u32, erlang_b: f64) -> Wait {
        let (a, agents) = (self.traffic, f64::from(n));
        let spare = agents - a;
        let waits = agents * erlang_b / (agents - a * (1.0 - erlang_b));
        Wait {
            agents: n,
            waits,
            service_level: 1.0 - waits * (-spare * self.within / self.aht).exp(),
            answer_speed: waits * self.aht / spare,
            occupancy: a / agents,
        }
    }
}

/// Finds the fewest agents whose service level reaches `target` (a fraction below 1), and
/// the queue from the first N above the traffic to the end of the curve, in one pass of the
/// recurrence. `None` when the target is 1 or more, or not reached by [`Queue::limit`].
/// The traffic must be above 0 and finite (at most `MAX_TRAFFIC`, so the pass is short).
pub(super) fn staff(q: &Queue, target: f64) -> Option<Staffed> {
    if target.is_nan() || target >= 1.0 {
        return None;
    }
    let first = q.first();
    let mut end = q.limit();
    let mut needed = None;
    let mut waits = Vec::new();
    let mut erlang_b = 1.0;
    let mut n = 0;
    while n < end {
        n += 1;
        erlang_b = q.traffic * erlang_b / (f64::from(n) + q.traffic * erlang_b);
        if n < first {
            continue;
        }
        let wait = q.wait(n, erlang_b);
        waits.push(wait);
        if needed.is_none() && wait.service_level >= target {
            needed = Some(n);
            end = n.saturating_add((n - first + 1).max(CURVE_EXTRA));
        }
    }
    Some(Staffed {
        needed: needed?,
        waits,
    })
}

/// Which of `len` points a chart shows, at most [`MAX_CURVE`], evenly spread with the first,
/// the last and `chosen` among them; returns their indices and where `chosen` is among them.
pub(super) fn sample(len: usize, chosen: usize) -> (Vec<usize>, usize) {
    if len <= MAX_CURVE {
        return ((0..len).collect(), chosen);
    }
    let last = len - 1;
    let steps = MAX_CURVE - 1;
    let mut picked: Vec<usize> = (0..MAX_CURVE)
        .map(|j| (j * last + steps / 2) / steps)
        .collect();
    if let Some(at) = picked.iter().position(|&i| i == chosen) {
        return (picked, at);
    }
    // The inner sample nearest `chosen` becomes `chosen`: it lies strictly between that
    // sample's neighbours, so the order holds and the first and last stay.
    let nearest = (1..steps)
        .min_by_key(|&j| picked[j].abs_diff(chosen))
        .unwrap_or(1);
    picked[nearest] = chosen;
    (picked, nearest)
}
