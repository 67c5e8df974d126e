//! Upgrade or trade-in (formulas.md §8): a customer runs one of our units; we can wait for its
//! end of life, upgrade it now, or take it back against a new one. What each is worth to us,
//! the walk-away credit and upgrade price, and the customer's side of the trade.

use super::economics::{Params, Refusal};
use chart::{chart, chart_years, courses, Chain};
use customer::Customer;
use serde::{Deserialize, Serialize};
use value::{chain_denominator, Service};

/// The longest useful life, the oldest unit and the most life an upgrade adds, in years.
pub const MAX_UNIT_YEARS: f64 = 100.0;
/// The largest up-sell uplift on service contribution, in percent.
pub const MAX_UPSELL_PCT: f64 = 100.0;
/// The most years a chart holds: 3 × [`MAX_UNIT_YEARS`], the longest chart inputs within
/// bounds ask for, so it only guards parameters built by hand.
pub const MAX_CHART_YEARS: u32 = 300;

/// How a unit loses value with age (formulas.md §8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Depreciation {
    /// X·max(0, 1 − y/L).
    Straight,
    /// X·(1 − δ)ʸ.
    Declining,
}

/// The installed unit and the offers as the user states them: money once, percentages as
/// percent, whole years; running costs and the customer's discount rate a year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UpgradeInputs {
    /// P₀: what the installed unit cost new.
    pub unit_price_old: f64,
    /// a: its age in whole years (past its life is allowed).
    pub unit_age: f64,
    /// L: a unit's useful life in whole years (at least 1), old and new alike.
    pub unit_life: f64,
    pub depreciation: Depreciation,
    /// δ in percent a year, for declining balance; 0 (empty) means 2/L, at most 100 %.
    pub decline_rate_pct: f64,
    /// P: a new unit's price.
    pub unit_price: f64,
    /// g_P: our margin on a new unit, in percent.
    pub unit_margin_pct: f64,
    /// p: the chance the customer buys the replacement from us at the end of a life, percent.
    pub loyalty_pct: f64,
    /// U: the upgrade's price.
    pub upgrade_price: f64,
    /// Cᵤ: what the upgrade costs us.
    pub upgrade_cost: f64,
    /// ΔL: the life the upgrade adds, whole years (0 allowed).
    pub life_added: f64,
    /// p′: loyalty at the end of the upgraded unit's life, percent.
    pub loyalty_upgrade_pct: f64,
    /// T: the trade-in credit (at most P).
    pub credit: f64,
    /// V: what we recover from the returned unit, net of handling.
    pub recovery: f64,
    /// p″: loyalty at the end of the traded-in new unit's life, percent.
    pub loyalty_tradein_pct: f64,
    /// u: the up-sell uplift on service contribution after an upgrade or trade-in, percent.
    pub upsell_pct: f64,
    /// E_old: the old unit's running cost a year (energy, maintenance); 0 = not given.
    pub run_old: f64,
    /// E_new: a new unit's running cost a year; 0 = not given.
    pub run_new: f64,
    /// E_up: the upgraded unit's running cost a year; 0 = not given.
    pub run_upgraded: f64,
    /// d_c: the customer's discount rate a year, percent; 0 (empty) means the economics' dₐ.
    pub customer_discount_pct: f64,
}

/// Validated inputs as fractions and whole years.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UpgradeParams {
    pub unit_price_old: f64,
    pub unit_age: u32,
    pub unit_life: u32,
    pub depreciation: Depreciation,
    /// δ as a fraction a year: as entered, or min(2/L, 1).
    pub decline_rate: f64,
    pub unit_price: f64,
    /// g_P as a fraction.
    pub unit_margin: f64,
    /// p as a fraction.
    pub loyalty: f64,
    pub upgrade_price: f64,
    pub upgrade_cost: f64,
    pub life_added: u32,
    /// p′ as a fraction.
    pub loyalty_upgrade: f64,
    pub credit: f64,
    pub recovery: f64,
    /// p″ as a fraction.
    pub loyalty_tradein: f64,
    /// u as a fraction.
    pub upsell: f64,
    pub run_old: f64,
    pub run_new: f64,
    pub run_upgraded: f64,
    /// d_c as a fraction; `None` for the economics' dₐ.
    pub customer_discount: Option<f64>,
}

/// One year of the chart: the seller's cumulative discounted expected cash flow per option,
/// to the end of that year. Year 0 holds the cash now (0, U − Cᵤ, m_P − T + V) and the expected
/// margin of a replacement due now (a unit at or past its life).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartPoint {
    /// Years from now (0 = now).
    pub year: u32,
    pub baseline: f64,
    pub upgrade: f64,
    pub tradein: f64,
}

