//! Decimal digits to the nearest f64, without the standard library's parser: its table of
//! powers of five weighs 10 kB in the bundle, more than every other number routine together.

/// Powers of ten that an f64 holds exactly.
const EXACT: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];
/// The largest integer below which every integer is an exact f64.
const EXACT_INTEGERS: u64 = 1 << 53;

/// The value of `digits` ("1234.5678": ASCII digits and at most one point) times ten to the
/// `shift`, negative if `minus`.
///
/// Exactly the nearest f64 whenever the significant digits make an integer below 2⁵³ and the
/// power of ten is at most 22 away, as with everything typed into a field (up to 15
/// significant digits, an amount to the cent up to 10¹³); otherwise within a few units in
/// the last place. Beyond the largest f64 it is infinite.
pub(super) fn value(minus: bool, digits: &str, shift: i32) -> f64 {
    let mut mantissa = 0u64;
    let mut power = i64::from(shift);
    let mut point = false;
    for b in digits.bytes() {
        match b {
            b'.' => point = true,
            // Beyond 19 digits a u64 could overflow: later digits only move the power.
            b'0'..=b'9' if mantissa < 1_000_000_000_000_000_000 => {
                mantissa = mantissa * 10 + u64::from(b - b'0');
                power -= i64::from(point);
            }
            _ => power += i64::from(!point),
        }
    }
    let magnitude = scaled(mantissa, power);
    if minus {
        -magnitude
    } else {
        magnitude
    }
}

/// `mantissa` × 10^`power`.
fn scaled(mantissa: u64, power: i64) -> f64 {
    if mantissa == 0 {
        return 0.0;
    }
    if mantissa < EXACT_INTEGERS {
        let m = mantissa as f64;
        // One exact operand each and one rounding: the nearest f64 (Clinger's fast path).
        if (0..=22).contains(&power) {
            return m * EXACT[power as usize];
        }
        if (-22..0).contains(&power) {
            return m / EXACT[power.unsigned_abs() as usize];
        }
        // A larger power whose surplus the integer absorbs exactly: 12e25 = 12 000 × 10²².
        let surplus = power - 22;
        if (1..=15).contains(&surplus) {
            let exact = mantissa.checked_mul(10u64.pow(surplus as u32));
            if let Some(n) = exact.filter(|n| *n < EXACT_INTEGERS) {
                return n as f64 * EXACT[22];
            }
        }
    }
    let power = power.clamp(-400, 400) as i32;
    let m = mantissa as f64;
    if power < 0 {
        // Two steps, so that a tiny power of ten does not vanish before the division.
        m / 10f64.powi(-power / 2) / 10f64.powi(-power - -power / 2)
    } else {
        m * 10f64.powi(power)
    }
}

#[cfg(test)]
mod tests {
    use super::value;

    #[test]
    fn typed_amounts_are_the_nearest_f64() {
        for text in [
            "0.1",
            "0.2",
            "0.3",
            "1.005",
            "2.675",
            "19.99",
            "104925.00",
            "0.07",
            "123456789012.34",
            "9007199254740991",
            "9999999999999.99",
            "0.000001",
            "3.14159265358979",
        ] {
            let (int, frac) = text.split_once('.').unwrap_or((text, ""));
            let digits = format!("{int}.{frac}");
            assert_eq!(
                value(false, &digits, 0),
                text.parse::<f64>().unwrap(),
                "{text}"
            );
            assert_eq!(
                value(true, &digits, 0),
                -text.parse::<f64>().unwrap(),
                "-{text}"
            );
        }
        for (digits, shift, expected) in [
            ("1.0", 4, 1e4),
            ("10.5", 4, 105_000.0),
            ("1.2", 8, 1.2e8),
            ("6.0", 12, 6e12),
            ("12.0", 25, 12e25),
            ("0.0", 400, 0.0),
            ("00012.500", -2, 0.125),
        ] {
            assert_eq!(value(false, digits, shift), expected, "{digits}e{shift}");
        }
    }

    #[test]
    fn the_rest_is_close_and_never_nan() {
        for (digits, shift) in [
            ("12345678901234567890123.0", 0),
            ("1.0", 300),
            ("1.0", -300),
            ("4.9", -324),
            ("1.79769313486231", 300),
            ("0.000000000000000000000000001234", 5),
        ] {
            let expected: f64 = format!("{digits}e{shift}").parse().unwrap();
            let got = value(false, digits, shift);
            let error = ((got - expected) / expected).abs();
            assert!(
                error < 1e-14 || got == expected,
                "{digits}e{shift}: {got} vs {expected}"
            );
        }
        assert_eq!(value(false, "1.0", 999), f64::INFINITY);
        assert_eq!(value(false, "1.0", -9999), 0.0);
        assert_eq!(value(false, "0.0", -9999), 0.0);
    }
}
