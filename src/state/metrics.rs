//! The metric registry: every headline figure named once. Each figure on the page carries
//! its name in `data-metric` and its reading in `data-value` (README lists them; these
//! names are a public interface, like the link's parameters).

mod costs;

use super::results::Results;
use crate::model::acquisition::Acquisition;
use crate::model::switching::Group;
use crate::model::upgrade::Upgrade;

/// Declares the `Metric` enum, `Metric::ALL` in order and each metric's `data-metric` name,
/// from one list.
macro_rules! metrics {
    ($($metric:ident => $name:literal,)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Metric {
            $($metric,)*
        }

        impl Metric {
            pub const ALL: [Metric; [$(Metric::$metric,)*].len()] = [$(Metric::$metric,)*];

            /// The `data-metric` name.
            pub fn name(self) -> &'static str {
                match self {
                    $(Metric::$metric => $name,)*
                }
            }
        }
    };
}

metrics! {
    Clv => "clv",
    ClvSimple => "clv_simple",
    ClvNet => "clv_net",
    LtvCac => "ltv_cac",
    Lifetime => "lifetime",
    PaybackSimple => "payback_simple",
    PaybackCohort => "payback_cohort",
    SwitchingCost => "switching_cost",
    ScFinancial => "sc_financial",
    ScProcess => "sc_process",
    ScEmotional => "sc_emotional",
    SwitchingPeriods => "switching_periods",
    Premium => "premium",
    PremiumPct => "premium_pct",
    PremiumWhatif => "premium_whatif",
    MaxPrice => "max_price",
    ChurnFree => "churn_free",
    ChurnToday => "churn_today",
    ChurnWhatif => "churn_whatif",
    ClvWhatif => "clv_whatif",
    ClvChange => "clv_change",
    LifetimeWhatif => "lifetime_whatif",
    ReplaceSpend => "replace_spend",
    ServeSpend => "serve_spend",
    ReplaceSpendPlan => "replace_spend_plan",
    ServeSpendPlan => "serve_spend_plan",
    CostPerSaved => "cost_per_saved",
    KeepRatio => "keep_ratio",
    AvoidedSpend => "avoided_spend",
    ProgrammeSpend => "programme_spend",
    RetentionUplifted => "retention_uplifted",
    ClvUplifted => "clv_uplifted",
    ClvUplift => "clv_uplift",
    SteadyBase => "steady_base",
    SteadyBaseUplifted => "steady_base_uplifted",
    SteadyProfit => "steady_profit",
    SteadyProfitUplifted => "steady_profit_uplifted",
    ProfitUplift => "profit_uplift",
    BreakevenSpend => "breakeven_spend",
    FunnelCustomers => "funnel_customers",
    FunnelCac => "funnel_cac",
    CostPerLead => "cost_per_lead",
    CostPerMql => "cost_per_mql",
    CostPerSql => "cost_per_sql",
    LeadsNeverBuy => "leads_never_buy",
    ContactsPerAgentDay => "contacts_per_agent_day",
    ContactsPerAgentMonth => "contacts_per_agent_month",
    CostPerContact => "cost_per_contact",
    AgentsNeeded => "agents_needed",
    AgentsRostered => "agents_rostered",
    ServiceLevel => "service_level",
    AnswerSpeed => "answer_speed",
    Occupancy => "occupancy",
    PublicCostPerContact => "public_cost_per_contact",
    BlendedCostPerContact => "blended_cost_per_contact",
    ServeCostDerived => "serve_cost_derived",
    ChurnBad => "churn_bad",
    ValueAtStake => "value_at_stake",
    ValueAtStakeBase => "value_at_stake_base",
    SlaCost => "sla_cost",
    RenewalValue => "renewal_value",
    NpvBaseline => "npv_baseline",
    NpvUpgrade => "npv_upgrade",
    NpvTradein => "npv_tradein",
    UpgradeGain => "upgrade_gain",
    TradeinGain => "tradein_gain",
    BreakevenCredit => "breakeven_credit",
    BreakevenUpgradePrice => "breakeven_upgrade_price",
    ResidualOld => "residual_old",
    MinCredit => "min_credit",
    OutlayUpgrade => "outlay_upgrade",
    OutlayTradein => "outlay_tradein",
    EacUpgrade => "eac_upgrade",
    EacNew => "eac_new",
}

/// A metric's value: a number, or the word that stands for its absence.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reading {
    Number(f64),
    /// "none", "never" or "unlimited".
    Word(&'static str),
}

impl Reading {
    /// The `data-value` text: the unrounded number (JavaScript's `Number()` reads it back
    /// exactly) or the word.
    pub fn data_value(self) -> String {
        match self {
            Reading::Number(x) => x.to_string(),
            Reading::Word(w) => w.to_string(),
        }
    }
}

fn or_word(x: Option<f64>, word: &'static str) -> Reading {
    x.map_or(Reading::Word(word), Reading::Number)
}