/// Everything §8 derives from the economics in use and the unit and offers.
#[derive(Clone, Debug, PartialEq)]
pub struct Upgrade {
    /// m_P = g_P·P: our margin on a new unit.
    pub margin_new: f64,
    /// W = (m_P + S(L))/(1 − p·D(L)): a customer who has just bought a new unit, that sale in.
    pub renewal_value: f64,
    /// NPV_B = S(n₀) + D(n₀)·p·W: waiting for the end of life.
    pub npv_baseline: f64,
    /// NPV_U = (U − Cᵤ) + Sᵤ(n₀+ΔL) + D(n₀+ΔL)·p′·W.
    pub npv_upgrade: f64,
    /// NPV_T = (m_P − T + V) + Sᵤ(L) + D(L)·p″·W.
    pub npv_tradein: f64,
    /// NPV_U − NPV_B.
    pub upgrade_gain: f64,
    /// NPV_T − NPV_B.
    pub tradein_gain: f64,
    /// T*: the largest credit that leaves trade-in worth the baseline; below 0 when no credit
    /// makes it pay.
    pub breakeven_credit: f64,
    /// U*: the lowest upgrade price that leaves the upgrade worth the baseline.
    pub breakeven_upgrade_price: f64,
    /// residual(P₀, a): what the old unit is worth; a credit above it is a concession.
    pub residual_old: f64,
    /// T > residual(P₀, a).
    pub credit_is_concession: bool,
    /// max(T − residual(P₀, a), 0): the part of the credit that is a concession.
    pub concession: f64,
    /// T_min: the smallest credit the customer accepts.
    pub min_credit: f64,
    /// [T_min, T*], the credits good for both; `None` when T_min > T*.
    pub zone: Option<(f64, f64)>,
    /// U: the customer's outlay now for the upgrade (waiting costs nothing now).
    pub outlay_upgrade: f64,
    /// P − T: the customer's outlay now for the trade-in.
    pub outlay_tradein: f64,
    /// U·CRF(ΔL, d_c) + E_up; `None` when the upgrade adds no life.
    pub eac_upgrade: Option<f64>,
    /// P·CRF(L, d_c) + E_new.
    pub eac_new: f64,
    /// n₀ = max(L − a, 0): years to the next replacement decision when waiting; also H, the
    /// customer's horizon.
    pub years_baseline: u32,
    /// n₀ + ΔL.
    pub years_upgrade: u32,
    /// L.
    pub years_tradein: u32,
    /// a ≥ L: the unit is at or past its life, so the baseline replaces it now.
    pub past_life: bool,
    /// d_c in use, a fraction a year.
    pub customer_discount: f64,
    /// K = Σ_{y=1}^{H} E_old(1+d_c)⁻ʸ: the customer's cost of keeping the old unit.
    pub keep_cost: f64,
    /// Σ_{y=1}^{H} E_new(1+d_c)⁻ʸ: a new unit's running costs over H.
    pub running_new: f64,
    /// residual(P, H): the new unit's residual value at H.
    pub residual_new: f64,
    /// (P − T) + Σ E_new(1+d_c)⁻ʸ − (1+d_c)⁻ᴴ·residual(P, H): the customer's cost of trading in.
    pub tradein_cost: f64,
    /// Years 0..=max(n₀+ΔL, L) + L for the chart.
    pub chart: Vec<ChartPoint>,
}

/// Converts the inputs, each within its bounds (money 0..=`MAX_MONEY`, percentages 0–100,
/// u 0..=[`MAX_UPSELL_PCT`], d_c 0..=`MAX_DISCOUNT_PCT`, whole years 0..=[`MAX_UNIT_YEARS`]:
/// the field registry checks those first), and refuses what involves several of them or the
/// economics `p` (formulas.md §8).
pub fn validate(i: &UpgradeInputs, p: &Params) -> Result<UpgradeParams, Refusal> {
    let years = |x: f64| x.round().clamp(0.0, MAX_UNIT_YEARS) as u32;
    let unit_life = years(i.unit_life);
    let decline_rate = if i.decline_rate_pct > 0.0 {
        (i.decline_rate_pct / 100.0).min(1.0)
    } else {
        (2.0 / f64::from(unit_life.max(1))).min(1.0)
    };
    let u = UpgradeParams {
        unit_price_old: i.unit_price_old,
        unit_age: years(i.unit_age),
        unit_life,
        depreciation: i.depreciation,
        decline_rate,
        unit_price: i.unit_price,
        unit_margin: i.unit_margin_pct / 100.0,
        loyalty: i.loyalty_pct / 100.0,
        upgrade_price: i.upgrade_price,
        upgrade_cost: i.upgrade_cost,
        life_added: years(i.life_added),
        loyalty_upgrade: i.loyalty_upgrade_pct / 100.0,
        credit: i.credit,
        recovery: i.recovery,
        loyalty_tradein: i.loyalty_tradein_pct / 100.0,
        upsell: i.upsell_pct / 100.0,
        run_old: i.run_old,
        run_new: i.run_new,
        run_upgraded: i.run_upgraded,
        customer_discount: (i.customer_discount_pct > 0.0).then(|| i.customer_discount_pct / 100.0),
    };
    check(p, &u)?;
    Ok(u)
}

