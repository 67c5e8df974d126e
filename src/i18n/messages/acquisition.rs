//! The words of the acquisition versus retention section (formulas.md §6).
#![deny(dead_code)]

use crate::i18n::words::words;
use crate::i18n::{ByPeriod, Tpl};

words! {
/// The acquisition versus retention section. `{n}` are filled in order; money comes
/// formatted with its currency, percentages with their sign.
#[cfg_attr(test, derive(Debug))]
pub(crate) struct Acquisition {
    pub inputs_title: &'static str,
    /// The inputs' three groups.
    pub business: &'static str,
    pub programme: &'static str,
    pub uplift_group: &'static str,
    /// Under new customers when left empty: the number used ("30 a month").
    pub steady_new: Tpl<1>,
    /// Under the uplift with monthly figures: yearly retention today → with the uplift,
    /// and the monthly retention that gives it: `{0}` → `{1}` a year, `{2}` → `{3}` a month.
    pub conversion: Tpl<4>,
    /// The same with yearly figures: `{0}` → `{1}` a year.
    pub conversion_year: Tpl<2>,
    /// Uses the barrier model's retention at the what-if switching cost: `{0}` a period.
    pub modelled: ByPeriod<Tpl<1>>,
    pub title: &'static str,
    /// The answer's three parts.
    pub holding: &'static str,
    pub keeping: &'static str,
    pub uplift: &'static str,
    pub replace_spend: &'static str,
    /// Customers lost a period × CAC: `{0}` customers × `{1}`.
    pub replace_note: ByPeriod<Tpl<2>>,
    pub serve_spend: &'static str,
    /// Today's base × cost to serve: `{0}` customers × `{1}`.
    pub serve_note: Tpl<2>,
    /// Over `{0}` years, in today's money.
    pub replace_plan: Tpl<1>,
    pub serve_plan: Tpl<1>,
    pub plan_note: &'static str,
    /// The sentence to repeat about holding the base: replace `{0}`, serve `{1}` a period.
    pub holding_story: ByPeriod<Tpl<2>>,
    pub cost_per_saved: &'static str,
    /// Verdict against CAC `{0}`.
    pub cheaper: Tpl<1>,
    pub dearer: Tpl<1>,
    pub keep_ratio: &'static str,
    /// "4.5×".
    pub times: Tpl<1>,
    /// A programme that costs nothing: keeping is free.
    pub keep_free: &'static str,
    /// Where X lies against the published bands.
    pub below_bands: &'static str,
    pub in_hbr_band: &'static str,
    pub in_both_bands: &'static str,
    pub above_bands: &'static str,
    pub avoided_spend: &'static str,
    /// Against the programme's `{0}` a period.
    pub avoided_note: ByPeriod<Tpl<1>>,
    pub programme_spend: &'static str,
    pub programme_note: &'static str,
    /// The sentence to repeat about the programme: cost per saved `{0}`, CAC `{1}`.
    pub keeping_story_cheaper: Tpl<2>,
    pub keeping_story_dearer: Tpl<2>,
    /// Retention with +`{0}` points a year.
    pub retention_uplifted: Tpl<1>,
    /// Today `{0}`.
    pub today: Tpl<1>,
    pub clv_uplifted: &'static str,
    pub clv_uplift: &'static str,
    /// Lifetime value is not positive today: no percentage.
    pub clv_no_share: &'static str,
    pub steady_base: &'static str,
    pub steady_base_uplifted: &'static str,
    /// "customers", after a count.
    pub customers: Tpl<1>,
    pub steady_profit: &'static str,
    pub steady_profit_uplifted: &'static str,
    pub profit_uplift: &'static str,
    /// Against the published claims: Bain's +25–95 % and the source article's +30 %.
    pub claims: &'static str,
    pub in_bain_band: &'static str,
    pub below_bain_band: &'static str,
    pub above_bain_band: &'static str,
    /// Not profitable today, so no percentage.
    pub not_profitable: &'static str,
    /// Retention 100 % with the uplift: nobody leaves, no steady state.
    pub no_steady_state: &'static str,
    /// What the claims include that the model leaves out.
    pub caveat: &'static str,
    pub breakeven_spend: &'static str,
    pub breakeven_note: &'static str,
    /// The sentence to repeat about the uplift: +`{0}` points a year, lifetime value
    /// `{1}`, steady-state profit `{2}`.
    pub uplift_story: Tpl<3>,
    /// The same when there is no profit share to give: points, lifetime value change.
    pub uplift_story_value: Tpl<2>,
    pub explain: &'static str,
    pub row_churn: &'static str,
    pub row_new: &'static str,
    pub row_replace: &'static str,
    pub row_serve: &'static str,
    pub row_plan: &'static str,
    pub row_saved: &'static str,
    pub row_ratio: &'static str,
    pub row_avoided: &'static str,
    pub row_annual: &'static str,
    pub row_uplifted: &'static str,
    pub row_clv: &'static str,
    pub row_base: &'static str,
    pub row_profit: &'static str,
    pub row_breakeven: &'static str,
    pub sources: &'static str,
    /// Chart 1: the base and profit over the plan.
    pub plan_chart: &'static str,
    pub plan_summary: Tpl<3>,
    pub since_today: ByPeriod<&'static str>,
    pub base_axis: &'static str,
    /// Profit a period (`{0}` the currency).
    pub profit_axis: ByPeriod<Tpl<1>>,
    pub base_today: &'static str,
    pub base_uplifted: &'static str,
    pub profit_today: &'static str,
    pub profit_uplifted: &'static str,
    /// Chart 2: value against retention.
    pub rates_chart: &'static str,
    pub rates_summary: Tpl<2>,
    pub retention_axis: ByPeriod<&'static str>,
    /// Lifetime value (`{0}` the currency).
    pub clv_axis: Tpl<1>,
    pub clv_series: &'static str,
    pub profit_series: &'static str,
    pub marker_today: &'static str,
    pub marker_uplift: &'static str,
    /// Chart 3: holding the base.
    pub holding_chart: &'static str,
    pub holding_summary: ByPeriod<Tpl<2>>,
    /// Spend a period (`{0}` the currency).
    pub spend_axis: ByPeriod<Tpl<1>>,
    pub without: &'static str,
    pub with: &'static str,
    pub acquisition_segment: &'static str,
    pub serving_segment: &'static str,
    pub programme_segment: &'static str,
}
}