impl Metric {
    /// The metric for these results; `None` when it is absent (no barrier model, no
    /// revenue for a share of it, no steady state, or no profit today to take a share of).
    pub fn read(self, r: &Results) -> Option<Reading> {
        let (c, s) = (&r.clv, &r.switching);
        let number = |x: f64| Some(Reading::Number(x));
        let churn = s.churn.as_ref().ok();
        let a = r.acquisition.as_deref().ok();
        let of = |f: fn(&Acquisition) -> Option<f64>| a.and_then(f).map(Reading::Number);
        let u = r.upgrade.as_deref().ok();
        let up = |f: fn(&Upgrade) -> Option<f64>| u.and_then(f).map(Reading::Number);
        match self {
            Metric::Clv => number(c.clv),
            Metric::ClvSimple => Some(or_word(c.simple, "unlimited")),
            Metric::ClvNet => number(c.clv_net),
            Metric::LtvCac => Some(or_word(c.ltv_cac, "none")),
            Metric::Lifetime => Some(or_word(c.lifetime, "unlimited")),
            Metric::PaybackSimple => Some(or_word(c.payback_simple, "never")),
            Metric::PaybackCohort => Some(or_word(c.payback_cohort.map(f64::from), "never")),
            Metric::SwitchingCost => number(s.total),
            Metric::ScFinancial => number(s.group(Group::Financial)),
            Metric::ScProcess => number(s.group(Group::Process)),
            Metric::ScEmotional => number(s.group(Group::Emotional)),
            Metric::SwitchingPeriods => Some(or_word(s.in_periods, "none")),
            Metric::Premium => number(s.premium),
            Metric::PremiumPct => s.premium_share.map(Reading::Number),
            Metric::PremiumWhatif => number(s.premium_whatif),
            Metric::MaxPrice => s.table.map(|t| Reading::Number(t.max_price)),
            Metric::ChurnFree => churn.map(|m| Reading::Number(m.free_churn)),
            Metric::ChurnToday => churn.map(|m| Reading::Number(m.model.today)),
            Metric::ChurnWhatif => churn.map(|m| Reading::Number(m.asked_churn)),
            Metric::ClvWhatif => churn.map(|m| Reading::Number(m.asked.clv)),
            Metric::ClvChange => churn.map(|m| Reading::Number(m.clv_change)),
            Metric::LifetimeWhatif => churn.map(|m| or_word(m.asked.lifetime, "unlimited")),
            Metric::ReplaceSpend => of(|a| Some(a.replace_spend)),
            Metric::ServeSpend => of(|a| Some(a.serve_spend)),
            Metric::ReplaceSpendPlan => of(|a| Some(a.replace_spend_plan)),
            Metric::ServeSpendPlan => of(|a| Some(a.serve_spend_plan)),
            Metric::CostPerSaved => of(|a| Some(a.cost_per_saved)),
            Metric::KeepRatio => a.map(|a| or_word(a.keep_ratio, "unlimited")),
            Metric::AvoidedSpend => of(|a| Some(a.avoided_spend)),
            Metric::ProgrammeSpend => of(|a| Some(a.programme_spend)),
            Metric::RetentionUplifted => of(|a| Some(a.retention_uplifted)),
            Metric::ClvUplifted => of(|a| Some(a.clv_uplifted)),
            Metric::ClvUplift => of(|a| a.clv_uplift),
            Metric::SteadyBase => of(|a| a.steady_base),
            Metric::SteadyBaseUplifted => of(|a| a.steady_base_uplifted),
            Metric::SteadyProfit => of(|a| a.steady_profit),
            Metric::SteadyProfitUplifted => of(|a| a.steady_profit_uplifted),
            Metric::ProfitUplift => of(|a| a.profit_uplift),
            Metric::BreakevenSpend => of(|a| Some(a.breakeven_spend)),
            Metric::RenewalValue => up(|u| Some(u.renewal_value)),
            Metric::NpvBaseline => up(|u| Some(u.npv_baseline)),
            Metric::NpvUpgrade => up(|u| Some(u.npv_upgrade)),
            Metric::NpvTradein => up(|u| Some(u.npv_tradein)),
            Metric::UpgradeGain => up(|u| Some(u.upgrade_gain)),
            Metric::TradeinGain => up(|u| Some(u.tradein_gain)),
            Metric::BreakevenCredit => up(|u| Some(u.breakeven_credit)),
            Metric::BreakevenUpgradePrice => up(|u| Some(u.breakeven_upgrade_price)),
            Metric::ResidualOld => up(|u| Some(u.residual_old)),
            Metric::MinCredit => up(|u| Some(u.min_credit)),
            Metric::OutlayUpgrade => up(|u| Some(u.outlay_upgrade)),
            Metric::OutlayTradein => up(|u| Some(u.outlay_tradein)),
            Metric::EacUpgrade => up(|u| u.eac_upgrade),
            Metric::EacNew => up(|u| Some(u.eac_new)),
            _ => costs::read(self, r),
        }
    }
}
