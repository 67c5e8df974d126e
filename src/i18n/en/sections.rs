//! English: the words of each section.

use super::super::*;

pub(super) const VALUE: Value = Value {
    inputs_title: "Customer economics",
    title: "Lifetime value",
    clv: "Customer lifetime value",
    clv_note: t("In today's money, {0}, {1}."),
    paid: ByTiming {
        upfront: "paid at the start of each period",
        arrears: "paid at the end of each period",
    },
    no_horizon: "no time limit",
    clv_net: "Value after acquisition cost",
    clv_net_note: "CLV − CAC.",
    ltv_cac: "LTV : CAC",
    ratio: t("{0} : 1"),
    ratio_above: "At or above the 3:1 health line.",
    ratio_below: "Below the 3:1 health line.",
    ratio_none: "No acquisition cost entered.",
    lifetime: "Expected lifetime",
    lifetime_note: "Average periods a customer stays.",
    never_leave: "No churn: customers never leave.",
    payback_simple: "Simple payback",
    payback_simple_note: "CAC ÷ contribution, ignoring churn and the cost of money.",
    payback_cohort: "Discounted payback",
    payback_at: ByPeriod {
        month: t("Month {0}"),
        year: t("Year {0}"),
    },
    payback_first: "Paid back by the first payment.",
    payback_covers: "When a new customer's contribution, counting churn and the cost of money, \
                     covers CAC.",
    payback_never: "Contribution never covers CAC within the horizon.",
    explain: "How this is computed",
    intro: t("{0} {1} {2}"),
    intro_period: ByPeriod {
        month: "One period is a month.",
        year: "One period is a year.",
    },
    intro_timing: ByTiming {
        upfront: "Contributions are collected at the start of each period (upfront), the first at \
                  signing (t = 0).",
        arrears: "Contributions are collected at the end of each period (in arrears), the first \
                  one period after signing (t = 1).",
    },
    intro_weighting:
        "Each is discounted to today at the cost of money d a period and weighted by the chance rᵗ \
                      that the customer is still there.",
    row_contribution: "Contribution per period",
    row_discount: ByPeriod {
        month: "Cost of money per month",
        year: "Cost of money per year",
    },
    row_rho: "Discounted retention",
    row_net: "Value after acquisition",
    lifetime_forever: "no churn and no horizon: customers never leave",
    lifetime_over: t("over {0} = {1}"),
    ratio_worked: t("{0} (3 : 1 is the usual health line)"),
    ratio_worked_none: "no ratio without an acquisition cost",
    simple_never: "never: contribution per period is not positive",
    cohort_worked: t("k = {0} … t: {1}"),
    cohort_at: ByPeriod {
        month: t("month {0}, when it reaches {1}"),
        year: t("year {0}, when it reaches {1}"),
    },
    cohort_never: "never within the horizon",
    sources: "Sources: Gupta & Lehmann for the lifetime value closed forms; expected lifetime \
              counts periods whatever the timing.",
    payback_chart: "Payback of one new customer",
    since: ByPeriod {
        month: "Months since acquisition",
        year: "Years since acquisition",
    },
    cumulative_axis: t("Cumulative contribution ({0})"),
    cumulative: "Cumulative contribution",
    limit: t("Lifetime value {0}"),
    cost: t("Acquisition cost {0}"),
    pays_back: ByPeriod {
        month: t("Pays back in month {0}"),
        year: t("Pays back in year {0}"),
    },
    covers: ByPeriod {
        month: t(
            "Contribution to date, in today's money, covers the acquisition cost of {0} in \
                  month {1}.",
        ),
        year: t(
            "Contribution to date, in today's money, covers the acquisition cost of {0} in \
                 year {1}.",
        ),
    },
    never_covers: t(
        "Contribution to date, in today's money, never covers the acquisition cost of \
                     {0}.",
    ),
    reaches_by: ByPeriod {
        month: t("It reaches a lifetime value of {0} by month {1}."),
        year: t("It reaches a lifetime value of {0} by year {1}."),
    },
    tends_to: t("It tends to a lifetime value of {0}."),
    survival_chart: "Customers still active",
    survival_axis: "Customers still active (%)",
    survival: "Still a customer",
    survival_summary: t("Of 100 customers acquired today, {0} remain after {1}."),
};

