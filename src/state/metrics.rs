//! The metric registry: every headline figure named once. Each figure on the page carries
//! its name in `data-metric` and its reading in `data-value` (README lists them; these
//! names are a public interface, like the link's parameters).

use super::results::Results;
use crate::model::acquisition::Acquisition;
use crate::model::switching::Group;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Metric {
    Clv,
    ClvSimple,
    ClvNet,
    LtvCac,
    Lifetime,
    PaybackSimple,
    PaybackCohort,
    SwitchingCost,
    ScFinancial,
    ScProcess,
    ScEmotional,
    SwitchingPeriods,
    Premium,
    PremiumPct,
    PremiumWhatif,
    MaxPrice,
    ChurnFree,
    ChurnToday,
    ChurnWhatif,
    ClvWhatif,
    ClvChange,
    LifetimeWhatif,
    ReplaceSpend,
    ServeSpend,
    ReplaceSpendPlan,
    ServeSpendPlan,
    CostPerSaved,
    KeepRatio,
    AvoidedSpend,
    ProgrammeSpend,
    RetentionUplifted,
    ClvUplifted,
    ClvUplift,
    SteadyBase,
    SteadyBaseUplifted,
    SteadyProfit,
    SteadyProfitUplifted,
    ProfitUplift,
    BreakevenSpend,
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
    pub const ALL: [Metric; 39] = [
        Metric::Clv,
        Metric::ClvSimple,
        Metric::ClvNet,
        Metric::LtvCac,
        Metric::Lifetime,
        Metric::PaybackSimple,
        Metric::PaybackCohort,
        Metric::SwitchingCost,
        Metric::ScFinancial,
        Metric::ScProcess,
        Metric::ScEmotional,
        Metric::SwitchingPeriods,
        Metric::Premium,
        Metric::PremiumPct,
        Metric::PremiumWhatif,
        Metric::MaxPrice,
        Metric::ChurnFree,
        Metric::ChurnToday,
        Metric::ChurnWhatif,
        Metric::ClvWhatif,
        Metric::ClvChange,
        Metric::LifetimeWhatif,
        Metric::ReplaceSpend,
        Metric::ServeSpend,
        Metric::ReplaceSpendPlan,
        Metric::ServeSpendPlan,
        Metric::CostPerSaved,
        Metric::KeepRatio,
        Metric::AvoidedSpend,
        Metric::ProgrammeSpend,
        Metric::RetentionUplifted,
        Metric::ClvUplifted,
        Metric::ClvUplift,
        Metric::SteadyBase,
        Metric::SteadyBaseUplifted,
        Metric::SteadyProfit,
        Metric::SteadyProfitUplifted,
        Metric::ProfitUplift,
        Metric::BreakevenSpend,
    ];

    /// The `data-metric` name.
    pub fn name(self) -> &'static str {
        match self {
            Metric::Clv => "clv",
            Metric::ClvSimple => "clv_simple",
            Metric::ClvNet => "clv_net",
            Metric::LtvCac => "ltv_cac",
            Metric::Lifetime => "lifetime",
            Metric::PaybackSimple => "payback_simple",
            Metric::PaybackCohort => "payback_cohort",
            Metric::SwitchingCost => "switching_cost",
            Metric::ScFinancial => "sc_financial",
            Metric::ScProcess => "sc_process",
            Metric::ScEmotional => "sc_emotional",
            Metric::SwitchingPeriods => "switching_periods",
            Metric::Premium => "premium",
            Metric::PremiumPct => "premium_pct",
            Metric::PremiumWhatif => "premium_whatif",
            Metric::MaxPrice => "max_price",
            Metric::ChurnFree => "churn_free",
            Metric::ChurnToday => "churn_today",
            Metric::ChurnWhatif => "churn_whatif",
            Metric::ClvWhatif => "clv_whatif",
            Metric::ClvChange => "clv_change",
            Metric::LifetimeWhatif => "lifetime_whatif",
            Metric::ReplaceSpend => "replace_spend",
            Metric::ServeSpend => "serve_spend",
            Metric::ReplaceSpendPlan => "replace_spend_plan",
            Metric::ServeSpendPlan => "serve_spend_plan",
            Metric::CostPerSaved => "cost_per_saved",
            Metric::KeepRatio => "keep_ratio",
            Metric::AvoidedSpend => "avoided_spend",
            Metric::ProgrammeSpend => "programme_spend",
            Metric::RetentionUplifted => "retention_uplifted",
            Metric::ClvUplifted => "clv_uplifted",
            Metric::ClvUplift => "clv_uplift",
            Metric::SteadyBase => "steady_base",
            Metric::SteadyBaseUplifted => "steady_base_uplifted",
            Metric::SteadyProfit => "steady_profit",
            Metric::SteadyProfitUplifted => "steady_profit_uplifted",
            Metric::ProfitUplift => "profit_uplift",
            Metric::BreakevenSpend => "breakeven_spend",
        }
    }

    /// The metric for these results; `None` when it is absent (no barrier model, no
    /// revenue for a share of it, no steady state, or no profit today to take a share of).
    pub fn read(self, r: &Results) -> Option<Reading> {
        let (c, s) = (&r.clv, &r.switching);
        let number = |x: f64| Some(Reading::Number(x));
        let churn = s.churn.as_ref().ok();
        let a = r.acquisition.as_deref().ok();
        let of = |f: fn(&Acquisition) -> Option<f64>| a.and_then(f).map(Reading::Number);
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
        }
    }
}
