//! The registry's rows: one line a field, in the order of `Field`.

use super::{spec, Convert, Field, Spec, Unit, FIELDS};
use crate::model::acquisition::{MAX_CUSTOMERS, MAX_PLAN_YEARS};
use crate::model::costs::{
    MAX_AHT_SECONDS, MAX_CONTACTS_HOUR, MAX_CONTACTS_PER_CUSTOMER, MAX_LEADS, MAX_REACH,
    MAX_SL_SECONDS, MIN_AHT_SECONDS,
};
use crate::model::economics::{MAX_DISCOUNT_PCT, MAX_HORIZON, MAX_MONEY};
use crate::model::switching::{MAX_ADVANTAGE_PCT, MAX_CHANGE_PCT, MAX_COUNT};
use crate::model::upgrade::{MAX_UNIT_YEARS, MAX_UPSELL_PCT};

const MONEY: (f64, f64) = (0.0, MAX_MONEY);
const PERCENT: (f64, f64) = (0.0, 100.0);
const COUNT: (f64, f64) = (0.0, MAX_COUNT);
const RATING: (f64, f64) = (1.0, 7.0);
const YEARS: (f64, f64) = (0.0, MAX_UNIT_YEARS);

impl Field {
    /// The field's row of the registry.
    pub fn spec(self) -> &'static Spec {
        &SPECS[self as usize]
    }
}

/// Every field's row, built once when the crate compiles: a table in the bundle, not code.
static SPECS: [Spec; FIELDS.len()] = {
    let mut specs = [row(Field::Revenue); FIELDS.len()];
    let mut i = 0;
    while i < FIELDS.len() {
        specs[i] = row(FIELDS[i]);
        i += 1;
    }
    specs
};

