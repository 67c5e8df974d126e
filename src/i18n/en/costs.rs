//! English: the words of "Where the costs come from".
//!
//! Placeholders, in order, as the comment above each template in `messages/costs.rs` says.
//! Money comes formatted with its currency, percentages with " %", counts as numbers.
//! Published figures: Forrester, about 90 % of leads never buy; PwC (2018), 32 % of
//! customers leave after one bad experience; Forrester, 81 % of firms have service-level
//! agreements and miss them 26 % of the time.

use super::super::*;
use fields::FIELDS;

mod fields;

const TERMS: CostTerms = CostTerms {
    funnel_cac: "What winning one customer costs when it comes from your own funnel: everything \
                 marketing and sales spend in a period, divided by the customers the funnel \
                 wins in it.",
    service_level: "The share of contacts answered within the time your target allows, such \
                    as 80 % within 20 seconds. Contacts arrive at random, so even a centre \
                    with spare agents keeps some waiting.",
    answer_speed: "How long a contact waits, on average, before an agent answers, counting \
                   those answered at once.",
    occupancy: "The share of the agents' time on duty spent handling contacts. Near 100 % \
                agents have no breathing space and queues grow quickly.",
    rostered: "The agents to put on the rota so that, after holidays, sickness, training and \
               meetings, enough are on duty to meet the target.",
    blended: "What one contact costs on average once some are answered in public: the \
              contact centre's cost and the public channel's, weighted by their shares.",
    at_stake: "The lifetime value you lose per customer when bad service adds to churn: what a \
               customer is worth today less what they would be worth with the extra churn.",
};