/// A life of at least a year, a credit no more than the new unit's price, and a renewal chain
/// that ends; returns 1 − p·D(L).
fn check(p: &Params, u: &UpgradeParams) -> Result<f64, Refusal> {
    if u.unit_life < 1 {
        return Err(Refusal::NoUsefulLife);
    }
    if u.credit > u.unit_price {
        return Err(Refusal::CreditAbovePrice);
    }
    chain_denominator(&Service::new(p), u)
}

/// Computes §8 for the economics in use `p`, which may differ from the one `u` was validated
/// against (another retention, say), so the checks of [`validate`] are made again and refuse
/// the same way. Service is counted in arrears and over the units' lives, whatever timing and
/// horizon `p` carries. Every number it returns is finite.
pub fn compute(p: &Params, u: &UpgradeParams) -> Result<Upgrade, Refusal> {
    let denominator = check(p, u)?;
    let s = Service::new(p);
    let lift = 1.0 + u.upsell;
    let life = u.unit_life;
    let margin_new = u.unit_margin * u.unit_price;
    // W = (m_P + S(L)) / (1 − p·D(L)).
    let renewal_value = (margin_new + s.value(life)) / denominator;

    let n0 = life.saturating_sub(u.unit_age);
    let upgraded = n0.saturating_add(u.life_added);
    // What follows each option's unit: its own service and the chance of the next sale.
    let after_baseline = s.value(n0) + s.discount(n0) * u.loyalty * renewal_value;
    let after_upgrade =
        lift * s.value(upgraded) + s.discount(upgraded) * u.loyalty_upgrade * renewal_value;
    let after_tradein = lift * s.value(life) + s.discount(life) * u.loyalty_tradein * renewal_value;
    let npv_baseline = after_baseline;
    let npv_upgrade = (u.upgrade_price - u.upgrade_cost) + after_upgrade;
    let npv_tradein = (margin_new - u.credit + u.recovery) + after_tradein;

    let c = Customer::new(u, n0, p.discount_annual);
    let breakeven_credit = margin_new + u.recovery + after_tradein - npv_baseline;
    let courses = courses(u, [n0, upgraded, life], margin_new);
    let chain = Chain {
        margin: margin_new,
        life,
        loyalty: u.loyalty,
    };

    Ok(Upgrade {
        margin_new,
        renewal_value,
        npv_baseline,
        npv_upgrade,
        npv_tradein,
        upgrade_gain: npv_upgrade - npv_baseline,
        tradein_gain: npv_tradein - npv_baseline,
        breakeven_credit,
        breakeven_upgrade_price: u.upgrade_cost + npv_baseline - after_upgrade,
        residual_old: c.residual_old,
        credit_is_concession: u.credit > c.residual_old,
        concession: (u.credit - c.residual_old).max(0.0),
        min_credit: c.min_credit,
        zone: (c.min_credit <= breakeven_credit).then_some((c.min_credit, breakeven_credit)),
        outlay_upgrade: u.upgrade_price,
        outlay_tradein: u.unit_price - u.credit,
        eac_upgrade: c.eac_upgrade,
        eac_new: c.eac_new,
        years_baseline: n0,
        years_upgrade: upgraded,
        years_tradein: life,
        past_life: u.unit_age >= life,
        customer_discount: c.discount,
        keep_cost: c.keep_cost,
        running_new: c.running_new,
        residual_new: c.residual_new,
        tradein_cost: c.tradein_cost,
        chart: chart(&s, &chain, courses, chart_years(&courses, life)),
    })
}

mod chart;
mod customer;
#[cfg(test)]
mod tests;
mod value;
