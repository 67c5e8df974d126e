//! Switching costs: what leaving costs a customer, the price premium that buys, and what
//! the barrier does to churn and lifetime value (domain.md §4).

use super::clv::{self, finite_ratio, Clv};
use super::economics::{check, Field, InputError, Params, MAX_HORIZON, MAX_MONEY};
use super::series::geometric_sum;
use serde::{Deserialize, Serialize};

/// The largest count of hours or people a field accepts.
pub const MAX_COUNT: f64 = 1e6;
/// The largest competitor advantage μ, in percent of revenue.
pub const MAX_ADVANTAGE_PCT: f64 = 1_000.0;
/// The largest rise in switching cost a what-if asks about, in percent.
pub const MAX_CHANGE_PCT: f64 = 10_000.0;
/// Segments of the barrier curves.
const CURVE_STEPS: u32 = 120;

/// Switching-cost inputs as the user states them: money per customer (once), percentages
/// as percent, emotional factors as ratings from 1 (none) to 7 (very strong).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct SwitchingInputs {
    /// Points, volume discounts and perks the customer forfeits.
    pub benefit_loss: f64,
    /// Exit fees, unrecovered sunk investment, the new vendor's set-up charges.
    pub monetary_loss: f64,
    /// Chance of trouble with a new vendor, percent.
    pub risk_chance_pct: f64,
    /// What that trouble would cost.
    pub risk_loss: f64,
    pub evaluation_hours: f64,
    pub learning_people: f64,
    /// Hours each person needs to learn the new product.
    pub learning_hours: f64,
    /// The customer's cost of one staff hour, for evaluation and learning.
    pub hourly_cost: f64,
    /// Migration, integration and downtime.
    pub setup_cost: f64,
    /// Ratings 1–7 in [`EMOTIONS`] order.
    pub ratings: [f64; 5],
    /// What one rating point above 1 is worth, in percent of the customer's annual spend.
    pub point_value_pct: f64,
    /// H: the periods over which the customer weighs a cheaper competitor.
    pub decision_horizon: f64,
    /// q₀: churn per period that no barrier stops (moves, closures), percent.
    pub base_churn_pct: f64,
    /// μ: a competitor's typical advantage, percent of revenue.
    pub advantage_pct: f64,
    /// The change in switching cost a what-if asks about, percent (−100 removes it all).
    pub change_pct: f64,
}

/// The three groups of switching cost (Burnham, Frels & Mahajan 2003).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Financial,
    Process,
    Emotional,
}

pub const GROUPS: [Group; 3] = [Group::Financial, Group::Process, Group::Emotional];

/// One source of switching cost.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Factor {
    BenefitLoss,
    MonetaryLoss,
    EconomicRisk,
    Evaluation,
    Learning,
    SetUp,
    PersonalRelationship,
    BrandRelationship,
    FunctionRisk,
    SelfImageRisk,
    SocialImageRisk,
}

/// Every factor, financial first, in the order results list them.
pub const FACTORS: [Factor; 11] = [
    Factor::BenefitLoss,
    Factor::MonetaryLoss,
    Factor::EconomicRisk,
    Factor::Evaluation,
    Factor::Learning,
    Factor::SetUp,
    Factor::PersonalRelationship,
    Factor::BrandRelationship,
    Factor::FunctionRisk,
    Factor::SelfImageRisk,
    Factor::SocialImageRisk,
];

/// The emotional factors, in the order of [`SwitchingInputs::ratings`].
pub const EMOTIONS: [Factor; 5] = [
    Factor::PersonalRelationship,
    Factor::BrandRelationship,
    Factor::FunctionRisk,
    Factor::SelfImageRisk,
    Factor::SocialImageRisk,
];

/// The rating field of each emotional factor, in [`EMOTIONS`] order.
pub const RATING_FIELDS: [Field; 5] = [
    Field::PersonalRelationship,
    Field::BrandRelationship,
    Field::FunctionRisk,
    Field::SelfImageRisk,
    Field::SocialImageRisk,
];

impl Factor {
    pub fn group(self) -> Group {
        match self {
            Factor::BenefitLoss | Factor::MonetaryLoss => Group::Financial,
            Factor::EconomicRisk | Factor::Evaluation | Factor::Learning | Factor::SetUp => {
                Group::Process
            }
            _ => Group::Emotional,
        }
    }
}

