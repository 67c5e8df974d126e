//! The charts' words from the catalogues, as the sections give them.

use crate::charts::{barrier, breakdown, holding, payback, plan, rates, survival};
use crate::i18n::Lang;
use crate::model::switching::{Churn, FACTORS, GROUPS};
use crate::model::{Clv, Params, Period};

pub fn payback(lang: Lang, currency: &str, clv: &Clv, p: &Params) -> payback::Labels {
    let v = &lang.messages().value;
    payback::Labels {
        x_axis: v.since.get(p.period).to_string(),
        y_axis: v.cumulative_axis.fill([currency]),
        cumulative: v.cumulative.into(),
        limit: v.limit.fill([&lang.money(clv.clv, currency)]),
        cost: v.cost.fill([&lang.money(p.cac, currency)]),
        pays_back: clv
            .payback_cohort
            .map(|t| v.pays_back.get(p.period).fill([&t.to_string()])),
    }
}

pub fn survival(lang: Lang, p: &Params) -> survival::Labels {
    let v = &lang.messages().value;
    survival::Labels {
        x_axis: v.since.get(p.period).to_string(),
        y_axis: v.survival_axis.into(),
        series: v.survival.into(),
    }
}

pub fn breakdown(lang: Lang, currency: &str) -> breakdown::Labels {
    let w = &lang.messages().switching;
    breakdown::Labels {
        x_axis: w.chart_axis.fill([currency]),
        factors: FACTORS.map(|f| w.factor(f)),
        groups: GROUPS.map(|g| w.group(g)),
        total: w.chart_total.into(),
    }
}

pub fn barrier(lang: Lang, currency: &str, c: &Churn, p: &Params) -> barrier::Labels {
    let b = &lang.messages().barrier;
    barrier::Labels {
        x_axis: b.chart_axis.fill([currency]),
        churn_axis: b.churn_axis.get(p.period).to_string(),
        value_axis: b.value_axis.fill([currency]),
        churn: b.churn_series.get(p.period).to_string(),
        value: b.value_series.into(),
        today: b.today.fill([&lang.money(c.model.cost, currency)]),
        what_if: b.what_if.fill([&lang.money(c.asked_cost, currency)]),
    }
}

pub fn plan(lang: Lang, currency: &str, period: Period) -> plan::Labels {
    let m = &lang.messages().acquisition;
    plan::Labels {
        x_axis: m.since_today.get(period).to_string(),
        base_axis: m.base_axis.into(),
        profit_axis: m.profit_axis.get(period).fill([currency]),
        base_today: m.base_today.into(),
        base_uplifted: m.base_uplifted.into(),
        profit_today: m.profit_today.into(),
        profit_uplifted: m.profit_uplifted.into(),
    }
}

pub fn rates(lang: Lang, currency: &str, period: Period) -> rates::Labels {
    let m = &lang.messages().acquisition;
    rates::Labels {
        x_axis: m.retention_axis.get(period).to_string(),
        clv_axis: m.clv_axis.fill([currency]),
        profit_axis: m.profit_axis.get(period).fill([currency]),
        clv: m.clv_series.into(),
        profit: m.profit_series.into(),
        today: m.marker_today.into(),
        uplifted: m.marker_uplift.into(),
    }
}

pub fn holding(lang: Lang, currency: &str, period: Period) -> holding::Labels {
    let m = &lang.messages().acquisition;
    holding::Labels {
        x_axis: m.spend_axis.get(period).fill([currency]),
        without: m.without.into(),
        with: m.with.into(),
        acquisition: m.acquisition_segment.into(),
        serving: m.serving_segment.into(),
        programme: m.programme_segment.into(),
    }
}