pub(super) const COSTS: Costs = Costs {
    fields: FIELDS,
    terms: TERMS,
    title: "Where the costs come from",
    intro: "Derive the acquisition cost from your leads funnel and the cost to serve from your \
            contact centre and public channels, then let every view use them.",
    funnel_title: "Leads funnel",
    use_funnel: "CAC comes from the funnel",
    use_funnel_help: "Every view then uses the funnel's CAC instead of the one entered.",
    funnel_customers: "Customers won",
    customers_per: ByPeriod {
        month: t("{0} a month"),
        year: t("{0} a year"),
    },
    funnel_cac: "CAC from the funnel",
    entered: t("Entered: {0}"),
    none_won: "None won: no CAC",
    cost_per_lead: "Cost per lead",
    cost_per_mql: "Cost per marketing-qualified lead",
    cost_per_sql: "Cost per sales-qualified lead",
    per_lead_note: "Marketing spend ÷ leads",
    per_mql_note: "Marketing spend ÷ marketing-qualified leads",
    per_sql_note: "Marketing and sales spend ÷ sales-qualified leads",
    leads_never_buy: "Leads that never buy",
    never_buy_note: "Forrester puts it at about 90 %.",
    funnel_story: ByPeriod {
        month: t("Of {0} leads a month, {1} become customers, each won for {2}."),
        year: t("Of {0} leads a year, {1} become customers, each won for {2}."),
    },
    funnel_story_none: ByPeriod {
        month: t("Of {0} leads a month, none become customers."),
        year: t("Of {0} leads a year, none become customers."),
    },
    stages: [
        "Leads",
        "Marketing-qualified",
        "Sales leads",
        "Sales-qualified",
        "Customers",
    ],
    stage: "Stage",
    count: "Count",
    lost: "Lost on the way here",
    lost_share: "Share of all leads",
    funnel_chart: "Where leads leak",
    funnel_summary: t("{0} leads become {1} customers; most are lost before {2}."),
    leads_axis: ByPeriod {
        month: "Leads a month",
        year: "Leads a year",
    },
    kept_series: "Still in the funnel",
    lost_series: "Lost at this step",
    cac_fed: "From the leads funnel (Where the costs come from). Switch it off there to enter \
              your own.",
    cac_none_won: "The leads funnel wins no customers, so the CAC entered stays in use.",
    cac_too_large: "The funnel's CAC is beyond what this field takes, so the CAC entered stays \
                    in use.",
    serve_fed: "From the contact centre and channels (Where the costs come from). Switch it \
                off there to enter your own.",
    serve_too_large: "The channels' serving cost is beyond what this field takes, so the cost \
                      entered stays in use.",
    serving_title: "Serving customers",
    staffing: "Cost the contact centre by",
    staffing_options: ["Assumed utilisation", "Staffing to a service level"],
    centre: "Contact centre",
    public: "Public channel",
    per_customer: "Per customer",
    use_channels: "Serving cost comes from the channels",
    use_channels_help: "Every view then uses this serving cost per customer instead of the \
                        one entered.",
    contacts_per_agent_day: "Contacts per agent a day",
    contacts_per_agent_month: "Contacts per agent a month",
    cost_per_contact: "Cost per contact, contact centre",
    per_contact_note: t("{0} a month over {1} contacts"),
    level_contact_note: t("{0} agents rostered × {1} a month over {2} contacts"),
    agents_needed: "Agents needed",
    target_note: t("To answer {0} within {1} seconds"),
    agents_rostered: "Agents to roster",
    rostered_note: t("With {0} shrinkage"),
    service_level: "Service level reached",
    answer_speed: "Average speed of answer",
    seconds: t("{0} s"),
    occupancy: "Occupancy",
    traffic_note: t("Traffic: {0} Erlangs"),
    public_cost_per_contact: "Cost per contact, public channel",
    public_note: t("{0} an answer over {1} customers"),
    blended_cost_per_contact: "Blended cost per contact",
    blended_note: t("{0} through the public channel"),
    serve_cost_derived: "Serving cost per customer",
    serving_story: ByPeriod {
        month: t("Serving a customer costs {0} a month: {1} a contact."),
        year: t("Serving a customer costs {0} a year: {1} a contact."),
    },
    staffing_chart: "Service level and cost per contact by agents on duty",
    staffing_summary: t("{0} agents reach {1} at {2} a contact."),
    agents_axis: "Agents on duty",
    level_axis: "Service level",
    contact_axis: t("Cost per contact ({0})"),
    level_series: "Service level",
    contact_series: "Cost per contact",
    target_marker: t("Target {0}"),
    chosen_marker: t("{0} agents: {1}"),
    microblog_title: "A worked case: a microblog",
    microblog: [
        "A brand with 50,000 real followers posts; about a tenth reply to each post, so \
         5,000 replies.",
        "30 % of them need handling: 1,500 — 20 % purchase, usage or special requests, and \
         10 % complaints.",
        "At 10 posts a day that is 15,000 items a day. Answered one by one, each is a \
         contact; answered once in public, one answer serves everyone who asked the same.",
    ],
    quality_title: "What bad service costs",
    churn_bad: "Extra churn from bad service",
    churn_bad_note: "Chance of a bad experience × share who leave after one",
    value_at_stake: "Lifetime value at stake per customer",
    at_stake_note: t("Lifetime value at {0} retention against {1}"),
    value_at_stake_base: "At stake for today's base",
    base_note: t("× {0} customers today"),
    sla_cost: "Expected penalties per customer",
    sla_in_serve: "Part of the serving cost the channels give.",
    sla_not_in_serve: "Becomes part of the serving cost when the channels drive it.",
    pwc_note: "PwC (2018): 32 % of customers leave after one bad experience. A global survey \
               figure; it varies by country and industry.",
    forrester_sla: "Forrester: 81 % of firms have service-level agreements and miss them 26 % \
                    of the time.",
    quality_story: t(
        "A {0} chance of a bad experience costs {1} of lifetime value per customer, {2} for \
         today's base.",
    ),
    explain: "How this is computed",
    row_customers: "Customers won",
    row_cac: "CAC",
    row_never: "Leads that never buy",
    row_per_day: "Contacts per agent a day",
    row_per_month: "Contacts per agent a month",
    row_per_contact: "Cost per contact",
    row_traffic: "Traffic",
    row_erlang: "Chance a contact waits (Erlang C)",
    row_level: "Service level",
    row_speed: "Average speed of answer",
    row_rostered: "Agents to roster",
    row_public: "Public channel",
    row_blend: "Blended cost per contact",
    row_serve: "Serving cost per customer",
    row_churn_bad: "Extra churn",
    row_at_stake: "Value at stake",
    row_sla: "Expected penalties",
    erlang_note: "Computed from the Erlang B recurrence, one agent at a time, never with \
                  factorials, so it stays exact with hundreds of agents.",
};
