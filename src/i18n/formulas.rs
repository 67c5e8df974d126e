//! The formulas the "How … is computed" tables show (docs/formulas.md). Their symbols are the
//! same in every language; the few with words in them come from each catalogue.

use super::Formulas;

/// The formulas with words in them, in one language.
pub(super) struct Worded {
    pub cohort: &'static str,
    pub economic_risk: &'static str,
    pub evaluation: &'static str,
    pub learning: &'static str,
    pub point: &'static str,
    pub emotional: &'static str,
    pub total: &'static str,
}

/// Every formula, with `words` where a language has its own.
pub(super) const fn formulas(words: Worded) -> Formulas {
    Formulas {
        contribution: "π = g·R − c",
        discount_year: "d = dₐ",
        discount_month: "d = (1 + dₐ)^(1/12) − 1",
        rho: "ρ = r / (1 + d)",
        clv_flat: "π·N",
        clv_upfront: "π(1 + d) / (1 + d − r)",
        clv_arrears: "π·r / (1 + d − r)",
        clv_upfront_n: "π(1 − ρᴺ) / (1 − ρ)",
        clv_arrears_n: "πρ(1 − ρᴺ) / (1 − ρ)",
        lifetime_sum: "Σ rᵗ",
        lifetime_limit: "1 / (1 − r)",
        lifetime_n: "Σ rᵗ, t = 0 … N − 1",
        net: "CLV − CAC",
        ratio: "CLV / CAC",
        simple: "CAC / π",
        cohort: words.cohort,
        economic_risk: words.economic_risk,
        evaluation: words.evaluation,
        learning: words.learning,
        point: words.point,
        emotional: words.emotional,
        total: words.total,
        in_periods: "SC / R",
        annuity: "A(H,d) = Σ (1 + d)⁻ᵗ, t = 1 … H",
        premium: "SC / A(H,d)",
        barrier: "q = q₀ + q_c · e^(−SC / k),   k = μ · R · A(H, d)",
        scale: "k = μ·R·A(H,d)",
        calibration: "q_c = (q − q₀)·e^(SC/k)",
        what_if: "q(SC′), SC′ = SC·(1 + Δ)",
        a_churn: "q = 1 − r",
        a_steady_new: "A = B₀·q",
        a_replace: "B₀·q·CAC",
        a_serve: "B₀·c",
        a_plan: "x·Σ (1 + d)⁻ᵗ, t = 1 … Y·k",
        a_saved: "s / Δr",
        a_keep: "CAC / (s / Δr)",
        a_avoided: "B₀·Δr·CAC",
        a_annual: "r_a = rᵏ",
        a_uplifted: "r⁺ = (r_a + Δ)^(1/k)",
        a_clv_uplifted: "CLV(r⁺) / CLV(r) − 1",
        a_steady_base: "B = A / (1 − r)",
        a_steady_profit: "P = B·π − A·CAC",
        a_breakeven: "Δc = π·(1 − M(r) / M(r⁺))",
    }
}