/// Validated switching inputs as fractions and whole periods.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SwitchingParams {
    pub benefit_loss: f64,
    pub monetary_loss: f64,
    /// As a fraction.
    pub risk_chance: f64,
    pub risk_loss: f64,
    pub evaluation_hours: f64,
    pub learning_people: f64,
    pub learning_hours: f64,
    pub hourly_cost: f64,
    pub setup_cost: f64,
    pub ratings: [f64; 5],
    /// Fraction of annual spend per rating point.
    pub point_value: f64,
    pub decision_horizon: u32,
    /// q₀ as a fraction.
    pub base_churn: f64,
    /// μ as a fraction of revenue.
    pub advantage: f64,
    /// The what-if change as a fraction (−1 … 100).
    pub change: f64,
}

/// Checks the switching inputs against the validated economics `p`; returns every error
/// with its field.
pub fn validate(
    s: &SwitchingInputs,
    p: &Params,
) -> Result<SwitchingParams, Vec<(Field, InputError)>> {
    let mut errors = Vec::new();
    let mut field = |field: Field, value: f64, min: f64, max: f64| {
        check(value, min, max).unwrap_or_else(|err| {
            errors.push((field, err));
            min
        })
    };
    let benefit_loss = field(Field::BenefitLoss, s.benefit_loss, 0.0, MAX_MONEY);
    let monetary_loss = field(Field::MonetaryLoss, s.monetary_loss, 0.0, MAX_MONEY);
    let risk_loss = field(Field::RiskLoss, s.risk_loss, 0.0, MAX_MONEY);
    let hourly_cost = field(Field::HourlyCost, s.hourly_cost, 0.0, MAX_MONEY);
    let setup_cost = field(Field::SetupCost, s.setup_cost, 0.0, MAX_MONEY);
    let risk_chance = field(Field::RiskChance, s.risk_chance_pct, 0.0, 100.0) / 100.0;
    let evaluation_hours = field(Field::EvaluationHours, s.evaluation_hours, 0.0, MAX_COUNT);
    let learning_people = field(Field::LearningPeople, s.learning_people, 0.0, MAX_COUNT);
    let learning_hours = field(Field::LearningHours, s.learning_hours, 0.0, MAX_COUNT);
    let mut ratings = [1.0; 5];
    for (rating, (f, v)) in ratings
        .iter_mut()
        .zip(RATING_FIELDS.into_iter().zip(s.ratings))
    {
        *rating = field(f, v, 1.0, 7.0);
    }
    let point_value = field(Field::PointValue, s.point_value_pct, 0.0, 100.0) / 100.0;
    let horizon = field(Field::DecisionHorizon, s.decision_horizon, 1.0, MAX_HORIZON);
    let base_churn = field(Field::BaseChurn, s.base_churn_pct, 0.0, 100.0) / 100.0;
    let advantage = field(Field::Advantage, s.advantage_pct, 0.0, MAX_ADVANTAGE_PCT) / 100.0;
    let change = field(Field::CostChange, s.change_pct, -100.0, MAX_CHANGE_PCT) / 100.0;
    if horizon.fract() != 0.0 {
        errors.push((Field::DecisionHorizon, InputError::NotWhole));
    }
    if s.advantage_pct == 0.0 {
        errors.push((Field::Advantage, InputError::NotPositive));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let params = SwitchingParams {
        benefit_loss,
        monetary_loss,
        risk_chance,
        risk_loss,
        evaluation_hours,
        learning_people,
        learning_hours,
        hourly_cost,
        setup_cost,
        ratings,
        point_value,
        decision_horizon: horizon as u32,
        base_churn,
        advantage,
        change,
    };
    // With no horizon and no discounting, churn modelled down to 0 has no finite value.
    if let Ok(barrier) = Barrier::calibrate(p, &params, total(&factors(p, &params))) {
        let asked = what_if_cost(&barrier, &params);
        if finite_value(&with_churn(p, &barrier, asked)).is_none() {
            return Err(vec![(Field::CostChange, InputError::ChurnVanishes)]);
        }
    }
    Ok(params)
}

/// q = 1 − r: today's churn per period.
fn todays_churn(p: &Params) -> f64 {
    1.0 - p.retention
}

/// The calibrated barrier → churn model (§4):
/// q(SC) = q₀ + q_free·exp(−SC / k), k = μ·R·A(H,d).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Barrier {
    /// k = μ·R·A(H,d): the switching cost that cuts competitive churn by a factor e.
    pub scale: f64,
    /// Today's switching cost, at which the model gives today's churn.
    pub cost: f64,
    /// Today's churn per period (1 − r).
    pub today: f64,
    /// q₀.
    pub base: f64,
    /// q_free = (q_today − q₀)·exp(SC/k); `None` when it is too large to hold.
    pub free_competitive: Option<f64>,
}

