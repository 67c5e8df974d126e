//! English: the words of the acquisition versus retention section.
//!
//! Placeholders, in order, as the comment above each template says. Money comes formatted
//! with its currency, percentages with " %" (changes with their sign), counts as numbers.
//! The published bands: winning a customer costs 5–25× keeping one (HBR) and, often quoted,
//! 6–7×; 5 points more yearly retention raise profit 25–95 % (Bain) or about 30 % (the
//! article Moat is based on).

use super::super::*;

pub(super) const ACQUISITION: Acquisition = Acquisition {
    inputs_title: "Acquisition vs retention",
    business: "Customer base and plan",
    programme: "A retention programme",
    uplift_group: "A retention uplift to test",
    // {0}: the new customers a period used, with its period ("30 a month").
    steady_new: t("Left empty: {0}, just enough to replace the customers lost."),
    // {0} yearly retention today, {1} yearly retention with the uplift, {2} monthly
    // retention today, {3} monthly retention with the uplift.
    conversion: t("Yearly retention {0} → {1} is monthly retention {2} → {3}."),
    // {0} retention a year today, {1} with the uplift.
    conversion_year: t("Retention {0} → {1} a year."),
    // {0}: the retention a period the barrier model gives.
    modelled: ByPeriod {
        month: t(
            "Using the retention the barrier model gives at the what-if switching cost: \
                  {0} a month.",
        ),
        year: t(
            "Using the retention the barrier model gives at the what-if switching cost: \
                 {0} a year.",
        ),
    },
    title: "Winning customers or keeping them",
    holding: "Holding today's base",
    keeping: "Keeping a customer or winning one",
    uplift: "What more retention is worth",
    replace_spend: "Replacing lost customers",
    // {0} customers lost a period (a count), {1} the acquisition cost.
    replace_note: ByPeriod {
        month: t("{0} customers lost a month × CAC {1}."),
        year: t("{0} customers lost a year × CAC {1}."),
    },
    serve_spend: "Serving and keeping the base",
    // {0} customers today (a count), {1} the cost to serve and retain one a period.
    serve_note: t("{0} customers × {1} each to serve and keep."),
    // {0}: the plan in whole years ("3").
    replace_plan: t("{0}-year plan: acquisition"),
    // {0}: the plan in whole years ("3").
    serve_plan: t("{0}-year plan: serving"),
    plan_note: "Every period's spend, the base held at today's, in today's money.",
    // {0} acquisition spend a period, {1} serving spend a period.
    holding_story: ByPeriod {
        month: t(
            "Holding today's base costs {0} a month to replace the customers it loses, \
                  against {1} a month to serve and keep them.",
        ),
        year: t(
            "Holding today's base costs {0} a year to replace the customers it loses, \
                 against {1} a year to serve and keep them.",
        ),
    },
    cost_per_saved: "Cost per customer saved",
    // {0}: the acquisition cost (CAC).
    cheaper: t("Below the {0} it costs to win one."),
    // {0}: the acquisition cost (CAC).
    dearer: t("At or above the {0} it costs to win one."),
    keep_ratio: "Cost to win vs to keep",
    // {0}: the ratio, a number ("4.5").
    times: t("{0}×"),
    keep_free: "Free to keep",
    below_bands: "Below HBR's 5–25× and the often-quoted 6–7×.",
    in_hbr_band: "Inside HBR's 5–25×, outside the often-quoted 6–7×.",
    in_both_bands: "Inside HBR's 5–25× and the often-quoted 6–7×.",
    above_bands: "Above HBR's 5–25× and the often-quoted 6–7×.",
    avoided_spend: "Acquisition spend avoided",
    // {0}: the programme's spend a period.
    avoided_note: ByPeriod {
        month: t("Against {0} a month spent on the programme."),
        year: t("Against {0} a year spent on the programme."),
    },
    programme_spend: "Programme spend",
    programme_note: "Today's base × the programme's cost per customer.",
    // {0} cost per customer saved, {1} the acquisition cost (CAC).
    keeping_story_cheaper: t(
        "Each customer this programme keeps costs {0}, against {1} to win a new one: \
                              keeping is the cheaper way to hold the base.",
    ),
    // {0} cost per customer saved, {1} the acquisition cost (CAC).
    keeping_story_dearer: t(
        "Each customer this programme keeps costs {0}, against {1} to win a new one: \
                             it is no cheaper than winning customers.",
    ),
    // {0}: the points of yearly retention added ("5").
    retention_uplifted: t("Retention with +{0} points a year"),
    // {0}: today's figure (a rate, an amount or a count of customers).
    today: t("Today {0}."),
    clv_uplifted: "Lifetime value with the uplift",
    clv_uplift: "Change in lifetime value",
    clv_no_share: "Lifetime value today is 0 or less, so its change has no percentage.",
    steady_base: "Where the base settles",
    steady_base_uplifted: "Where it settles with the uplift",
    // {0}: a count of customers.
    customers: t("{0} customers"),
    steady_profit: "Profit once the base settles",
    steady_profit_uplifted: "Profit once settled, with uplift",
    profit_uplift: "Change in settled profit",
    claims: "Published claims: 5 more points of yearly retention raise profit 25–95 % (Bain) \
             or about 30 % (Moat's source article).",
    in_bain_band: "Inside Bain's +25–95 %.",
    below_bain_band: "Below Bain's +25–95 %.",
    above_bain_band: "Above Bain's +25–95 %.",
    not_profitable: "At today's retention the settled base makes no profit, so the change in \
                     profit has no percentage.",
    no_steady_state: "With the uplift retention reaches 100 %: nobody leaves, so the base grows \
                      without limit and never settles.",
    caveat: "Those claims also count customers who spend more the longer they stay, referrals, \
             and long-standing customers who cost less to serve; this model leaves them out.",
    breakeven_spend: "Break-even extra retention spend",
    breakeven_note: "Per customer: the most the uplift is worth spending.",
    // {0} the points of yearly retention added ("5"), {1} the change in lifetime value,
    // {2} the change in settled profit (both signed percentages).
    uplift_story: t(
        "{0} more points of yearly retention: lifetime value {1} per customer, profit {2} \
                     once the base settles.",
    ),
    // {0} the points of yearly retention added, {1} the change in lifetime value.
    uplift_story_value: t("{0} more points of yearly retention: lifetime value {1} per customer."),
    explain: "How this is computed",
    row_churn: "Churn per period",
    row_new: "New customers to hold the base",
    row_replace: "Replacing lost customers",
    row_serve: "Serving the base",
    row_plan: "Over the plan, in today's money",
    row_saved: "Cost per customer saved",
    row_ratio: "Cost to win vs to keep",
    row_avoided: "Acquisition spend avoided",
    row_annual: "Yearly retention today",
    row_uplifted: "Retention with the uplift",
    row_clv: "Change in lifetime value",
    row_base: "Where the base settles",
    row_profit: "Profit once the base settles",
    row_breakeven: "Break-even extra spend",
    sources: "Sources: Harvard Business Review (Gallo 2014) for winning a customer costing 5–25× \
              keeping one; Reichheld & Sasser and Bain & Company for 5 points of retention \
              raising profit 25–95 %; the article Moat is based on for 6–7× and about +30 %. \
              Over the plan the base is held at today's, each period's spend paid at its end.",
    plan_chart: "Customers and profit over the plan",
    // {0} the plan's last year ("3"), {1} customers then at today's retention, {2} with the
    // uplift (counts).
    plan_summary: t(
        "At the plan's end (year {0}): {1} customers at today's retention, {2} with the \
                     uplift.",
    ),
    since_today: ByPeriod {
        month: "Months from today",
        year: "Years from today",
    },
    base_axis: "Customers",
    // {0}: the currency code.
    profit_axis: ByPeriod {
        month: t("Profit per month ({0})"),
        year: t("Profit per year ({0})"),
    },
    base_today: "Customers, today (left)",
    base_uplifted: "Customers, with uplift (left)",
    profit_today: "Profit, today (right)",
    profit_uplifted: "Profit, with uplift (right)",
    rates_chart: "Lifetime value and profit against retention",
    // {0} lifetime value at today's retention, {1} with the uplift.
    rates_summary: t("Lifetime value is {0} at today's retention and {1} with the uplift."),
    retention_axis: ByPeriod {
        month: "Retention per month (%)",
        year: "Retention per year (%)",
    },
    // {0}: the currency code.
    clv_axis: t("Lifetime value ({0})"),
    clv_series: "Lifetime value (left)",
    profit_series: "Profit once settled (right)",
    marker_today: "Today",
    marker_uplift: "With the uplift",
    holding_chart: "What holding the base costs",
    // {0} spend a period without the programme (acquisition + serving), {1} with it
    // (acquisition still needed + serving + the programme).
    holding_summary: ByPeriod {
        month: t(
            "Holding the base costs {0} a month without the programme and {1} a month with \
                  it.",
        ),
        year: t("Holding the base costs {0} a year without the programme and {1} a year with it."),
    },
    // {0}: the currency code.
    spend_axis: ByPeriod {
        month: t("Spend per month ({0})"),
        year: t("Spend per year ({0})"),
    },
    without: "Without the programme",
    with: "With the programme",
    acquisition_segment: "Winning customers to replace those lost",
    serving_segment: "Serving and keeping the base",
    programme_segment: "The retention programme",
};
