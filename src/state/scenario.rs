//! The scenario: every input of the app, as last accepted.

use super::fields::{Field, FIELDS};
use super::settings::{Setting, SETTINGS};
use crate::model::acquisition::AcquisitionInputs;
use crate::model::costs::{CostInputs, Staffing};
use crate::model::upgrade::{Depreciation, UpgradeInputs};
use crate::model::{Economics, Period, SwitchingInputs, Timing};

/// Whether the user states the rate they keep customers at, or lose them at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RateKind {
    Retention,
    Churn,
}

/// Every input, valid as a whole. Views read it; only [`super::Form`] changes it.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub period: Period,
    /// ISO 4217 code, three capital letters.
    pub currency: String,
    /// Whether the rate field holds retention or churn.
    pub rate_kind: RateKind,
    pub timing: Timing,
    /// Each setting's value, an index into its words, indexed by [`Setting`].
    pub(super) settings: [u8; SETTINGS.len()],
    /// Each field's value, in its unit as entered, indexed by [`Field`].
    pub(super) values: [f64; FIELDS.len()],
}

impl Default for Scenario {
    /// The registry's defaults: a business-software plan in USD, monthly, in arrears
    /// (the first example).
    fn default() -> Self {
        Scenario {
            period: Period::Month,
            currency: "USD".into(),
            rate_kind: RateKind::Retention,
            timing: Timing::Arrears,
            settings: SETTINGS.map(|s| s.spec().default),
            values: FIELDS.map(|f| f.spec().default),
        }
    }
}

impl Scenario {
    pub fn get(&self, field: Field) -> f64 {
        self.values[field as usize]
    }

    pub fn set(&mut self, field: Field, value: f64) {
        self.values[field as usize] = value;
    }

    /// A setting's value: an index into its words.
    pub fn setting(&self, setting: Setting) -> u8 {
        self.settings[setting as usize]
    }

    /// Whether a switch is on.
    pub fn is_on(&self, setting: Setting) -> bool {
        self.setting(setting) == 1
    }

    /// Sets a setting to `value` if it has a word for it.
    pub fn choose(&mut self, setting: Setting, value: u8) {
        if usize::from(value) < setting.spec().words.len() {
            self.settings[setting as usize] = value;
        }
    }

    /// Retention per period in percent, whichever way it was entered.
    pub fn retention_pct(&self) -> f64 {
        let rate = self.get(Field::Rate);
        match self.rate_kind {
            RateKind::Retention => rate,
            RateKind::Churn => 100.0 - rate,
        }
    }

    /// The model's view of the customer economics.
    pub fn economics(&self) -> Economics {
        Economics {
            period: self.period,
            timing: self.timing,
            revenue: self.get(Field::Revenue),
            margin_pct: self.get(Field::Margin),
            serve_cost: self.get(Field::ServeCost),
            retention_pct: self.retention_pct(),
            discount_pct: self.get(Field::Discount),
            cac: self.get(Field::Cac),
            horizon: self.get(Field::Horizon),
        }
    }

    /// The model's view of the switching costs and the barrier model.
    pub fn switching(&self) -> SwitchingInputs {
        let get = |f| self.get(f);
        SwitchingInputs {
            benefit_loss: get(Field::BenefitLoss),
            monetary_loss: get(Field::MonetaryLoss),
            risk_chance_pct: get(Field::RiskChance),
            risk_loss: get(Field::RiskLoss),
            evaluation_hours: get(Field::EvaluationHours),
            learning_people: get(Field::LearningPeople),
            learning_hours: get(Field::LearningHours),
            hourly_cost: get(Field::HourlyCost),
            setup_cost: get(Field::SetupCost),
            ratings: [
                get(Field::PersonalRelationship),
                get(Field::BrandRelationship),
                get(Field::FunctionRisk),
                get(Field::SelfImageRisk),
                get(Field::SocialImageRisk),
            ],
            point_value_pct: get(Field::PointValue),
            decision_horizon: get(Field::DecisionHorizon),
            base_churn_pct: get(Field::BaseChurn),
            advantage_pct: get(Field::Advantage),
            change_pct: get(Field::CostChange),
            competitor_price: get(Field::CompetitorPrice),
        }
    }

    /// The model's view of the business and the retention programme.
    pub fn acquisition(&self) -> AcquisitionInputs {
        AcquisitionInputs {
            base: self.get(Field::Base),
            new_customers: self.get(Field::NewCustomers),
            plan_years: self.get(Field::PlanYears),
            programme_cost: self.get(Field::ProgrammeCost),
            programme_lift_pct: self.get(Field::ProgrammeLift),
            uplift_pct: self.get(Field::Uplift),
        }
    }

    /// The model's view of the funnel, the contact centre, the channels and service quality.
    pub fn costs(&self) -> CostInputs {
        let get = |f| self.get(f);
        CostInputs {
            leads: get(Field::Leads),
            to_mql_pct: get(Field::ToMql),
            to_sl_pct: get(Field::ToSl),
            to_sql_pct: get(Field::ToSql),
            to_customer_pct: get(Field::ToCustomer),
            marketing_spend: get(Field::MarketingSpend),
            sales_spend: get(Field::SalesSpend),
            staffing: match self.setting(Setting::Staffing) {
                0 => Staffing::Utilisation,
                _ => Staffing::ServiceLevel,
            },
            agent_cost: get(Field::AgentCost),
            agent_hours: get(Field::AgentHours),
            agent_days: get(Field::AgentDays),
            utilisation_pct: get(Field::Utilisation),
            aht_seconds: get(Field::Aht),
            contacts_hour: get(Field::ContactsHour),
            sl_target_pct: get(Field::SlTarget),
            sl_seconds: get(Field::SlSeconds),
            shrinkage_pct: get(Field::Shrinkage),
            public_share_pct: get(Field::PublicShare),
            answer_cost: get(Field::AnswerCost),
            answer_reach: get(Field::AnswerReach),
            contacts_per_customer: get(Field::ContactsPerCustomer),
            other_serve_cost: get(Field::OtherServeCost),
            bad_experience_pct: get(Field::BadExperience),
            leave_after_bad_pct: get(Field::LeaveAfterBad),
            sla_miss_pct: get(Field::SlaMiss),
            sla_penalty: get(Field::SlaPenalty),
        }
    }

    /// The model's view of the installed unit and the upgrade and trade-in offers.
    pub fn upgrade(&self) -> UpgradeInputs {
        let get = |f| self.get(f);
        UpgradeInputs {
            unit_price_old: get(Field::UnitPriceOld),
            unit_age: get(Field::UnitAge),
            unit_life: get(Field::UnitLife),
            depreciation: match self.setting(Setting::Depreciation) {
                0 => Depreciation::Straight,
                _ => Depreciation::Declining,
            },
            decline_rate_pct: get(Field::DeclineRate),
            unit_price: get(Field::UnitPrice),
            unit_margin_pct: get(Field::UnitMargin),
            loyalty_pct: get(Field::Loyalty),
            upgrade_price: get(Field::UpgradePrice),
            upgrade_cost: get(Field::UpgradeCost),
            life_added: get(Field::LifeAdded),
            loyalty_upgrade_pct: get(Field::LoyaltyUpgrade),
            credit: get(Field::Credit),
            recovery: get(Field::Recovery),
            loyalty_tradein_pct: get(Field::LoyaltyTradein),
            upsell_pct: get(Field::Upsell),
            run_old: get(Field::RunOld),
            run_new: get(Field::RunNew),
            run_upgraded: get(Field::RunUpgraded),
            customer_discount_pct: get(Field::CustomerDiscount),
        }
    }
}
