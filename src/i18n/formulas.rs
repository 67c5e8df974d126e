//! Formulas written in symbols only, the same in every language (docs/formulas.md).
//! Formulas with words in them are in each catalogue.

pub const CONTRIBUTION: &str = "π = g·R − c";
pub const DISCOUNT_YEAR: &str = "d = dₐ";
pub const DISCOUNT_MONTH: &str = "d = (1 + dₐ)^(1/12) − 1";
pub const RHO: &str = "ρ = r / (1 + d)";
pub const CLV_FLAT: &str = "π·N";
pub const CLV_UPFRONT: &str = "π(1 + d) / (1 + d − r)";
pub const CLV_ARREARS: &str = "π·r / (1 + d − r)";
pub const CLV_UPFRONT_N: &str = "π(1 − ρᴺ) / (1 − ρ)";
pub const CLV_ARREARS_N: &str = "πρ(1 − ρᴺ) / (1 − ρ)";
pub const LIFETIME_SUM: &str = "Σ rᵗ";
pub const LIFETIME_LIMIT: &str = "1 / (1 − r)";
pub const LIFETIME_N: &str = "Σ rᵗ, t = 0 … N − 1";
pub const NET: &str = "CLV − CAC";
pub const RATIO: &str = "CLV / CAC";
pub const SIMPLE: &str = "CAC / π";
pub const IN_PERIODS: &str = "SC / R";
pub const ANNUITY: &str = "A(H,d) = Σ (1 + d)⁻ᵗ, t = 1 … H";
pub const PREMIUM: &str = "SC / A(H,d)";
pub const BARRIER: &str = "q = q₀ + q_c · e^(−SC / k),   k = μ · R · A(H, d)";
pub const SCALE: &str = "k = μ·R·A(H,d)";
pub const CALIBRATION: &str = "q_c = (q − q₀)·e^(SC/k)";
pub const WHAT_IF: &str = "q(SC′), SC′ = SC·(1 + Δ)";