/// One line a field.
#[rustfmt::skip]
const fn row(field: Field) -> Spec {
        use Convert::*;
        use Unit::*;
        match field {
            Field::Revenue => spec("revenue", MoneyPerPeriod, MONEY, 120.0, Amount, |m| &m.fields.revenue),
            Field::Margin => spec("margin", Percent, PERCENT, 75.0, Fixed, |m| &m.fields.margin),
            Field::ServeCost => spec("serve_cost", MoneyPerPeriod, MONEY, 15.0, Amount, |m| &m.fields.serve_cost),
            Field::Rate => spec("retention", PercentPerPeriod, PERCENT, 97.0, Rate, |m| &m.fields.retention),
            Field::Discount => spec("discount", PercentPerYear, (0.0, MAX_DISCOUNT_PCT), 10.0, Fixed, |m| &m.fields.discount),
            Field::Cac => spec("cac", Money, MONEY, 900.0, Fixed, |m| &m.fields.cac),
            Field::Horizon => spec("horizon", Periods, (0.0, MAX_HORIZON), 0.0, Count, |m| &m.fields.horizon).whole().optional(),
            Field::BenefitLoss => spec("benefit_loss", Money, MONEY, 25.0, Fixed, |m| &m.fields.benefit_loss),
            Field::MonetaryLoss => spec("monetary_loss", Money, MONEY, 40.0, Fixed, |m| &m.fields.monetary_loss),
            Field::RiskChance => spec("risk_chance", Percent, PERCENT, 5.0, Fixed, |m| &m.fields.risk_chance),
            Field::RiskLoss => spec("risk_loss", Money, MONEY, 400.0, Fixed, |m| &m.fields.risk_loss),
            Field::EvaluationHours => spec("eval_hours", Hours, COUNT, 1.5, Fixed, |m| &m.fields.eval_hours),
            Field::LearningPeople => spec("learn_people", People, COUNT, 1.0, Fixed, |m| &m.fields.learn_people),
            Field::LearningHours => spec("learn_hours", Hours, COUNT, 1.0, Fixed, |m| &m.fields.learn_hours),
            Field::HourlyCost => spec("hourly_cost", MoneyPerHour, MONEY, 40.0, Fixed, |m| &m.fields.hourly_cost),
            Field::SetupCost => spec("setup_cost", Money, MONEY, 25.0, Fixed, |m| &m.fields.setup_cost),
            Field::PersonalRelationship => spec("personal", Rating, RATING, 3.0, Fixed, |m| &m.fields.personal),
            Field::BrandRelationship => spec("brand", Rating, RATING, 2.0, Fixed, |m| &m.fields.brand),
            Field::FunctionRisk => spec("function_risk", Rating, RATING, 2.0, Fixed, |m| &m.fields.function_risk),
            Field::SelfImageRisk => spec("self_image", Rating, RATING, 2.0, Fixed, |m| &m.fields.self_image),
            Field::SocialImageRisk => spec("social_image", Rating, RATING, 1.0, Fixed, |m| &m.fields.social_image),
            Field::PointValue => spec("point_value", PercentOfAnnualSpend, PERCENT, 0.5, Fixed, |m| &m.fields.point_value),
            Field::DecisionHorizon => spec("decision_horizon", Periods, (1.0, MAX_HORIZON), 24.0, Count, |m| &m.fields.decision_horizon).whole(),
            Field::BaseChurn => spec("base_churn", PercentPerPeriod, PERCENT, 1.0, Churn, |m| &m.fields.base_churn),
            Field::Advantage => spec("advantage", PercentOfRevenue, (0.0, MAX_ADVANTAGE_PCT), 10.0, Fixed, |m| &m.fields.advantage).above_min(),
            Field::CompetitorPrice => spec("competitor_price", MoneyPerPeriod, MONEY, 0.0, Amount, |m| &m.fields.competitor_price).optional(),
            Field::CostChange => spec("cost_change", Percent, (-100.0, MAX_CHANGE_PCT), 25.0, Fixed, |m| &m.fields.cost_change),
            Field::Base => spec("base", Customers, (0.0, MAX_CUSTOMERS), 1000.0, Fixed, |m| &m.fields.base).above_min(),
            Field::NewCustomers => spec("new_customers", CustomersPerPeriod, (0.0, MAX_CUSTOMERS), 0.0, Amount, |m| &m.fields.new_customers).optional(),
            Field::PlanYears => spec("plan_years", Years, (1.0, MAX_PLAN_YEARS), 3.0, Fixed, |m| &m.fields.plan_years).whole(),
            Field::ProgrammeCost => spec("programme_cost", MoneyPerPeriod, MONEY, 2.0, Amount, |m| &m.fields.programme_cost),
            Field::ProgrammeLift => spec("programme_lift", PointsPerPeriod, PERCENT, 1.0, Lift, |m| &m.fields.programme_lift).above_min(),
            Field::Uplift => spec("uplift", PointsPerYear, PERCENT, 5.0, Fixed, |m| &m.fields.uplift).above_min(),
            Field::Leads => spec("leads", LeadsPerPeriod, (0.0, MAX_LEADS), 2000.0, Amount, |m| &m.costs.fields.leads),
            Field::ToMql => spec("to_mql", Percent, PERCENT, 25.0, Fixed, |m| &m.costs.fields.to_mql),
            Field::ToSl => spec("to_sl", Percent, PERCENT, 40.0, Fixed, |m| &m.costs.fields.to_sl),
            Field::ToSql => spec("to_sql", Percent, PERCENT, 50.0, Fixed, |m| &m.costs.fields.to_sql),
            Field::ToCustomer => spec("to_customer", Percent, PERCENT, 20.0, Fixed, |m| &m.costs.fields.to_customer),
            Field::MarketingSpend => spec("marketing_spend", MoneyPerPeriod, MONEY, 10_000.0, Amount, |m| &m.costs.fields.marketing_spend),
            Field::SalesSpend => spec("sales_spend", MoneyPerPeriod, MONEY, 8_000.0, Amount, |m| &m.costs.fields.sales_spend),
            Field::AgentCost => spec("agent_cost", MoneyPerMonth, MONEY, 4_000.0, Fixed, |m| &m.costs.fields.agent_cost),
            Field::AgentHours => spec("agent_hours", HoursPerDay, (0.0, 24.0), 8.0, Fixed, |m| &m.costs.fields.agent_hours).above_min(),
            Field::AgentDays => spec("agent_days", DaysPerMonth, (0.0, 31.0), 22.0, Fixed, |m| &m.costs.fields.agent_days).above_min(),
            Field::Utilisation => spec("utilisation", Percent, PERCENT, 75.0, Fixed, |m| &m.costs.fields.utilisation).above_min(),
            Field::Aht => spec("aht", Seconds, (MIN_AHT_SECONDS, MAX_AHT_SECONDS), 360.0, Fixed, |m| &m.costs.fields.aht),
            Field::ContactsHour => spec("contacts_hour", ContactsPerHour, (0.0, MAX_CONTACTS_HOUR), 20.0, Fixed, |m| &m.costs.fields.contacts_hour),
            Field::SlTarget => spec("sl_target", Percent, PERCENT, 80.0, Fixed, |m| &m.costs.fields.sl_target),
            Field::SlSeconds => spec("sl_seconds", Seconds, (0.0, MAX_SL_SECONDS), 20.0, Fixed, |m| &m.costs.fields.sl_seconds),
            Field::Shrinkage => spec("shrinkage", Percent, PERCENT, 30.0, Fixed, |m| &m.costs.fields.shrinkage),
            Field::PublicShare => spec("public_share", Percent, PERCENT, 10.0, Fixed, |m| &m.costs.fields.public_share),
            Field::AnswerCost => spec("answer_cost", Money, MONEY, 40.0, Fixed, |m| &m.costs.fields.answer_cost),
            Field::AnswerReach => spec("answer_reach", Customers, (0.0, MAX_REACH), 200.0, Fixed, |m| &m.costs.fields.answer_reach).above_min(),
            Field::ContactsPerCustomer => spec("contacts_per_customer", ContactsPerPeriod, (0.0, MAX_CONTACTS_PER_CUSTOMER), 0.5, Amount, |m| &m.costs.fields.contacts_per_customer),
            Field::OtherServeCost => spec("other_serve_cost", MoneyPerPeriod, MONEY, 12.0, Amount, |m| &m.costs.fields.other_serve_cost),
            Field::BadExperience => spec("bad_experience", PercentPerPeriod, PERCENT, 2.0, Churn, |m| &m.costs.fields.bad_experience),
            Field::LeaveAfterBad => spec("leave_after_bad", Percent, PERCENT, 32.0, Fixed, |m| &m.costs.fields.leave_after_bad),
            Field::SlaMiss => spec("sla_miss", PercentPerPeriod, PERCENT, 5.0, Churn, |m| &m.costs.fields.sla_miss),
            Field::UnitPriceOld => spec("unit_price_old", Money, MONEY, 8_000.0, Fixed, |m| &m.upgrade.fields.unit_price_old),
            Field::UnitAge => spec("unit_age", Years, YEARS, 4.0, Fixed, |m| &m.upgrade.fields.unit_age).whole(),
            Field::UnitLife => spec("unit_life", Years, (1.0, MAX_UNIT_YEARS), 5.0, Fixed, |m| &m.upgrade.fields.unit_life).whole(),
            Field::DeclineRate => spec("decline_rate", PercentPerYear, PERCENT, 0.0, Fixed, |m| &m.upgrade.fields.decline_rate).optional(),
            Field::UnitPrice => spec("unit_price", Money, MONEY, 9_000.0, Fixed, |m| &m.upgrade.fields.unit_price),
            Field::UnitMargin => spec("unit_margin", Percent, PERCENT, 35.0, Fixed, |m| &m.upgrade.fields.unit_margin),
            Field::Loyalty => spec("loyalty", Percent, PERCENT, 60.0, Fixed, |m| &m.upgrade.fields.loyalty),
            Field::UpgradePrice => spec("upgrade_price", Money, MONEY, 1_500.0, Fixed, |m| &m.upgrade.fields.upgrade_price),
            Field::UpgradeCost => spec("upgrade_cost", Money, MONEY, 900.0, Fixed, |m| &m.upgrade.fields.upgrade_cost),
            Field::LifeAdded => spec("life_added", Years, YEARS, 2.0, Fixed, |m| &m.upgrade.fields.life_added).whole(),
            Field::LoyaltyUpgrade => spec("loyalty_upgrade", Percent, PERCENT, 70.0, Fixed, |m| &m.upgrade.fields.loyalty_upgrade),
            Field::Credit => spec("credit", Money, MONEY, 1_000.0, Fixed, |m| &m.upgrade.fields.credit),
            Field::Recovery => spec("recovery", Money, MONEY, 400.0, Fixed, |m| &m.upgrade.fields.recovery),
            Field::LoyaltyTradein => spec("loyalty_tradein", Percent, PERCENT, 80.0, Fixed, |m| &m.upgrade.fields.loyalty_tradein),
            Field::Upsell => spec("upsell", Percent, (0.0, MAX_UPSELL_PCT), 10.0, Fixed, |m| &m.upgrade.fields.upsell),
            Field::RunOld => spec("run_old", MoneyPerYear, MONEY, 1_200.0, Fixed, |m| &m.upgrade.fields.run_old).optional(),
            Field::RunNew => spec("run_new", MoneyPerYear, MONEY, 800.0, Fixed, |m| &m.upgrade.fields.run_new).optional(),
            Field::RunUpgraded => spec("run_upgraded", MoneyPerYear, MONEY, 1_000.0, Fixed, |m| &m.upgrade.fields.run_upgraded).optional(),
            Field::CustomerDiscount => spec("customer_discount", PercentPerYear, (0.0, MAX_DISCOUNT_PCT), 0.0, Fixed, |m| &m.upgrade.fields.customer_discount).optional(),
            Field::SlaPenalty => spec("sla_penalty", Money, MONEY, 20.0, Fixed, |m| &m.costs.fields.sla_penalty),
        }
}
