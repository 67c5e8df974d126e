//! Geometric sums, written to stay accurate when the ratio is close to 1.

/// Σ_{k=0}^{n−1} xᵏ for x ≥ 0 and n ≥ 0 (formulas.md §2: the finite-horizon sums).
pub fn geometric_sum(x: f64, n: f64) -> f64 {
    if n <= 0.0 {
        return 0.0;
    }
    let one_minus = 1.0 - x;
    if one_minus == 0.0 {
        return n;
    }
    // (1 − xⁿ)/(1 − x), with xⁿ − 1 taken through expm1 so that x near 1 loses no digits.
    -(n * (-one_minus).ln_1p()).exp_m1() / one_minus
}

#[cfg(test)]
mod tests {
    use super::geometric_sum;

    #[test]
    fn matches_direct_summation() {
        for &x in &[0.0, 0.3, 0.8, 0.999_999, 1.0, 1.2] {
            for n in 0..40 {
                let direct: f64 = (0..n).map(|k| f64::powi(x, k)).sum();
                let closed = geometric_sum(x, f64::from(n));
                assert!(
                    (direct - closed).abs() <= 1e-9 * direct.abs().max(1.0),
                    "x={x} n={n}: {direct} vs {closed}"
                );
            }
        }
    }
}
