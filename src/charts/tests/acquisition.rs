//! Acquisition versus retention as the charts get it: businesses worked through by
//! formulas.md §6 (arrears, no horizon, 10 % a year cost of money).

use crate::model::acquisition::{Acquisition, PathPoint, RatePoint, MAX_PATH};
use crate::model::Period;

/// A business and its programme, as fractions a period unless said.
struct Business {
    /// k: periods a year.
    k: u32,
    margin: f64,
    retention: f64,
    /// Δ: points of annual retention, as a fraction.
    uplift: f64,
    new: Option<f64>,
    base: f64,
    cac: f64,
    serve: f64,
    programme: f64,
    lift: f64,
    years: u32,
}

pub struct Sample {
    pub name: &'static str,
    pub currency: String,
    pub period: Period,
    /// r, today's retention a period.
    pub retention: f64,
    pub a: Acquisition,
}

impl Business {
    fn model(&self) -> Acquisition {
        let k = f64::from(self.k);
        let d = 1.1f64.powf(1.0 / k) - 1.0;
        let (pi, r, b0, cac) = (self.margin, self.retention, self.base, self.cac);
        let q = 1.0 - r;
        let a = self.new.unwrap_or(b0 * q);
        let r_a = r.powf(k);
        let r_up = match r_a + self.uplift {
            full if full >= 1.0 - 1e-12 => 1.0,
            annual => annual.powf(1.0 / k),
        };
        let clv = |r: f64| pi * r / (1.0 + d - r);
        let steady = |r: f64| (r < 1.0).then(|| a / (1.0 - r) * pi - a * cac);
        let base_at = |r: f64, t: f64| match r < 1.0 {
            true => a / (1.0 - r) + (b0 - a / (1.0 - r)) * r.powf(t),
            false => b0 + a * t,
        };
        let n = self.years * self.k;
        let count = (n as usize + 1).min(MAX_PATH);
        let path = (0..count)
            .map(|i| {
                let t = (i as f64 * f64::from(n) / (count - 1) as f64).round() as u32;
                let (base, base_uplifted) = (base_at(r, f64::from(t)), base_at(r_up, f64::from(t)));
                PathPoint {
                    t,
                    base,
                    base_uplifted,
                    profit: base * pi - a * cac,
                    profit_uplifted: base_uplifted * pi - a * cac,
                }
            })
            .collect();
        // As the model spreads it: from r − 2·(r⁺ − r) − 1 point to r⁺ + (r⁺ − r), at most
        // half way to 100 %, or a tenth of the way short of it when r⁺ is 100 %.
        let step = r_up - r;
        let from = (r - 2.0 * step - 0.01).max(0.0);
        let to = match r_up < 1.0 {
            true => (r_up + step).min(1.0 - (1.0 - r_up) / 2.0),
            false => 1.0 - (1.0 - from) / 10.0,
        };
        let curve = (0..80)
            .map(|i| from + (to - from) * f64::from(i) / 79.0)
            .map(|r| RatePoint {
                retention: r,
                clv: clv(r),
                steady_profit: steady(r),
            })
            .collect();
        let plan_factor = (1..=n).map(|t| (1.0 + d).powi(-(t as i32))).sum::<f64>();
        let (replace, serve) = (b0 * q * cac, b0 * self.serve);
        let (profit, profit_uplifted) = (steady(r), steady(r_up));
        Acquisition {
            new_customers: a,
            steady_new: self.new.is_none(),
            retention_annual: r_a,
            replace_spend: replace,
            serve_spend: serve,
            plan_factor,
            replace_spend_plan: replace * plan_factor,
            serve_spend_plan: serve * plan_factor,
            cost_per_saved: self.programme / self.lift,
            keep_ratio: (self.programme > 0.0).then(|| cac / (self.programme / self.lift)),
            avoided_spend: b0 * self.lift * cac,
            programme_spend: b0 * self.programme,
            replace_spend_with: b0 * (q - self.lift).max(0.0) * cac,
            retention_uplifted: r_up,
            clv: clv(r),
            clv_uplifted: clv(r_up),
            clv_uplift: (clv(r) > 0.0).then(|| clv(r_up) / clv(r) - 1.0),
            steady_base: (r < 1.0).then(|| a / (1.0 - r)),
            steady_base_uplifted: (r_up < 1.0).then(|| a / (1.0 - r_up)),
            steady_profit: profit,
            steady_profit_uplifted: profit_uplifted,
            profit_uplift: profit
                .zip(profit_uplifted)
                .filter(|(p, _)| *p > 0.0)
                .map(|(p, up)| up / p - 1.0),
            breakeven_spend: pi * (1.0 - clv(r) / clv(r_up)),
            path,
            curve,
        }
    }
}

