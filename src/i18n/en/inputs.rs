//! English: the inputs — their units and choices, and each field's label and help.

use super::super::*;

pub(super) const UNITS: Units = Units {
    per_period: ByPeriod {
        month: "per month",
        year: "per year",
    },
    percent: "%",
    percent_per_period: ByPeriod {
        month: "% per month",
        year: "% per year",
    },
    percent_per_year: "% a year",
    percent_of_revenue: "% of revenue",
    percent_of_annual_spend: "% of annual spend",
    periods: ByPeriod {
        month: "months",
        year: "years",
    },
    per_hour: "per hour",
    hours: "hours",
    people: "people",
    rating: "of 7",
    no_limit: "No limit",
    period: "Period",
    month: "Month",
    year: "Year",
    currency: "Currency",
    timing: "When customers pay",
    upfront: "Upfront",
    arrears: "In arrears",
    timing_help: ByTiming {
        upfront: "First contribution at signing, then at the start of each period the \
                  customer stays.",
        arrears: "First contribution one period after signing, and only if the customer \
                  stays.",
    },
    enter_churn: "Enter churn instead",
    enter_retention: "Enter retention instead",
    understood: t("= {0}"),
    sign: "±",
    sign_label: "Switch between plus and minus",
};

pub(super) const FIELDS: Fields = Fields {
    revenue: field("Revenue per customer", "What one customer pays you."),
    margin: field("Gross margin", "Share of revenue left after direct costs."),
    serve_cost: field(
        "Cost to serve and retain",
        "Service, loyalty and account management for one customer.",
    ),
    retention: field("Retention", "Share of customers who stay each period."),
    churn: field("Churn", "Share of customers who leave each period."),
    discount: field(
        "Discount rate",
        "Your cost of capital; future money is worth less.",
    ),
    cac: field(
        "Acquisition cost (CAC)",
        "Marketing and sales spend to win one customer.",
    ),
    horizon: field("Horizon", "How far ahead to count. Empty or 0: no limit."),
    benefit_loss: field(
        "Benefit loss",
        "Points, volume discounts and perks the customer forfeits by leaving.",
    ),
    monetary_loss: field(
        "Monetary loss",
        "Exit fees, unrecovered sunk investment and the new vendor's set-up charges.",
    ),
    risk_chance: field("Chance of trouble", ""),
    risk_loss: field("Loss if it happens", ""),
    eval_hours: field("Hours", ""),
    learn_people: field("People", ""),
    learn_hours: field("Hours each", ""),
    hourly_cost: field(
        "Staff cost per hour",
        "The customer's cost of one hour of its people's time.",
    ),
    setup_cost: field(
        "Set-up",
        "Migration, integration and downtime of moving to a new vendor.",
    ),
    personal: field(
        "Personal relationship",
        "Bonds with your people that the customer would lose.",
    ),
    brand: field(
        "Brand relationship",
        "Attachment to your brand and what it stands for.",
    ),
    function_risk: field(
        "Product-function risk",
        "Worry that a new product will not work as well.",
    ),
    self_image: field(
        "Self-image risk",
        "Worry that a wrong choice would reflect on the decision-maker.",
    ),
    social_image: field(
        "Social-image risk",
        "Worry about how colleagues and peers would judge the switch.",
    ),
    point_value: field(
        "Each point above 1 is worth",
        "Ratings are 1 (none) to 7 (very strong); each point above 1 costs the customer this \
         share of a year's spend.",
    ),
    decision_horizon: field(
        "Decision horizon",
        "How far ahead the customer weighs a cheaper offer.",
    ),
    base_churn: field(
        "Churn no barrier stops (q₀)",
        "Customers who leave whatever you do: moves, closures.",
    ),
    advantage: field(
        "Typical competitor advantage (μ)",
        "A competitor's average edge in price or value, as a share of revenue.",
    ),
    cost_change: field(
        "What if switching cost changes by",
        "Positive raises the barrier, negative lowers it; -100 removes it.",
    ),
    competitor_price: field(
        "Competitor's price (optional)",
        "What the customer would pay a competitor for the same, per period. Leave empty if unknown.",
    ),
};
