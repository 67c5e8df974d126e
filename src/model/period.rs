//! Re-expressing per-period inputs when the period changes, so that the business stays
//! the same (formulas.md §5).

use super::economics::Period;

/// Periods a year of each: (k of `from`, k of `to`).
fn per_year(from: Period, to: Period) -> (f64, f64) {
    (f64::from(from.per_year()), f64::from(to.per_year()))
}

/// Money a period: × 12 from months to years, ÷ 12 back.
pub fn money(x: f64, from: Period, to: Period) -> f64 {
    let (k_from, k_to) = per_year(from, to);
    x * k_from / k_to
}

/// Retention r a period, a fraction: r¹² from months to years, r^(1/12) back.
pub fn retention(r: f64, from: Period, to: Period) -> f64 {
    let (k_from, k_to) = per_year(from, to);
    r.powf(k_from / k_to)
}

/// Churn q a period, a fraction: 1 − (1 − q)¹² from months to years, and back.
pub fn churn(q: f64, from: Period, to: Period) -> f64 {
    1.0 - retention(1.0 - q, from, to)
}

/// A count of periods: ÷ 12 from months to years (not rounded), × 12 back.
pub fn periods(n: f64, from: Period, to: Period) -> f64 {
    let (k_from, k_to) = per_year(from, to);
    n * k_to / k_from
}

#[cfg(test)]
mod tests {
    use super::*;
    use Period::{Month, Year};

    #[test]
    fn converts_each_kind_of_input() {
        assert_eq!(money(120.0, Month, Year), 1440.0);
        assert_eq!(money(1440.0, Year, Month), 120.0);
        assert!((retention(0.97, Month, Year) - 0.693_842_360_995).abs() < 1e-12);
        assert!((retention(0.693_842_360_995_437_7, Year, Month) - 0.97).abs() < 1e-15);
        assert!((churn(0.01, Month, Year) - 0.113_615_128_284).abs() < 1e-12);
        assert_eq!(periods(24.0, Month, Year), 2.0);
        assert_eq!(periods(2.0, Year, Month), 24.0);
        assert_eq!(money(5.0, Year, Year), 5.0);
    }
}