/// Why the barrier model cannot be calibrated.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NoModel {
    /// Revenue is 0: there is no spend to weigh switching cost against.
    NoRevenue,
    /// The churn no barrier stops is above today's churn (both per period, fractions).
    BaseAboveToday { base: f64, today: f64 },
}

impl Barrier {
    /// Calibrates q_free so that today's switching cost gives today's churn.
    fn calibrate(p: &Params, s: &SwitchingParams, cost: f64) -> Result<Barrier, NoModel> {
        let scale = s.advantage * p.revenue * annuity(p, s.decision_horizon);
        if !(scale > 0.0 && scale.is_finite()) {
            return Err(NoModel::NoRevenue);
        }
        let today = todays_churn(p);
        // Rounding in 1 − r must not refuse a base churn equal to today's.
        if s.base_churn > today + 1e-12 {
            return Err(NoModel::BaseAboveToday {
                base: s.base_churn,
                today,
            });
        }
        // Within that rounding, q₀ is today's churn.
        let base = s.base_churn.min(today);
        let gap = today - base;
        let free = if gap == 0.0 {
            0.0
        } else {
            gap * (cost / scale).exp()
        };
        Ok(Barrier {
            scale,
            cost,
            today,
            base,
            free_competitive: free.is_finite().then_some(free),
        })
    }

    /// Modelled churn per period at switching cost `cost`, at most 100 %. Written relative
    /// to today so that large costs neither overflow nor lose today's churn to rounding.
    pub fn churn(&self, cost: f64) -> f64 {
        if cost == self.cost {
            return self.today;
        }
        let gap = (self.today - self.base).max(0.0);
        if gap == 0.0 {
            return self.base;
        }
        (self.base + gap * ((self.cost - cost) / self.scale).exp()).min(1.0)
    }
}

/// A(H,d) = Σ_{t=1}^{H} (1+d)⁻ᵗ: today's value of one payment a period for H periods.
pub fn annuity(p: &Params, horizon: u32) -> f64 {
    let v = 1.0 / (1.0 + p.discount);
    v * geometric_sum(v, f64::from(horizon))
}

/// Each factor's money value, in [`FACTORS`] order.
fn factors(p: &Params, s: &SwitchingParams) -> [f64; 11] {
    let point = s.point_value * annual_spend(p);
    let emotional = s.ratings.map(|r| (r - 1.0) * point);
    [
        s.benefit_loss,
        s.monetary_loss,
        s.risk_chance * s.risk_loss,
        s.evaluation_hours * s.hourly_cost,
        s.learning_people * s.learning_hours * s.hourly_cost,
        s.setup_cost,
        emotional[0],
        emotional[1],
        emotional[2],
        emotional[3],
        emotional[4],
    ]
}

fn total(factors: &[f64; 11]) -> f64 {
    factors.iter().sum()
}

fn annual_spend(p: &Params) -> f64 {
    p.revenue * f64::from(p.period.per_year())
}

/// SC·(1 + change): the switching cost the what-if asks about.
fn what_if_cost(b: &Barrier, s: &SwitchingParams) -> f64 {
    b.cost * (1.0 + s.change)
}

/// `p` with the churn the barrier model gives at `cost` (exactly `p` at today's cost).
fn with_churn(p: &Params, b: &Barrier, cost: f64) -> Params {
    let retention = if cost == b.cost {
        p.retention
    } else {
        1.0 - b.churn(cost)
    };
    Params { retention, ..*p }
}

