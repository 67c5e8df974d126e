//! English: the words of "Upgrade or trade-in".
//!
//! Placeholders, in order, as the comment above each template in `messages/upgrade.rs` says.
//! Money comes formatted with its currency, percentages with " %". The seed's band: up-sell
//! and cross-sell add 5–25 % to revenue for little cost.

use super::super::*;

const FIELDS: UpgradeFields = UpgradeFields {
    unit_price_old: field(
        "Installed unit's price new",
        "What the customer's unit cost when it was new.",
        "What the unit the customer runs today cost when new. Its residual value, what it \
         would still fetch, follows from it, its age and the depreciation rule.",
    ),
    unit_age: field(
        "Its age",
        "Whole years since it was installed.",
        "How many whole years the installed unit has run. A unit at or past its useful life \
         is due for replacement now.",
    ),
    unit_life: field(
        "Useful life",
        "Whole years a unit runs before it is replaced.",
        "How many years a unit like this runs before the customer replaces it, old and new \
         alike. When the installed one reaches it, the customer decides where to buy the \
         next.",
    ),
    decline_rate: field(
        "Declining-balance rate",
        "Share of its value a unit loses each year.",
        "With declining balance, a unit loses this share of its remaining value every year. \
         Left empty, it is twice the straight-line rate (2 ÷ useful life), as accountants \
         usually take it.",
    ),
    unit_price: field(
        "New unit's price",
        "What the customer pays for a new unit.",
        "The price of a new unit, before any trade-in credit.",
    ),
    unit_margin: field(
        "Our margin on a new unit",
        "Share of the price left after what the unit costs us.",
        "The share of a new unit's price that is ours once the unit's own cost is paid.",
    ),
    loyalty: field(
        "Loyalty when it wears out",
        "Chance the customer buys the replacement from us.",
        "The chance that, when a unit reaches the end of its life, the customer buys its \
         replacement from us rather than a competitor.",
    ),
    upgrade_price: field(
        "Upgrade price",
        "What the customer pays for the upgrade or remanufacture.",
        "What we charge to upgrade or remanufacture the installed unit.",
    ),
    upgrade_cost: field(
        "Upgrade's cost to us",
        "Parts, labour and logistics.",
        "What doing the upgrade costs us: parts, labour, logistics.",
    ),
    life_added: field(
        "Life added",
        "Whole years the upgrade adds to the unit's life.",
        "How many more years the upgraded unit runs before it must be replaced. 0 if the \
         upgrade improves it without extending its life.",
    ),
    loyalty_upgrade: field(
        "Loyalty after an upgrade",
        "Chance they buy from us when the upgraded unit wears out.",
        "The chance the customer buys the replacement from us when the upgraded unit reaches \
         the end of its longer life: a customer we looked after is more likely to stay.",
    ),
    credit: field(
        "Trade-in credit",
        "What we allow for the old unit against a new one.",
        "The credit the customer gets for handing the old unit back when buying a new one. \
         Above the old unit's residual value it is a concession.",
    ),
    recovery: field(
        "Recovered from the old unit",
        "What we get back from it, net of handling.",
        "What the returned unit is worth to us once collected and handled: parts, \
         remanufacturing, resale or scrap.",
    ),
    loyalty_tradein: field(
        "Loyalty after a trade-in",
        "Chance they buy from us when the new unit wears out.",
        "The chance the customer buys from us again when the new unit reaches the end of its \
         life.",
    ),
    upsell: field(
        "Up-sell on service",
        "Extra service contribution after an upgrade or trade-in; 5–25 % is typical.",
        "How much more service the customer buys from us after an upgrade or a new unit: \
         up-selling and cross-selling typically add 5–25 % to revenue for little cost.",
    ),
    run_old: field(
        "Old unit's running cost",
        "Energy and maintenance a year; optional.",
        "What the installed unit costs the customer to run each year: energy and \
         maintenance. For a compressor, energy is most of its lifetime cost.",
    ),
    run_new: field(
        "New unit's running cost",
        "Energy and maintenance a year; optional.",
        "What a new unit costs the customer to run each year. Its savings are what make \
         trading in worth it to them.",
    ),
    run_upgraded: field(
        "Upgraded unit's running cost",
        "Energy and maintenance a year; optional.",
        "What the upgraded unit costs the customer to run each year.",
    ),
    customer_discount: field(
        "Customer's cost of money",
        "Their yearly rate; empty for yours.",
        "How much less the customer values money later than money now, a year. Left empty, \
         it is your own cost of money.",
    ),
};

const TERMS: UpgradeTerms = UpgradeTerms {
    renewal: "What a customer who has just bought a unit from us is worth today: our margin on \
              it, the service it brings over its life, and, each time a unit wears out, the \
              chance they buy the next from us too.",
    breakeven_credit: "Your walk-away credit: the most you can allow for the old unit and still \
                       be at least as well off as waiting for it to wear out.",
    min_credit: "The least the customer should take: what the old unit would fetch elsewhere, \
                 and enough that buying a new unit now costs them no more than running the old \
                 one to the end of its life.",
    eac: "A price turned into an even yearly cost over the years it buys, at the customer's cost \
          of money, plus the running costs: how a customer compares an upgrade lasting a few \
          years with a new unit lasting many.",
};