pub(super) const SWITCHING: Switching = Switching {
    inputs_title: "Switching costs",
    intro: "What leaving you would cost this customer, once, in money.",
    financial: "Financial",
    process: "Process",
    emotional: "Emotional",
    benefit_loss: "Benefit loss",
    monetary_loss: "Monetary loss",
    economic_risk: "Economic risk",
    evaluation: "Evaluation",
    learning: "Learning",
    set_up: "Set-up",
    personal: "Personal relationship",
    brand: "Brand relationship",
    function_risk: "Product-function risk",
    self_image: "Self-image risk",
    social_image: "Social-image risk",
    economic_risk_note: "Chance of trouble with a new vendor × what that trouble would cost.",
    evaluation_note: "Staff hours spent finding and comparing alternatives.",
    learning_note: "People who must learn a new product × the hours each needs.",
    a_point: t("{0} a point"),
    title: "What leaving costs this customer",
    total: "Switching cost",
    total_note: "Once, per customer.",
    in_periods: ByPeriod {
        month: "In months of spend",
        year: "In years of spend",
    },
    in_periods_note: ByPeriod {
        month: "Switching cost ÷ revenue per month.",
        year: "Switching cost ÷ revenue per year.",
    },
    premium: "Room to price",
    premium_note: t("{0} of revenue, over a decision horizon of {1}."),
    premium_note_no_revenue: t("Over a decision horizon of {0}; no revenue to compare it with."),
    negotiation: ByPeriod {
        month: t(
            "A competitor must undercut you by more than {0} ({1} a month) for switching to \
                  pay within {2}. That is your room to price above them.",
        ),
        year: t(
            "A competitor must undercut you by more than {0} ({1} a year) for switching to \
                 pay within {2}. That is your room to price above them.",
        ),
    },
    no_revenue: "With no revenue entered there is no price to undercut.",
    chart: "What leaving costs, factor by factor",
    chart_axis: t("Switching cost ({0})"),
    chart_total: "Total",
    chart_summary: t(
        "A switching cost of {0} per customer: financial {1}, process {2}, \
                      emotional {3}.",
    ),
    explain: "How switching costs are computed",
    row_point: "Value of a rating point",
    row_in_periods: "In periods of spend",
    in_periods_none: "none without revenue",
    row_annuity: "Annuity factor",
    annuity_worked: ByPeriod {
        month: t("H = {0}, d = {1} a month: {2}"),
        year: t("H = {0}, d = {1} a year: {2}"),
    },
    premium_worked: ByPeriod {
        month: t("{0} / {1} = {2} a month"),
        year: t("{0} / {1} = {2} a year"),
    },
    of_revenue: t(", {0} of R"),
    note: "Ratings run from 1 (none) to 7 (very strong), so a rating of 1 costs nothing. \
           Evaluation and learning share one cost per hour. The room to price is what a customer would \
           rationally pay over a competitor's price, each period for the decision horizon, rather \
           than pay the switching cost once (Burnham, Frels & Mahajan 2003 for the factors).",
};

pub(super) const BARRIER: Barrier = Barrier {
    inputs_title: "Barrier and churn",
    no_revenue: "The barrier model needs revenue above 0: it weighs switching cost against what \
                 the customer spends.",
    base_above: ByPeriod {
        month: t(
            "Churn no barrier stops ({0} a month) is above today's churn ({1}), so the \
                  barrier model cannot explain today's churn. Lower it, or raise churn under Customer economics.",
        ),
        year: t(
            "Churn no barrier stops ({0} a year) is above today's churn ({1}), so the \
                 barrier model cannot explain today's churn. Lower it, or raise churn under Customer economics.",
        ),
    },
    use_model: "Use the modelled churn in lifetime value",
    use_model_help: "Lifetime value above then assumes the what-if switching cost, so both views \
                     tell one story.",
    title: "What the barrier does to churn",
    churn_free: "Churn if switching were free",
    churn_free_note: "No switching cost at all.",
    churn_today: "Churn today",
    churn_today_note: t("At today's switching cost of {0}."),
    churn_at: t("Churn if switching cost {0}"),
    churn_at_note: t("Switching cost {0}."),
    clv_at: t("Lifetime value if switching cost {0}"),
    clv_at_note: t("Today {0}."),
    clv_change: "Change in lifetime value",
    clv_change_note: "Per customer, against today.",
    lifetime_at: t("Expected lifetime if switching cost {0}"),
    lifetime_at_note: ByPeriod {
        month: "Average months a customer stays.",
        year: "Average years a customer stays.",
    },
    enter_change: "Enter a change in switching cost to see what a higher or lower barrier would \
                   do.",
    raise: ByPeriod {
        month: t("Raising switching cost by {0} to {1} moves churn from {2} to {3} a month"),
        year: t("Raising switching cost by {0} to {1} moves churn from {2} to {3} a year"),
    },
    lower: ByPeriod {
        month: t("Lowering switching cost by {0} to {1} moves churn from {2} to {3} a month"),
        year: t("Lowering switching cost by {0} to {1} moves churn from {2} to {3} a year"),
    },
    adds: t(", and adds {0} to each customer's lifetime value."),
    takes: t(", and takes {0} from each customer's lifetime value."),
    chart: "Churn and lifetime value against switching cost",
    chart_axis: t("Switching cost per customer ({0})"),
    churn_axis: ByPeriod {
        month: "Churn per month (%)",
        year: "Churn per year (%)",
    },
    value_axis: t("Lifetime value ({0})"),
    churn_series: ByPeriod {
        month: "Churn per month (left)",
        year: "Churn per year (left)",
    },
    value_series: "Lifetime value (right)",
    today: t("Today {0}"),
    what_if: t("What if {0}"),
    chart_summary: ByPeriod {
        month: t(
            "Churn per month is {0} with no switching cost, {1} today at {2} and {3} at {4}; \
                  lifetime value is {5} today and {6} at {4}.",
        ),
        year: t(
            "Churn per year is {0} with no switching cost, {1} today at {2} and {3} at {4}; \
                 lifetime value is {5} today and {6} at {4}.",
        ),
    },
    explain: "How the barrier model works",
    explain_intro: "A competitor offers an advantage worth a share of the customer's spend; \
                    advantages are exponentially distributed with mean μ. A customer switches \
                    when the present value of the saving over the decision horizon exceeds the \
                    switching cost SC. So churn is",
    row_scale: "Scale",
    row_calibration: "Competitive churn, fitted to today",
    too_large: "too large to show: today's switching cost is many times k",
    row_what_if: "What if",
    capped: t("q({0}) = {1}, capped at 100 %"),
    note: "q₀ is churn no barrier stops (moves, closures); q_c is the competitive churn if \
           switching were free, set so that today's switching cost gives today's churn. Lifetime \
           values use the economics above with only churn changed.",
};