/// Lifetime value, or `None` where it has no limit (no horizon, no discounting, no churn).
fn finite_value(p: &Params) -> Option<f64> {
    Some(clv::value(p)).filter(|v| v.is_finite())
}

/// One point of the barrier curves.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CurvePoint {
    pub cost: f64,
    pub churn: f64,
    /// `None` where lifetime value has no limit.
    pub clv: Option<f64>,
}

/// The barrier model's answers: today, at the what-if cost, and along a curve.
#[derive(Clone, Debug, PartialEq)]
pub struct Churn {
    pub model: Barrier,
    /// Churn per period if switching cost nothing: q₀ + q_free, at most 100 %.
    pub free_churn: f64,
    /// Lifetime value today (the entered churn).
    pub today_clv: f64,
    /// The what-if switching cost SC·(1 + change).
    pub asked_cost: f64,
    pub asked_churn: f64,
    /// The economics with the modelled churn at the what-if cost.
    pub asked_params: Params,
    pub asked: Clv,
    /// Lifetime value at the what-if cost minus today's.
    pub clv_change: f64,
    /// Switching cost from 0 past both today's and the what-if's, with churn and CLV.
    pub curve: Vec<CurvePoint>,
}

/// Everything §4 derives from one set of inputs.
#[derive(Clone, Debug, PartialEq)]
pub struct Switching {
    /// Money value of each factor, in [`FACTORS`] order.
    pub factors: [f64; 11],
    /// Subtotals in [`GROUPS`] order.
    pub groups: [f64; 3],
    /// SC: total switching cost per customer.
    pub total: f64,
    /// Money value of one emotional rating point.
    pub point_value: f64,
    /// SC / R: switching cost in periods of spend; `None` without revenue.
    pub in_periods: Option<f64>,
    /// A(H,d).
    pub annuity: f64,
    /// SC / A(H,d): the largest premium per period the customer rationally accepts.
    pub premium: f64,
    /// The premium as a fraction of revenue; `None` without revenue.
    pub premium_share: Option<f64>,
    /// The barrier → churn model, or why there is none.
    pub churn: Result<Churn, NoModel>,
}

impl Switching {
    /// The money value of one factor.
    pub fn factor(&self, factor: Factor) -> f64 {
        FACTORS
            .iter()
            .position(|f| *f == factor)
            .map_or(0.0, |i| self.factors[i])
    }

    /// The subtotal of one group.
    pub fn group(&self, group: Group) -> f64 {
        GROUPS
            .iter()
            .position(|g| *g == group)
            .map_or(0.0, |i| self.groups[i])
    }
}

/// Computes §4 for validated inputs. Every number it returns is finite.
pub fn compute(p: &Params, s: &SwitchingParams) -> Switching {
    let factors = factors(p, s);
    let mut groups = [0.0; 3];
    for (factor, value) in FACTORS.iter().zip(factors) {
        let i = GROUPS
            .iter()
            .position(|g| *g == factor.group())
            .unwrap_or(0);
        groups[i] += value;
    }
    let total = total(&factors);
    let annuity = annuity(p, s.decision_horizon);
    let premium = total / annuity;
    Switching {
        factors,
        groups,
        total,
        point_value: s.point_value * annual_spend(p),
        in_periods: finite_ratio(total, p.revenue),
        annuity,
        premium,
        premium_share: finite_ratio(premium, p.revenue),
        churn: Barrier::calibrate(p, s, total).map(|model| churn(p, s, model)),
    }
}

