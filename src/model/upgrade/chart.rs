//! The seller's cumulative discounted expected cash flow, year by year, for each option
//! (formulas.md §8), with the renewal chain followed to the chart's end.

use super::value::Service;
use super::{ChartPoint, UpgradeParams, MAX_CHART_YEARS};

/// One option as the chart follows it: the cash now, the uplift on service while the unit
/// runs, when it is next replaced and the chance we make that sale.
#[derive(Clone, Copy)]
pub(super) struct Course {
    /// Year 0's cash: 0, U − Cᵤ or m_P − T + V.
    pub(super) cash_now: f64,
    /// 1 + u on this unit's service (1 for the baseline).
    pub(super) uplift: f64,
    /// Years until the next replacement: n₀, n₀ + ΔL or L.
    pub(super) end: u32,
    /// The chance we sell that replacement: p, p′ or p″.
    pub(super) loyalty: f64,
}

/// Baseline, upgrade and trade-in as the chart follows them, given their replacement years
/// `[n₀, n₀ + ΔL, L]` and m_P.
pub(super) fn courses(u: &UpgradeParams, ends: [u32; 3], margin_new: f64) -> [Course; 3] {
    let lift = 1.0 + u.upsell;
    [
        Course {
            cash_now: 0.0,
            uplift: 1.0,
            end: ends[0],
            loyalty: u.loyalty,
        },
        Course {
            cash_now: u.upgrade_price - u.upgrade_cost,
            uplift: lift,
            end: ends[1],
            loyalty: u.loyalty_upgrade,
        },
        Course {
            cash_now: margin_new - u.credit + u.recovery,
            uplift: lift,
            end: ends[2],
            loyalty: u.loyalty_tradein,
        },
    ]
}

/// What a fresh sale of a new unit is worth.
pub(super) struct Chain {
    /// m_P.
    pub(super) margin: f64,
    /// L.
    pub(super) life: u32,
    /// p.
    pub(super) loyalty: f64,
}

/// The chart's last year: one whole life beyond the latest first replacement,
/// max(n₀ + ΔL, L) + L, at most [`MAX_CHART_YEARS`]. Every option then shows its first
/// replacement and the next unit's whole life.
pub(super) fn chart_years(courses: &[Course; 3], life: u32) -> u32 {
    let latest = courses.iter().map(|c| c.end).max().unwrap_or(0).max(life);
    latest.saturating_add(life).min(MAX_CHART_YEARS)
}

/// F(t), t = 0..=years: a fresh sale's cumulative discounted expected cash flow t years on,
/// F(t) = m_P + S(min(t, L)) + [t ≥ L]·D(L)·p·F(t − L); it tends to W.
fn chain_path(s: &Service, chain: &Chain, years: u32) -> Vec<f64> {
    let life = chain.life.max(1);
    let renew = chain.loyalty * s.discount(life);
    let mut f: Vec<f64> = Vec::with_capacity(years as usize + 1);
    for t in 0..=years {
        let mut x = chain.margin + s.value(t.min(life));
        if t >= life {
            x += renew * f[(t - life) as usize];
        }
        f.push(x);
    }
    f
}

/// C(y), y = 0..=years, for one option: cash now + (1+u)·S(min(y, e)) + [y ≥ e]·D(e)·q·F(y − e),
/// with e the replacement year and q its loyalty. It tends to the option's NPV.
fn course_path(s: &Service, f: &[f64], c: Course, years: u32) -> Vec<f64> {
    let renew = c.loyalty * s.discount(c.end);
    (0..=years)
        .map(|y| {
            let own = c.cash_now + c.uplift * s.value(y.min(c.end));
            match y.checked_sub(c.end) {
                Some(since) => own + renew * f[since as usize],
                None => own,
            }
        })
        .collect()
}

/// The chart for baseline, upgrade and trade-in over years 0..=`years`.
pub(super) fn chart(
    s: &Service,
    chain: &Chain,
    courses: [Course; 3],
    years: u32,
) -> Vec<ChartPoint> {
    let f = chain_path(s, chain, years);
    let [b, u, t] = courses.map(|c| course_path(s, &f, c, years));
    (0..=years)
        .zip(b.into_iter().zip(u).zip(t))
        .map(|(year, ((baseline, upgrade), tradein))| ChartPoint {
            year,
            baseline,
            upgrade,
            tradein,
        })
        .collect()
}