/// The worked example (π = 75, r = 0.97, A = 30, B₀ = 1000, CAC = 900 a month, three
/// years), a base growing from a loss into profit, a business losing money on every
/// customer, a yearly one in CNY, a huge one over a century, and one whose uplift keeps
/// every customer.
pub fn samples() -> Vec<Sample> {
    let worked = Business {
        k: 12,
        margin: 75.0,
        retention: 0.97,
        uplift: 0.05,
        new: Some(30.0),
        base: 1000.0,
        cac: 900.0,
        serve: 15.0,
        programme: 2.0,
        lift: 0.01,
        years: 3,
    };
    let growing = Business {
        base: 200.0,
        new: Some(50.0),
        years: 5,
        ..worked
    };
    let loss = Business {
        margin: -5.0,
        retention: 0.9,
        uplift: 0.1,
        new: None,
        base: 500.0,
        cac: 300.0,
        serve: 45.0,
        programme: 1.0,
        lift: 0.02,
        years: 2,
        ..worked
    };
    let yearly = Business {
        k: 1,
        margin: 60_000.0,
        retention: 0.85,
        uplift: 0.05,
        new: None,
        base: 120_000.0,
        cac: 450_000.0,
        serve: 20_000.0,
        programme: 5_000.0,
        lift: 0.03,
        years: 10,
    };
    let everyone = Business {
        retention: 0.99,
        uplift: 1.0 - 0.99f64.powi(12),
        new: Some(10.0),
        years: 8,
        ..worked
    };
    let huge = Business {
        margin: 8.5e8,
        retention: 0.99,
        uplift: 0.1,
        new: Some(2e7),
        base: 1e9,
        cac: 2.7e9,
        serve: 1.2e8,
        programme: 1e6,
        lift: 0.005,
        years: 100,
        ..worked
    };
    [
        ("worked", "USD", &worked),
        ("growing", "EUR", &growing),
        ("loss", "USD", &loss),
        ("yearly CNY", "CNY", &yearly),
        ("huge", "USD", &huge),
        ("everyone stays", "JPY", &everyone),
    ]
    .into_iter()
    .map(|(name, currency, b)| Sample {
        name,
        currency: currency.into(),
        period: if b.k == 1 {
            Period::Year
        } else {
            Period::Month
        },
        retention: b.retention,
        a: b.model(),
    })
    .collect()
}

#[test]
fn the_worked_example_is_as_formulas_md_works_it() {
    let s = &samples()[0];
    let a = &s.a;
    assert!((a.retention_uplifted - 0.975641).abs() < 1e-6);
    assert!((a.steady_profit.unwrap() - 48_000.0).abs() < 1e-6);
    assert!((a.steady_profit_uplifted.unwrap() - 65_368.6).abs() < 0.05);
    let spends = [a.replace_spend, a.serve_spend, a.programme_spend];
    for (spend, worked) in spends.into_iter().zip([27_000.0, 15_000.0, 2_000.0]) {
        assert!((spend - worked).abs() < 1e-6);
    }
    assert!((a.replace_spend_with - 18_000.0).abs() < 1e-6);
    assert_eq!(a.path.len(), 37);
    assert_eq!(samples()[4].a.path.len(), MAX_PATH);
    let everyone = &samples()[5].a;
    assert_eq!(everyone.retention_uplifted, 1.0);
    assert_eq!(everyone.steady_profit_uplifted, None);
}
