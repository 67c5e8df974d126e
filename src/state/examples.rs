//! Examples to start from: realistic cases that fill every input of every section.
//!
//! The first is the registry's defaults. Every other example gives every field a value
//! (tested), so a field added later must be given one in each.

use super::fields::Field::{self, *};
use super::scenario::{RateKind, Scenario};
use crate::model::{Period, Timing};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Example {
    /// A business-software plan (the defaults).
    Saas,
    /// An industrial compressor maker's yearly service contract, in CNY.
    Compressor,
    /// A consumer streaming subscription.
    Consumer,
    /// A distributor of industrial supplies to businesses.
    Distributor,
}

impl Example {
    pub const ALL: [Example; 4] = [
        Example::Saas,
        Example::Compressor,
        Example::Consumer,
        Example::Distributor,
    ];

    /// The example's name in `data-example` attributes.
    pub fn key(self) -> &'static str {
        match self {
            Example::Saas => "saas",
            Example::Compressor => "compressor",
            Example::Consumer => "consumer",
            Example::Distributor => "distributor",
        }
    }

    /// The currency the example is told in, if it has one of its own; the others take the
    /// currency of the language on screen.
    fn currency(self) -> Option<&'static str> {
        match self {
            Example::Compressor => Some("CNY"),
            _ => None,
        }
    }

    /// The period, the timing, and a value for every field (none for the defaults).
    #[rustfmt::skip]
    fn values(self) -> (Period, Timing, &'static [(Field, f64)]) {
        match self {
            Example::Saas => (Period::Month, Timing::Arrears, &[]),
            Example::Compressor => (Period::Year, Timing::Upfront, &[
                (Revenue, 60_000.0), (Margin, 35.0), (ServeCost, 6_000.0), (Rate, 88.0),
                (Discount, 8.0), (Cac, 45_000.0), (Horizon, 10.0),
                (BenefitLoss, 6_000.0), (MonetaryLoss, 10_000.0), (RiskChance, 10.0),
                (RiskLoss, 150_000.0), (EvaluationHours, 60.0), (LearningPeople, 3.0),
                (LearningHours, 8.0), (HourlyCost, 150.0), (SetupCost, 15_000.0),
                (PersonalRelationship, 4.0), (BrandRelationship, 3.0), (FunctionRisk, 4.0),
                (SelfImageRisk, 2.0), (SocialImageRisk, 1.0), (PointValue, 0.5),
                (DecisionHorizon, 5.0), (BaseChurn, 4.0), (Advantage, 20.0),
                (CostChange, 25.0), (CompetitorPrice, 54_000.0),
                (Base, 400.0), (NewCustomers, 0.0), (PlanYears, 5.0), (ProgrammeCost, 1_500.0),
                (ProgrammeLift, 3.0), (Uplift, 5.0),
                (Leads, 600.0), (ToMql, 30.0), (ToSl, 50.0), (ToSql, 40.0), (ToCustomer, 25.0),
                (MarketingSpend, 180_000.0), (SalesSpend, 225_000.0),
                (AgentCost, 3_000.0), (AgentHours, 8.0), (AgentDays, 30.0), (Utilisation, 75.0),
                (Aht, 240.0), (ContactsHour, 4.0), (SlTarget, 80.0), (SlSeconds, 20.0),
                (Shrinkage, 30.0), (PublicShare, 0.0), (AnswerCost, 200.0), (AnswerReach, 50.0),
                (ContactsPerCustomer, 12.0), (OtherServeCost, 5_500.0), (BadExperience, 10.0),
                (LeaveAfterBad, 32.0), (SlaMiss, 10.0), (SlaPenalty, 3_000.0),
                (UnitPriceOld, 50_000.0), (UnitAge, 8.0), (UnitLife, 10.0), (DeclineRate, 0.0),
                (UnitPrice, 60_000.0), (UnitMargin, 30.0), (Loyalty, 60.0),
                (UpgradePrice, 12_000.0), (UpgradeCost, 7_000.0), (LifeAdded, 5.0),
                (LoyaltyUpgrade, 75.0), (Credit, 8_000.0), (Recovery, 3_000.0),
                (LoyaltyTradein, 80.0), (Upsell, 10.0), (RunOld, 9_000.0), (RunNew, 6_500.0),
                (RunUpgraded, 7_500.0), (CustomerDiscount, 0.0),
            ]),
            Example::Consumer => (Period::Month, Timing::Upfront, &[
                (Revenue, 12.99), (Margin, 70.0), (ServeCost, 1.5), (Rate, 93.0),
                (Discount, 10.0), (Cac, 45.0), (Horizon, 0.0),
                (BenefitLoss, 2.0), (MonetaryLoss, 0.0), (RiskChance, 5.0), (RiskLoss, 10.0),
                (EvaluationHours, 0.25), (LearningPeople, 1.0), (LearningHours, 0.25),
                (HourlyCost, 10.0), (SetupCost, 2.0), (PersonalRelationship, 1.0),
                (BrandRelationship, 3.0), (FunctionRisk, 2.0), (SelfImageRisk, 1.0),
                (SocialImageRisk, 2.0), (PointValue, 1.0), (DecisionHorizon, 12.0),
                (BaseChurn, 2.0), (Advantage, 20.0), (CostChange, 50.0),
                (CompetitorPrice, 10.99),
                (Base, 50_000.0), (NewCustomers, 0.0), (PlanYears, 2.0), (ProgrammeCost, 0.5),
                (ProgrammeLift, 1.0), (Uplift, 5.0),
                (Leads, 40_000.0), (ToMql, 40.0), (ToSl, 100.0), (ToSql, 50.0), (ToCustomer, 25.0),
                (MarketingSpend, 70_000.0), (SalesSpend, 20_000.0),
                (AgentCost, 3_000.0), (AgentHours, 8.0), (AgentDays, 22.0), (Utilisation, 80.0),
                (Aht, 300.0), (ContactsHour, 120.0), (SlTarget, 80.0), (SlSeconds, 30.0),
                (Shrinkage, 35.0), (PublicShare, 40.0), (AnswerCost, 30.0), (AnswerReach, 2_000.0),
                (ContactsPerCustomer, 0.1), (OtherServeCost, 1.2), (BadExperience, 3.0),
                (LeaveAfterBad, 32.0), (SlaMiss, 0.0), (SlaPenalty, 0.0),
                (UnitPriceOld, 150.0), (UnitAge, 3.0), (UnitLife, 4.0), (DeclineRate, 0.0),
                (UnitPrice, 180.0), (UnitMargin, 20.0), (Loyalty, 50.0), (UpgradePrice, 40.0),
                (UpgradeCost, 25.0), (LifeAdded, 2.0), (LoyaltyUpgrade, 60.0), (Credit, 30.0),
                (Recovery, 10.0), (LoyaltyTradein, 70.0), (Upsell, 5.0), (RunOld, 30.0),
                (RunNew, 15.0), (RunUpgraded, 25.0), (CustomerDiscount, 0.0),
            ]),
            Example::Distributor => (Period::Month, Timing::Arrears, &[
                (Revenue, 8_000.0), (Margin, 18.0), (ServeCost, 250.0), (Rate, 98.0),
                (Discount, 9.0), (Cac, 3_000.0), (Horizon, 0.0),
                (BenefitLoss, 2_500.0), (MonetaryLoss, 800.0), (RiskChance, 10.0),
                (RiskLoss, 8_000.0), (EvaluationHours, 20.0), (LearningPeople, 3.0),
                (LearningHours, 2.0), (HourlyCost, 45.0), (SetupCost, 1_200.0),
                (PersonalRelationship, 5.0), (BrandRelationship, 2.0), (FunctionRisk, 3.0),
                (SelfImageRisk, 2.0), (SocialImageRisk, 1.0), (PointValue, 0.25),
                (DecisionHorizon, 24.0), (BaseChurn, 0.5), (Advantage, 5.0),
                (CostChange, 20.0), (CompetitorPrice, 7_800.0),
                (Base, 120.0), (NewCustomers, 2.0), (PlanYears, 3.0), (ProgrammeCost, 40.0),
                (ProgrammeLift, 0.5), (Uplift, 5.0),
                (Leads, 300.0), (ToMql, 30.0), (ToSl, 60.0), (ToSql, 50.0), (ToCustomer, 25.0),
                (MarketingSpend, 8_000.0), (SalesSpend, 12_000.0),
                (AgentCost, 4_500.0), (AgentHours, 8.0), (AgentDays, 21.0), (Utilisation, 70.0),
                (Aht, 420.0), (ContactsHour, 15.0), (SlTarget, 80.0), (SlSeconds, 30.0),
                (Shrinkage, 30.0), (PublicShare, 5.0), (AnswerCost, 60.0), (AnswerReach, 100.0),
                (ContactsPerCustomer, 6.0), (OtherServeCost, 200.0), (BadExperience, 4.0),
                (LeaveAfterBad, 32.0), (SlaMiss, 3.0), (SlaPenalty, 500.0),
                (UnitPriceOld, 25_000.0), (UnitAge, 6.0), (UnitLife, 8.0), (DeclineRate, 0.0),
                (UnitPrice, 28_000.0), (UnitMargin, 25.0), (Loyalty, 65.0),
                (UpgradePrice, 5_000.0), (UpgradeCost, 3_200.0), (LifeAdded, 3.0),
                (LoyaltyUpgrade, 75.0), (Credit, 3_000.0), (Recovery, 1_200.0),
                (LoyaltyTradein, 85.0), (Upsell, 8.0), (RunOld, 4_000.0), (RunNew, 2_800.0),
                (RunUpgraded, 3_300.0), (CustomerDiscount, 0.0),
            ]),
        }
    }

    /// The example as a scenario, told in `currency` unless it has its own.
    pub fn scenario(self, currency: &str) -> Scenario {
        let (period, timing, values) = self.values();
        let mut s = Scenario {
            period,
            timing,
            currency: self.currency().unwrap_or(currency).into(),
            rate_kind: RateKind::Retention,
            ..Scenario::default()
        };
        for &(field, value) in values {
            s.set(field, value);
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::fields::FIELDS;
    use crate::state::valid::validate;

    #[test]
    fn every_example_is_valid_and_gives_every_field_a_value() {
        for example in Example::ALL {
            let s = example.scenario("USD");
            assert!(validate(&s).is_ok(), "{example:?}");
            if example == Example::Saas {
                assert_eq!(s, Scenario::default());
                continue;
            }
            let (_, _, values) = example.values();
            for field in FIELDS {
                let given = values.iter().filter(|(f, _)| *f == field).count();
                assert_eq!(given, 1, "{example:?} gives {field:?} {given} values");
            }
        }
        assert_eq!(Example::Compressor.scenario("USD").currency, "CNY");
        assert_eq!(Example::Consumer.scenario("CNY").currency, "CNY");
    }
}
