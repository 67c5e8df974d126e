//! Acquisition versus retention (formulas.md §6): what holding today's customer base costs
//! by replacing the customers it loses against keeping them, what a retention programme
//! buys, and what some points more of annual retention do to lifetime value and profit.

use super::clv::{self, finite_ratio};
use super::economics::{Params, Refusal};
use super::series::geometric_sum;
use paths::{curve, path, Steady};

/// The largest customer base, or count of new customers a period, a field accepts.
pub const MAX_CUSTOMERS: f64 = 1e9;
/// The longest plan, in years.
pub const MAX_PLAN_YEARS: f64 = 100.0;

/// The business and the retention programme as the user states them: counts of customers,
/// whole years, money per customer per period, retention points as percent.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AcquisitionInputs {
    /// B₀: today's customer base (above 0).
    pub base: f64,
    /// A: new customers won a period; 0 (none given) means B₀·q, the number that holds
    /// today's base steady.
    pub new_customers: f64,
    /// Y: the planning horizon in whole years (at least 1).
    pub plan_years: f64,
    /// s: what the programme spends per customer per period.
    pub programme_cost: f64,
    /// Δr: the retention the programme buys, in points a period (above 0).
    pub programme_lift_pct: f64,
    /// Δ: the uplift to test, in points of annual retention (above 0).
    pub uplift_pct: f64,
}

/// Validated inputs as fractions and whole periods.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AcquisitionParams {
    pub base: f64,
    /// A as entered; `None` for the steady-state default B₀·q.
    pub new_customers: Option<f64>,
    /// Y·k: the plan in periods.
    pub periods: u32,
    pub programme_cost: f64,
    /// Δr as a fraction a period.
    pub programme_lift: f64,
    /// Δ as a fraction of annual retention.
    pub uplift: f64,
}

/// One period of the plan, from today's base: the base and the profit a period, with
/// today's retention and with the uplift.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PathPoint {
    /// Periods from today (0 = today).
    pub t: u32,
    /// B_t with B_{t+1} = r·B_t + A, B_0 = B₀.
    pub base: f64,
    /// B_t with r⁺ in place of r.
    pub base_uplifted: f64,
    /// B_t·π − A·CAC.
    pub profit: f64,
    pub profit_uplifted: f64,
}

/// Lifetime value and the steady-state profit a period at one retention rate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RatePoint {
    /// r as a fraction a period.
    pub retention: f64,
    /// CLV(r) = π·M(r).
    pub clv: f64,
    /// P(r) = A/(1−r)·π − A·CAC; `None` at r = 1, which has no steady state.
    pub steady_profit: Option<f64>,
}

/// Everything §6 derives from the economics in use and the business inputs.
#[derive(Clone, Debug, PartialEq)]
pub struct Acquisition {
    /// A in use: as entered, or B₀·q.
    pub new_customers: f64,
    /// Whether A is the steady-state default B₀·q.
    pub steady_new: bool,
    /// r_a = rᵏ: today's retention over a year.
    pub retention_annual: f64,
    /// B₀·q·CAC: acquisition spend a period replacing the customers the base loses.
    pub replace_spend: f64,
    /// B₀·c: spend a period serving and keeping the base.
    pub serve_spend: f64,
    /// Σ_{t=1}^{Y·k} (1+d)⁻ᵗ: what a period's spend, every period of the plan, is worth today.
    pub plan_factor: f64,
    /// `replace_spend`·`plan_factor`.
    pub replace_spend_plan: f64,
    /// `serve_spend`·`plan_factor`.
    pub serve_spend_plan: f64,
    /// s/Δr: the programme's cost per customer saved.
    pub cost_per_saved: f64,
    /// X = CAC/(s/Δr): winning a customer costs X times keeping one; `None` for a programme
    /// that costs nothing.
    pub keep_ratio: Option<f64>,
    /// B₀·Δr·CAC: acquisition spend a period the programme avoids.
    pub avoided_spend: f64,
    /// B₀·s: the programme's spend a period.
    pub programme_spend: f64,
    /// B₀·max(q − Δr, 0)·CAC: acquisition spend a period holding the base with the programme.
    pub replace_spend_with: f64,
    /// r⁺ = (r_a + Δ)^(1/k): retention a period with the uplift.
    pub retention_uplifted: f64,
    /// CLV(r).
    pub clv: f64,
    /// CLV(r⁺).
    pub clv_uplifted: f64,
    /// CLV(r⁺)/CLV(r) − 1; `None` when CLV(r) ≤ 0.
    pub clv_uplift: Option<f64>,
    /// B(r) = A/(1−r); `None` at r = 1.
    pub steady_base: Option<f64>,
    /// B(r⁺); `None` at r⁺ = 1.
    pub steady_base_uplifted: Option<f64>,
    /// P(r) = B(r)·π − A·CAC.
    pub steady_profit: Option<f64>,
    pub steady_profit_uplifted: Option<f64>,
    /// P(r⁺)/P(r) − 1 (the change over |P(r)|); `None` unless P(r) > 0 and P(r⁺) exists.
    pub profit_uplift: Option<f64>,
    /// Δc = π·(1 − M(r)/M(r⁺)): the most extra spend per customer a period the uplift
    /// pays for.
    pub breakeven_spend: f64,
    /// Periods 0..=Y·k (at most [`MAX_PATH`] points, evenly spread).
    pub path: Vec<PathPoint>,
    /// Retention rates around r and r⁺, for the chart of value against retention.
    pub curve: Vec<RatePoint>,
}

