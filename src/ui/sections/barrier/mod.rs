//! Barrier and churn (formulas.md §4): the calibrated model beside what a higher or lower
//! switching cost would do to churn and lifetime value.

mod charts;
pub mod inputs;
pub mod results;

use crate::model::switching::NoModel;
use crate::ui::store::Say;

/// Why the model is off, in words.
fn no_model(say: &Say, why: NoModel) -> String {
    let b = &say.m.barrier;
    match why {
        NoModel::NoRevenue => b.no_revenue.into(),
        NoModel::BaseAboveToday { base, today } => b
            .base_above
            .get(say.period)
            .fill([&say.percent(base, 2), &say.percent(today, 2)]),
    }
}
