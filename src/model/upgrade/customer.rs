//! The customer's side of an upgrade or trade-in (formulas.md §8): keeping the old unit
//! against trading it in over the old unit's remaining life, the smallest credit the customer
//! accepts, and the equivalent annual cost of an upgrade against a new unit.

use super::value::{annuity, capital_recovery, discount_at, residual};
use super::UpgradeParams;

/// The customer's figures, at the customer's discount rate d_c over H = n₀ years.
pub(super) struct Customer {
    /// d_c in use: as entered, or dₐ.
    pub(super) discount: f64,
    /// K = Σ_{y=1}^{H} E_old(1+d_c)⁻ʸ.
    pub(super) keep_cost: f64,
    /// Σ_{y=1}^{H} E_new(1+d_c)⁻ʸ.
    pub(super) running_new: f64,
    /// residual(P, H).
    pub(super) residual_new: f64,
    /// residual(P₀, a).
    pub(super) residual_old: f64,
    /// (P − T) + Σ E_new(1+d_c)⁻ʸ − (1+d_c)⁻ᴴ·residual(P, H).
    pub(super) tradein_cost: f64,
    /// T_min = max(residual(P₀, a), P + Σ E_new(1+d_c)⁻ʸ − (1+d_c)⁻ᴴ·residual(P, H) − K).
    pub(super) min_credit: f64,
    /// U·CRF(ΔL, d_c) + E_up; `None` when ΔL = 0.
    pub(super) eac_upgrade: Option<f64>,
    /// P·CRF(L, d_c) + E_new.
    pub(super) eac_new: f64,
}

impl Customer {
    /// The customer's side for a unit with `horizon` = n₀ years left, at d_c or, when none
    /// was given, the economics' annual rate `discount_annual`.
    pub(super) fn new(u: &UpgradeParams, horizon: u32, discount_annual: f64) -> Self {
        let dc = u.customer_discount.unwrap_or(discount_annual);
        let years = annuity(horizon, dc);
        let keep_cost = u.run_old * years;
        let running_new = u.run_new * years;
        let residual_new = residual(u, u.unit_price, horizon);
        // A new unit's running costs over H, less what it still fetches at H.
        let new_net = running_new - discount_at(horizon, dc) * residual_new;
        let residual_old = residual(u, u.unit_price_old, u.unit_age);
        Customer {
            discount: dc,
            keep_cost,
            running_new,
            residual_new,
            residual_old,
            tradein_cost: (u.unit_price - u.credit) + new_net,
            min_credit: residual_old.max(u.unit_price + new_net - keep_cost),
            eac_upgrade: capital_recovery(u.life_added, dc)
                .map(|f| u.upgrade_price * f + u.run_upgraded),
            eac_new: capital_recovery(u.unit_life, dc).map_or(0.0, |f| u.unit_price * f)
                + u.run_new,
        }
    }
}