/// The most points a path holds; longer plans are sampled evenly.
pub const MAX_PATH: usize = 601;

/// How close to 100 % retention with the programme's lift counts as exactly 100 %, on either
/// side: rounding in the last digits, far below the 0.0001 points a field resolves.
const PROGRAMME_TOLERANCE: f64 = 1e-9;
/// How close to 100 % annual retention with the uplift counts as exactly 100 % (0.001
/// points). A monthly retention kept to four decimals of a percent, as the period switch
/// does (formulas.md §5), moves its twelfth power by up to 0.0006 points, so 95 % a year
/// plus 5 points must stay 100 % once the scenario is told in months.
const UPLIFT_TOLERANCE: f64 = 1e-5;

/// Converts the business inputs, each within its bounds (B₀ > 0, whole Y ≥ 1, s ≥ 0, Δr > 0,
/// Δ > 0: the field registry checks those first), and checks what involves the economics
/// `p` too (formulas.md §6): retention plus the programme's lift may reach 100 % but not pass
/// it, nor may annual retention plus the uplift; and an uplift to 100 % with no horizon and
/// no discounting would make lifetime value unbounded.
pub fn validate(i: &AcquisitionInputs, p: &Params) -> Result<AcquisitionParams, Refusal> {
    let years = i.plan_years.clamp(1.0, MAX_PLAN_YEARS) as u32;
    let a = AcquisitionParams {
        base: i.base,
        new_customers: (i.new_customers > 0.0).then_some(i.new_customers),
        periods: years * p.period.per_year(),
        programme_cost: i.programme_cost,
        programme_lift: i.programme_lift_pct / 100.0,
        uplift: i.uplift_pct / 100.0,
    };
    uplifted_retention(p, &a)?;
    Ok(a)
}

