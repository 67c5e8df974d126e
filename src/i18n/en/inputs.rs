//! English: the inputs — their units and choices, and each field's label, help and
//! definition (plain words: what it means and how to read it).

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
    customers: "customers",
    customers_per_period: ByPeriod {
        month: "a month",
        year: "a year",
    },
    years: "years",
    points_per_period: ByPeriod {
        month: "points a month",
        year: "points a year",
    },
    points_per_year: "points a year",
    leads_per_period: ByPeriod {
        month: "a month",
        year: "a year",
    },
    per_month: "a month",
    hours_per_day: "hours a day",
    days_per_month: "days a month",
    seconds: "seconds",
    contacts_per_hour: "an hour",
    contacts_per_period: ByPeriod {
        month: "a month",
        year: "a year",
    },
    per_year: "a year",
    no_limit: "No limit",
    period: "Period",
    month: "Month",
    year: "Year",
    currency: "Currency",
    timing: "When customers pay",
    upfront: "Start of each period",
    arrears: "End of each period",
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
    revenue: field(
        "Revenue per customer",
        "What one customer pays you.",
        "Everything one customer pays you in a period, before any costs: contract, service, \
         parts. Lifetime value and switching costs are both measured against it.",
    ),
    margin: field(
        "Gross margin",
        "Share of revenue left after direct costs.",
        "The share of each sale left after the direct costs of delivering it: parts, materials, \
         labour on the job. 40 % means 40 of every 100 in revenue is left to cover everything \
         else.",
    ),
    serve_cost: field(
        "Cost to serve and retain",
        "Service, loyalty and account management for one customer.",
        "What keeping this customer costs you each period beyond the direct costs: service \
         visits, account management, loyalty programmes. It comes off the margin; what is left \
         is the contribution.",
    ),
    retention: field(
        "Retention",
        "Share of customers who stay each period.",
        "The share of customers still with you at the end of each period. 97 % a month means 3 \
         in 100 leave each month; retention and churn add up to 100 %.",
    ),
    churn: field(
        "Churn",
        "Share of customers who leave each period.",
        "The share of customers who leave in each period. 3 % a month means 3 in 100 leave each \
         month; churn and retention add up to 100 %.",
    ),
    discount: field(
        "Cost of money",
        "Your yearly cost of capital: money later is worth less than money now.",
        "How much less money received a year later is worth to you than money today: usually \
         your company's cost of capital, often 8–12 %. Finance calls it the discount rate; it \
         has nothing to do with price discounts.",
    ),
    cac: field(
        "Acquisition cost (CAC)",
        "Marketing and sales spend to win one customer.",
        "What it costs on average to win one new customer: marketing, sales time, demos and \
         commissions, divided by the customers won. Compare it with lifetime value.",
    ),
    horizon: field(
        "Horizon",
        "How far ahead to count. Empty or 0: no limit.",
        "A time limit on counting: only what a customer pays within this many periods counts \
         toward lifetime value. Leave it empty to count for as long as customers stay.",
    ),
    benefit_loss: field(
        "Benefit loss",
        "Points, volume discounts and perks the customer forfeits by leaving.",
        "Rewards the customer has built up with you and would give up by leaving: points, \
         volume discounts, loyalty prices, included extras. Their value in money, once.",
    ),
    monetary_loss: field(
        "Monetary loss",
        "Exit fees, unrecovered sunk investment and the new vendor's set-up charges.",
        "Money the customer would pay or write off to leave: exit fees, investment in your \
         system it cannot recover, the new supplier's set-up charges. Once, in money.",
    ),
    risk_chance: field(
        "Chance of trouble",
        "",
        "How likely it is that moving to a new supplier goes wrong: breakdowns, late \
         deliveries, poor service. Times the loss if it happens, it gives the economic risk.",
    ),
    risk_loss: field(
        "Loss if it happens",
        "",
        "What that trouble would cost the customer if it happened: lost output, repairs, \
         penalties.",
    ),
    eval_hours: field(
        "Hours",
        "",
        "Staff hours the customer would spend finding, comparing and testing alternatives \
         before switching.",
    ),
    learn_people: field(
        "People",
        "",
        "How many of the customer's people would have to learn a new product or a new \
         supplier's ways of working.",
    ),
    learn_hours: field(
        "Hours each",
        "",
        "The hours of training and getting used to it that each of those people would need.",
    ),
    hourly_cost: field(
        "Staff cost per hour",
        "The customer's cost of one hour of its people's time.",
        "What an hour of the customer's people costs it, wages and overheads included. It \
         prices the hours of evaluation and learning.",
    ),
    setup_cost: field(
        "Set-up",
        "Migration, integration and downtime of moving to a new vendor.",
        "What the move itself would cost the customer: moving data, integrating and \
         commissioning new equipment or systems, downtime while it happens.",
    ),
    personal: field(
        "Personal relationship",
        "Bonds with your people that the customer would lose.",
        "How much the customer values its ties with your people, such as the engineer who \
         knows its plant or the account manager it trusts: 1 not at all, 7 very much.",
    ),
    brand: field(
        "Brand relationship",
        "Attachment to your brand and what it stands for.",
        "How attached the customer is to your brand and what it stands for: 1 not at all, 7 \
         very much.",
    ),
    function_risk: field(
        "Product-function risk",
        "Worry that a new product will not work as well.",
        "How much the customer worries that a new product would not work as well as yours: 1 \
         no worry, 7 great worry.",
    ),
    self_image: field(
        "Self-image risk",
        "Worry that a wrong choice would reflect on the decision-maker.",
        "How much the person deciding worries that a wrong choice would reflect on them: 1 no \
         worry, 7 great worry.",
    ),
    social_image: field(
        "Social-image risk",
        "Worry about how colleagues and peers would judge the switch.",
        "How much the customer worries about what colleagues, bosses and peers would think of \
         the switch: 1 no worry, 7 great worry.",
    ),
    point_value: field(
        "Each point above 1 is worth",
        "Ratings are 1 (none) to 7 (very strong); each point above 1 costs the customer this \
         share of a year's spend.",
        "Turns the 1–7 ratings into money: each point above 1 costs the customer this share of \
         a year's spend with you. At 0.5 %, a rating of 3 adds 1 % of a year's spend.",
    ),
    decision_horizon: field(
        "Decision horizon",
        "How far ahead the customer weighs a cheaper offer.",
        "How far ahead the customer counts the savings when it weighs a cheaper offer. The \
         longer it looks, the bigger a small saving seems, so it switches more easily and your \
         room to price shrinks.",
    ),
    base_churn: field(
        "Churn no barrier stops",
        "Customers who leave whatever you do: moves, closures.",
        "Customers who leave whatever you or a competitor do: they move, close, or stop \
         needing the product. No switching cost holds them, so churn never falls below this.",
    ),
    advantage: field(
        "Typical competitor advantage",
        "A competitor's average edge in price or value, as a share of revenue.",
        "How much better a competitor's offer usually is, in price or value, as a share of what \
         the customer pays you. The bigger it is, the higher switching costs must be to hold \
         the customer.",
    ),
    cost_change: field(
        "What if switching cost changes by",
        "Positive raises the barrier, negative lowers it; -100 removes it.",
        "Try a higher or lower barrier: 25 asks what happens if leaving cost the customer a \
         quarter more, -100 what happens if leaving cost it nothing.",
    ),
    competitor_price: field(
        "Competitor's price (optional)",
        "What the customer would pay a competitor for the same, per period. Leave empty if unknown.",
        "The price a rival quotes this customer for the same product or service. Add the room \
         to price and you have the highest price the customer rationally pays you.",
    ),
    base: field(
        "Customers today",
        "How many customers you have now.",
        "Your customer base today: every customer who pays you. The business figures below start \
         from it.",
    ),
    new_customers: field(
        "New customers won (optional)",
        "Customers you win a period. Empty: just enough to hold today's base.",
        "How many new customers sales and marketing bring in each period. Left empty, Moat \
         uses the number that replaces exactly the customers you lose, so today's base holds \
         steady.",
    ),
    plan_years: field(
        "Planning horizon",
        "How many years the plan looks ahead.",
        "The years over which spending is added up (in today's money) and the customer base is \
         followed.",
    ),
    programme_cost: field(
        "Retention programme cost",
        "What the programme spends per customer.",
        "What a retention programme costs per customer each period: loyalty rewards, account \
         reviews, extra service visits, success managers.",
    ),
    programme_lift: field(
        "Retention it buys",
        "Points of retention the programme adds.",
        "How many points the programme raises retention each period: 1 turns 97 % into 98 %. \
         Each point is one customer in a hundred kept who would have left.",
    ),
    uplift: field(
        "Retention uplift to test",
        "Points of yearly retention; published claims use 5.",
        "Points of retention over a whole year, the way the published claims state it. For \
         monthly figures Moat converts it to the monthly retention that gives the same yearly \
         one, and shows the conversion.",
    ),
};