pub(super) const UPGRADE: Upgrade = Upgrade {
    fields: FIELDS,
    terms: TERMS,
    inputs_title: "Upgrade or trade-in",
    installed: "The installed unit",
    new_unit: "A new unit",
    upgrade_offer: "The upgrade offer",
    tradein_offer: "The trade-in offer",
    upsell_group: "After an upgrade or trade-in",
    customer_side: "The customer's side",
    depreciation: "Depreciation",
    depreciation_options: ["Straight line", "Declining balance"],
    decline_default: t("Left empty: {0} a year, twice the straight-line rate."),
    discount_default: t("Left empty: your cost of money, {0} a year."),
    past_life: "This unit is at or past its useful life: waiting means the customer replaces \
                it now.",
    service_note: ByPeriod {
        month: t(
            "Service comes from the economics: {0} contribution a month at {1} retention, \
             paid at the end of each month and over each unit's life.",
        ),
        year: t(
            "Service comes from the economics: {0} contribution a year at {1} retention, \
             paid at the end of each year and over each unit's life.",
        ),
    },
    title: "What each option is worth to us",
    best_upgrade: t("Upgrading now is worth most: {0} more than waiting."),
    best_tradein: t("Trading in now is worth most: {0} more than waiting."),
    best_baseline: "Waiting for the end of life is worth most: neither offer beats it.",
    option: "Option",
    npv: "Worth to us today",
    gain: "Against waiting",
    outlay: "Customer pays now",
    next: "Next replacement decision",
    baseline: "Wait for end of life",
    upgrade: "Upgrade now",
    tradein: "Trade in now",
    in_years: Plural {
        one: t("in {0} year"),
        other: t("in {0} years"),
    },
    now: "now",
    renewal_value: "A customer who has just bought a unit",
    renewal_note: "The sale and the service after it, and the chance of every sale after",
    walk_away: "Walk-away numbers",
    breakeven_credit: "Largest credit you can give",
    credit_story: t("You can credit up to {0} and still do better than waiting."),
    no_credit_pays: t("No credit makes trading in pay: even with none it is {0} below waiting."),
    breakeven_upgrade_price: "Lowest upgrade price",
    price_story: t("You can price the upgrade down to {0} and still do better than waiting."),
    residual_old: "Old unit's residual value",
    concession: t("The {0} offered is above it: {1} of it is a concession."),
    within_residual: "The credit offered is within what the old unit is worth.",
    min_credit: "Smallest credit the customer accepts",
    min_credit_note: "At least its residual value, and enough that buying now costs them no \
                      more than keeping the old unit",
    zone: t("Any credit from {0} to {1} works for both."),
    offered_low: t("The {0} offered is too little for the customer."),
    offered_in: t("The {0} offered works for both."),
    offered_high: t("The {0} offered leaves you worse off than waiting."),
    no_zone: t(
        "No credit works for both: the customer needs at least {0}, and you can give at most \
         {1}.",
    ),
    what_would_change: "What would change that: a new unit that costs less to run, more \
                        loyalty or up-sell after the trade-in, more recovered from the old \
                        unit, or a better margin on the new one.",
    eac_title: "The upgrade against a new unit, as the customer sees it",
    eac_upgrade: "Upgrade, a year",
    eac_new: "New unit, a year",
    eac_note: t("At their {0} a year: the price spread over the life, plus running costs"),
    no_life_added: "The upgrade adds no life, so it has no yearly cost to set against a new \
                    unit.",
    eac_upgrade_cheaper: "The upgrade costs the customer less a year than a new unit.",
    eac_new_cheaper: "A new unit costs the customer less a year than the upgrade.",
    cashflow_chart: "Our value year by year, in today's money",
    cashflow_summary: t(
        "Worth to us today: waiting {0}, upgrading {1}, trading in {2}; the lines climb as \
         service is paid and renewals are won.",
    ),
    years_axis: "Years from now",
    value_axis: t("Cumulative value ({0})"),
    credit_chart: "Where the credit can fall",
    credit_axis: t("Trade-in credit ({0})"),
    zone_band: "Works for both",
    gap_band: "No credit works for both",
    min_marker: t("Customer's minimum {0}"),
    max_marker: t("Our maximum {0}"),
    residual_marker: t("Residual value {0}"),
    offered_marker: t("Offered {0}"),
    explain: "How this is computed",
    row_renewal: "A customer who has just bought",
    row_remaining: "Years left on the installed unit",
    row_baseline: "Wait for end of life",
    row_upgrade: "Upgrade now",
    row_tradein: "Trade in now",
    row_credit: "Largest credit",
    row_price: "Lowest upgrade price",
    row_residual: "Residual value",
    row_keep: "Customer: keeping the old unit",
    row_trade: "Customer: trading in",
    row_min: "Customer's minimum credit",
    row_eac: "Yearly cost: upgrade against new",
    assumptions: "Service is counted at the end of each period and over each unit's life, \
                  whatever timing and horizon the economics use; each replacement starts the \
                  service afresh, and the chance of winning it follows every unit after.",
};