/// Computes §6 for the economics in use `p`, which may carry a retention other than the one
/// `a` was validated against (the barrier model's), so the checks of [`validate`] are made
/// again and refuse the same way. Every number it returns is finite.
pub fn compute(p: &Params, a: &AcquisitionParams) -> Result<Acquisition, Refusal> {
    let plus = uplifted_retention(p, a)?;
    let r = p.retention;
    let q = 1.0 - r;
    let k = p.period.per_year();
    let contribution = p.margin * p.revenue - p.serve_cost;
    let at = |retention: f64| Params { retention, ..*p };

    // Holding the base: replacing the customers it loses against serving it, a period and
    // over the plan.
    let new_customers = a.new_customers.unwrap_or(a.base * q);
    let replace_spend = a.base * q * p.cac;
    let serve_spend = a.base * p.serve_cost;
    let plan_factor = plan_factor(p.discount, a.periods);

    // The programme: s/Δr per customer saved. Only an absurdly small lift (some 10⁻²⁹⁶
    // points) could overflow it; it then stays at the largest finite number.
    let cost_per_saved = (a.programme_cost / a.programme_lift).min(f64::MAX);
    let keep_ratio = finite_ratio(p.cac * a.programme_lift, a.programme_cost);
    // max(q − Δr, 0), with a lift to 100 % within rounding leaving no churn at all (97 % + 3
    // points would otherwise leave 3·10⁻¹⁴).
    let churn_with = if r + a.programme_lift >= 1.0 - PROGRAMME_TOLERANCE {
        0.0
    } else {
        q - a.programme_lift
    };

    // The uplift: lifetime value, steady state and break-even spend at r and r⁺.
    let (m, m_plus) = (clv::multiplier(p), clv::multiplier(&at(plus)));
    let clv = clv::value(p);
    let clv_uplifted = clv::value(&at(plus));
    let acquiring = new_customers * p.cac;
    let steady = Steady {
        new_customers,
        contribution,
        acquiring,
    };
    // With A = B₀·q today is the steady state: B(r) is B₀ itself, not B₀·q/q rounded.
    let steady_base = match a.new_customers {
        None if r < 1.0 => Some(a.base),
        _ => steady.base(r),
    };
    let steady_base_uplifted = steady.base(plus);
    let steady_profit = steady_base.map(|b| steady.profit(b));
    let steady_profit_uplifted = steady_base_uplifted.map(|b| steady.profit(b));
    let profit_uplift = match (steady_profit, steady_profit_uplifted) {
        (Some(today), Some(uplifted)) => finite_ratio(uplifted - today, today),
        _ => None,
    };
    // Δc = π·(1 − M(r)/M(r⁺)); r⁺ ≥ r, so the ratio is at most 1 (kept there against
    // rounding), and M(r⁺) > 0 whenever r⁺ > 0. Adding 0 turns a −0 into 0.
    let breakeven_spend = if m_plus > 0.0 {
        contribution * (1.0 - (m / m_plus).min(1.0)) + 0.0
    } else {
        0.0
    };

    Ok(Acquisition {
        new_customers,
        steady_new: a.new_customers.is_none(),
        retention_annual: r.powi(k as i32),
        replace_spend,
        serve_spend,
        plan_factor,
        replace_spend_plan: replace_spend * plan_factor,
        serve_spend_plan: serve_spend * plan_factor,
        cost_per_saved,
        keep_ratio,
        avoided_spend: a.base * a.programme_lift * p.cac,
        programme_spend: a.base * a.programme_cost,
        replace_spend_with: a.base * churn_with * p.cac,
        retention_uplifted: plus,
        clv,
        clv_uplifted,
        clv_uplift: finite_ratio(clv_uplifted, clv).map(|x| x - 1.0),
        steady_base,
        steady_base_uplifted,
        steady_profit,
        steady_profit_uplifted,
        profit_uplift,
        breakeven_spend,
        path: path(a, r, plus, &steady),
        curve: curve(p, r, plus, &steady),
    })
}

/// r⁺ = (r_a + Δ)^(1/k) with r_a = rᵏ (formulas.md §6), after checking the programme's lift
/// and the uplift against 100 % and the value at r⁺ for a limit.
fn uplifted_retention(p: &Params, a: &AcquisitionParams) -> Result<f64, Refusal> {
    let r = p.retention;
    if r + a.programme_lift > 1.0 + PROGRAMME_TOLERANCE {
        return Err(Refusal::ProgrammeBeyondFull);
    }
    let k = p.period.per_year();
    let annual = r.powi(k as i32);
    let lifted = annual + a.uplift;
    if lifted > 1.0 + UPLIFT_TOLERANCE {
        return Err(Refusal::UpliftBeyondFull);
    }
    let plus = if lifted >= 1.0 - UPLIFT_TOLERANCE {
        1.0
    } else if k == 1 {
        lifted
    } else if annual > 0.0 && annual >= a.uplift {
        // r·(1 + Δ/r_a)^(1/k): the same number, but a small uplift keeps its digits instead
        // of vanishing in r_a + Δ and the k-th root.
        r * ((a.uplift / annual).ln_1p() / f64::from(k)).exp()
    } else {
        lifted.powf(1.0 / f64::from(k))
    };
    // An uplift never lowers retention, whatever the rounding.
    let plus = plus.clamp(r, 1.0);
    // As for r itself (formulas.md §2): without a horizon the value converges only while
    // 1 + d − r⁺ > 0.
    if p.horizon.is_none() && 1.0 + p.discount - plus <= 0.0 {
        return Err(Refusal::Unbounded);
    }
    Ok(plus)
}

/// Σ_{t=1}^{n} (1+d)⁻ᵗ = v·Σ_{t=0}^{n−1} vᵗ with v = 1/(1+d) (formulas.md §6).
fn plan_factor(discount: f64, periods: u32) -> f64 {
    let v = 1.0 / (1.0 + discount);
    v * geometric_sum(v, f64::from(periods))
}

mod paths;
#[cfg(test)]
mod tests;