fn churn(p: &Params, s: &SwitchingParams, model: Barrier) -> Churn {
    let asked_cost = what_if_cost(&model, s);
    let asked_params = with_churn(p, &model, asked_cost);
    let end = (2.0 * model.cost)
        .max(1.25 * asked_cost)
        .max(3.0 * model.scale);
    let curve = (0..=CURVE_STEPS)
        .map(|i| {
            let cost = end * f64::from(i) / f64::from(CURVE_STEPS);
            CurvePoint {
                cost,
                churn: model.churn(cost),
                clv: finite_value(&with_churn(p, &model, cost)),
            }
        })
        .collect();
    let today_clv = clv::value(p);
    let asked = clv::compute(&asked_params);
    Churn {
        free_churn: model.churn(0.0),
        today_clv,
        asked_cost,
        asked_churn: model.churn(asked_cost),
        clv_change: asked.clv - today_clv,
        asked,
        asked_params,
        curve,
        model,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{validate as validate_economics, Economics, Period, Timing};

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    fn cents(x: f64) -> f64 {
        (x * 100.0).round() / 100.0
    }

    /// Yearly periods, R = 1,000, π = 500, r = 80 %, d = 10 %, no horizon, in arrears.
    fn economics(revenue: f64, retention_pct: f64, discount_pct: f64) -> Params {
        validate_economics(&Economics {
            period: Period::Year,
            timing: Timing::Arrears,
            revenue,
            margin_pct: 50.0,
            serve_cost: 0.0,
            retention_pct,
            discount_pct,
            cac: 0.0,
            horizon: 0.0,
        })
        .expect("valid economics")
    }

    /// No switching costs at all; H = 3, q₀ = 5 %, μ = 10 %, no what-if change.
    fn nothing() -> SwitchingInputs {
        SwitchingInputs {
            benefit_loss: 0.0,
            monetary_loss: 0.0,
            risk_chance_pct: 0.0,
            risk_loss: 0.0,
            evaluation_hours: 0.0,
            learning_people: 0.0,
            learning_hours: 0.0,
            hourly_cost: 0.0,
            setup_cost: 0.0,
            ratings: [1.0; 5],
            point_value_pct: 1.0,
            decision_horizon: 3.0,
            base_churn_pct: 5.0,
            advantage_pct: 10.0,
            change_pct: 0.0,
        }
    }

    fn run(p: &Params, s: &SwitchingInputs) -> Switching {
        compute(p, &validate(s, p).expect("valid switching inputs"))
    }

    #[test]
    fn every_factor_is_valued_by_its_rule() {
        let p = economics(1000.0, 80.0, 10.0);
        let s = SwitchingInputs {
            benefit_loss: 100.0,
            monetary_loss: 200.0,
            risk_chance_pct: 20.0,
            risk_loss: 1000.0,
            evaluation_hours: 10.0,
            learning_people: 3.0,
            learning_hours: 4.0,
            hourly_cost: 50.0,
            setup_cost: 400.0,
            // Points above 1: 3, 2, 0, 1, 6; each worth 1 % of 1,000 a year.
            ratings: [4.0, 3.0, 1.0, 2.0, 7.0],
            ..nothing()
        };
        let r = run(&p, &s);
        assert_eq!(
            r.factors,
            [100.0, 200.0, 200.0, 500.0, 600.0, 400.0, 30.0, 20.0, 0.0, 10.0, 60.0]
        );
        assert_eq!(r.groups, [300.0, 1700.0, 120.0]);
        assert_eq!(r.group(Group::Process), 1700.0);
        assert_eq!(r.factor(Factor::Learning), 600.0);
        assert_eq!(r.point_value, 10.0);
        assert_eq!(r.total, 2120.0);
        assert_eq!(r.in_periods, Some(2.12));
    }

    #[test]
    fn rating_points_are_a_share_of_annual_spend() {
        let monthly = validate_economics(&Economics {
            period: Period::Month,
            revenue: 120.0,
            ..Economics {
                period: Period::Month,
                timing: Timing::Arrears,
                revenue: 0.0,
                margin_pct: 75.0,
                serve_cost: 15.0,
                retention_pct: 97.0,
                discount_pct: 10.0,
                cac: 900.0,
                horizon: 0.0,
            }
        })
        .expect("valid");
        let s = SwitchingInputs {
            point_value_pct: 0.5,
            ratings: [3.0, 2.0, 2.0, 2.0, 1.0],
            base_churn_pct: 1.0,
            ..nothing()
        };
        let r = run(&monthly, &s);
        // 0.5 % of 12 × 120 = 7.20 a point, 5 points.
        assert_eq!(cents(r.point_value), 7.2);
        assert_eq!(cents(r.group(Group::Emotional)), 36.0);
    }

    #[test]
    fn tolerated_premium_is_switching_cost_over_the_annuity() {
        let p = economics(1000.0, 80.0, 10.0);
        let r = run(
            &p,
            &SwitchingInputs {
                setup_cost: 2120.0,
                ..nothing()
            },
        );
        // A(3, 10 %) = 1/1.1 + 1/1.21 + 1/1.331 = 2.486852.
        assert!((r.annuity - 2.486_851_990_984).abs() < 1e-9);
        assert_eq!(cents(r.premium), 852.48);
        assert_eq!(r.premium_share.map(|x| (x * 1e4).round()), Some(8525.0));
        // Horizon 1: one payment a period away, A = 1/1.1.
        let one = run(
            &p,
            &SwitchingInputs {
                setup_cost: 2120.0,
                decision_horizon: 1.0,
                ..nothing()
            },
        );
        assert_eq!(cents(one.premium), 2332.0);
        // No discounting: A(H, 0) = H.
        let flat = run(
            &economics(1000.0, 80.0, 0.0),
            &SwitchingInputs {
                setup_cost: 2120.0,
                ..nothing()
            },
        );
        assert_eq!(flat.annuity, 3.0);
    }

    #[test]
    fn churn_model_is_calibrated_on_todays_churn() {
        let p = economics(1000.0, 80.0, 10.0);
        let s = SwitchingInputs {
            setup_cost: 100.0,
            change_pct: 50.0,
            ..nothing()
        };
        let c = run(&p, &s).churn.expect("model");
        // k = μ·R·A = 0.1 × 1,000 × 2.486852 = 248.69.
        assert_eq!(cents(c.model.scale), 248.69);
        assert!(close(c.model.churn(100.0), 0.2));
        // q_free = (0.20 − 0.05)·e^(100/k) = 0.224247.
        assert!((c.model.free_competitive.unwrap() - 0.224_247_442_843).abs() < 1e-9);
        assert!((c.free_churn - 0.274_247_442_843).abs() < 1e-9);
        // SC′ = 150: q = 0.05 + 0.15·e^(−50/k) = 0.172680.
        assert_eq!(c.asked_cost, 150.0);
        assert!((c.asked_churn - 0.172_679_822_487).abs() < 1e-9);
        assert!((c.asked_params.retention - 0.827_320_177_513).abs() < 1e-9);
        // CLV in arrears: 500 × 0.8 / 0.3 today; 500 × r′ / (1.1 − r′) at SC′.
        assert_eq!(cents(c.today_clv), 1333.33);
        assert_eq!(cents(c.asked.clv), 1517.02);
        assert_eq!(cents(c.clv_change), 183.68);
        assert_eq!(c.curve.first().map(|p| p.churn), Some(c.free_churn));
        assert!(c.curve.windows(2).all(|w| w[1].churn <= w[0].churn));
        assert!(c.curve.last().unwrap().cost >= 150.0 * 1.25);
    }

    #[test]
    fn zero_switching_cost_leaves_competitive_churn_unchecked() {
        let p = economics(1000.0, 80.0, 10.0);
        let r = run(
            &p,
            &SwitchingInputs {
                change_pct: 100.0,
                ..nothing()
            },
        );
        assert_eq!((r.total, r.premium, r.in_periods), (0.0, 0.0, Some(0.0)));
        let c = r.churn.expect("model");
        assert!(close(c.model.free_competitive.unwrap(), 0.15));
        assert_eq!(c.asked_cost, 0.0);
        assert!(close(c.free_churn, 0.2) && close(c.asked_churn, 0.2));
        assert_eq!(c.asked_params, p);
        assert_eq!(c.clv_change, 0.0);
    }

    #[test]
    fn huge_switching_cost_stays_finite() {
        let p = economics(1000.0, 80.0, 10.0);
        let r = run(
            &p,
            &SwitchingInputs {
                setup_cost: 1e12,
                change_pct: 100.0,
                ..nothing()
            },
        );
        let c = r.churn.expect("model");
        assert_eq!(c.model.free_competitive, None);
        assert_eq!(c.free_churn, 1.0);
        assert!(close(c.model.churn(1e12), 0.2));
        assert_eq!(c.asked_churn, 0.05);
        assert!(c.asked.clv.is_finite() && c.curve.iter().all(|p| p.churn.is_finite()));
        let lowered = run(
            &p,
            &SwitchingInputs {
                setup_cost: 1e12,
                change_pct: -100.0,
                ..nothing()
            },
        );
        assert_eq!(lowered.churn.expect("model").asked_churn, 1.0);
    }

    #[test]
    fn no_competitive_churn_means_the_barrier_changes_nothing() {
        let p = economics(1000.0, 80.0, 10.0);
        let s = SwitchingInputs {
            setup_cost: 300.0,
            base_churn_pct: 20.0,
            change_pct: 50.0,
            ..nothing()
        };
        let c = run(&p, &s).churn.expect("model");
        assert_eq!(c.model.free_competitive, Some(0.0));
        // q₀ = 20 % is today's churn up to the rounding of 1 − 0.8; the curve is flat at it.
        assert!(close(c.free_churn, 0.2) && close(c.asked_churn, 0.2));
        assert!(c.curve.iter().all(|p| p.churn == c.model.today));
    }

    #[test]
    fn the_model_says_why_it_cannot_be_calibrated() {
        let none = run(
            &economics(0.0, 80.0, 10.0),
            &SwitchingInputs {
                setup_cost: 50.0,
                ..nothing()
            },
        );
        assert_eq!(none.churn, Err(NoModel::NoRevenue));
        assert_eq!((none.in_periods, none.premium_share), (None, None));
        let above = run(&economics(1000.0, 98.0, 10.0), &nothing());
        match above.churn {
            Err(NoModel::BaseAboveToday { base, today }) => {
                assert_eq!(base, 0.05);
                assert!((today - 0.02).abs() < 1e-12);
            }
            other => panic!("expected BaseAboveToday, got {other:?}"),
        }
        // Equal up to rounding in 1 − r is not above.
        let equal = run(
            &economics(1000.0, 90.0, 10.0),
            &SwitchingInputs {
                base_churn_pct: 10.0,
                ..nothing()
            },
        );
        assert!(equal.churn.is_ok());
    }

    #[test]
    fn refuses_bad_inputs_with_their_fields() {
        let p = economics(1000.0, 80.0, 10.0);
        let bad = SwitchingInputs {
            benefit_loss: -1.0,
            risk_chance_pct: 101.0,
            evaluation_hours: f64::NAN,
            ratings: [0.0, 8.0, 1.0, 7.0, 4.5],
            decision_horizon: 1.5,
            advantage_pct: 0.0,
            change_pct: -150.0,
            ..nothing()
        };
        let errors = validate(&bad, &p).expect_err("refused");
        assert_eq!(
            errors,
            vec![
                (Field::BenefitLoss, InputError::Negative),
                (Field::RiskChance, InputError::TooLarge { max: 100.0 }),
                (Field::EvaluationHours, InputError::NotFinite),
                (
                    Field::PersonalRelationship,
                    InputError::TooSmall { min: 1.0 }
                ),
                (Field::BrandRelationship, InputError::TooLarge { max: 7.0 }),
                (Field::CostChange, InputError::TooSmall { min: -100.0 }),
                (Field::DecisionHorizon, InputError::NotWhole),
                (Field::Advantage, InputError::NotPositive),
            ]
        );
        let zero_horizon = SwitchingInputs {
            decision_horizon: 0.0,
            ..nothing()
        };
        assert_eq!(
            validate(&zero_horizon, &p),
            Err(vec![(
                Field::DecisionHorizon,
                InputError::TooSmall { min: 1.0 }
            )])
        );
    }

    #[test]
    fn churn_modelled_to_zero_without_discounting_or_horizon_is_refused() {
        let p = economics(100.0, 99.0, 0.0);
        let s = SwitchingInputs {
            setup_cost: 1e12,
            base_churn_pct: 0.0,
            change_pct: 100.0,
            ..nothing()
        };
        assert_eq!(
            validate(&s, &p),
            Err(vec![(Field::CostChange, InputError::ChurnVanishes)])
        );
        assert!(validate(
            &SwitchingInputs {
                change_pct: 0.0,
                ..s
            },
            &p
        )
        .is_ok());
    }
}
