//! English: the words of "Where the costs come from".
//!
//! Placeholders, in order, as the comment above each template in `messages/costs.rs` says.
//! Money comes formatted with its currency, percentages with " %", counts as numbers.
//! Published figures: Forrester, about 90 % of leads never buy; PwC (2018), 32 % of
//! customers leave after one bad experience; Forrester, 81 % of firms have service-level
//! agreements and miss them 26 % of the time.

use super::super::*;

const FIELDS: CostFields = CostFields {
    leads: field(
        "Leads",
        "Enquiries and sign-ups at the top of the funnel.",
        "Everyone who showed interest in a period: enquiries, downloads, trade-show cards, \
         sign-ups. The funnel follows them down to the few who buy.",
    ),
    to_mql: field(
        "Leads → marketing-qualified",
        "Share that marketing judges worth passing on.",
        "Of all leads, the share marketing qualifies: they fit the customer you sell to and \
         showed real interest. Marketing-qualified leads are often called MQLs.",
    ),
    to_sl: field(
        "Marketing-qualified → sales leads",
        "Share that sales accepts to work on.",
        "Of the marketing-qualified leads, the share the sales team accepts and starts to \
         work on.",
    ),
    to_sql: field(
        "Sales leads → sales-qualified",
        "Share sales confirms have a need, a budget and a buyer.",
        "Of the sales leads, the share sales confirms as real opportunities: a need, a \
         budget, someone who can decide. Often called SQLs.",
    ),
    to_customer: field(
        "Sales-qualified → customers",
        "Share of opportunities won.",
        "Of the sales-qualified leads, the share that signs: your win rate.",
    ),
    marketing_spend: field(
        "Marketing spend",
        "Campaigns, events, content and the team behind them.",
        "Everything marketing spends in a period to bring the leads in: campaigns, events, \
         content, tools and the team's pay.",
    ),
    sales_spend: field(
        "Sales spend",
        "The sales team's pay, travel and tools.",
        "Everything sales spends in a period to turn leads into customers: pay and \
         commission, travel, demonstrations, tools.",
    ),
    agent_cost: field(
        "Cost of an agent",
        "Pay, benefits, seat and tools, always a month.",
        "What one contact-centre agent costs you a month, all in: pay, benefits, seat, \
         equipment and supervision. It is a month's figure whatever period the economics use.",
    ),
    agent_hours: field(
        "Hours a day",
        "Hours each agent works a day.",
        "The hours each agent works a day. Service-level staffing also uses it for the \
         contacts a month: contacts an hour × hours a day × days a month.",
    ),
    agent_days: field(
        "Days a month",
        "Days each agent works a month.",
        "The days each agent works a month, and the days the centre is open.",
    ),
    utilisation: field(
        "Utilisation",
        "Share of working time spent handling contacts.",
        "The share of an agent's working time spent on contacts; the rest goes to breaks, \
         training, meetings and waiting for the next call. 75 % is a common assumption.",
    ),
    aht: field(
        "Handling time",
        "Average time one contact takes, in seconds.",
        "The average handling time: talking or writing, holding and the wrap-up after, for \
         one contact. 4 minutes is 240 seconds.",
    ),
    contacts_hour: field(
        "Contacts an hour",
        "Calls and messages arriving in a busy hour.",
        "How many contacts arrive in an hour. Staffing to a service level plans for this \
         rate, so use a busy hour's.",
    ),
    sl_target: field(
        "Service-level target",
        "Share of contacts answered within the time below.",
        "The share of contacts you promise to answer quickly, such as 80 % within 20 \
         seconds. The fewest agents that reach it are the agents needed.",
    ),
    sl_seconds: field(
        "Answered within",
        "The time the target allows, in seconds.",
        "The waiting time of the service-level target: 80 % answered within this many \
         seconds.",
    ),
    shrinkage: field(
        "Shrinkage",
        "Paid time agents are not available: leave, training, sickness.",
        "The share of paid time an agent is not available to take contacts: holidays, \
         sickness, training, meetings. You roster more agents than are needed to cover it.",
    ),
    public_share: field(
        "Share answered in public",
        "Contacts a public answer takes off the contact centre.",
        "The share of contacts a public channel takes: one answer on social media or a help \
         page serves everyone with the same question.",
    ),
    answer_cost: field(
        "Cost of one public answer",
        "Writing, checking and posting it.",
        "What it costs to write, check and publish one public answer.",
    ),
    answer_reach: field(
        "Customers one answer serves",
        "Everyone with the same question who reads it.",
        "How many customers one public answer serves: everyone with the same question who \
         finds it instead of calling.",
    ),
    contacts_per_customer: field(
        "Contacts per customer",
        "How often a customer gets in touch.",
        "How many times an average customer calls, writes or asks in a period.",
    ),
    other_serve_cost: field(
        "Other cost to serve",
        "Account management, visits, loyalty: beyond contacts.",
        "What serving a customer costs beyond answering contacts: account management, \
         service visits, loyalty programmes.",
    ),
    bad_experience: field(
        "Chance of a bad experience",
        "Chance a customer has a bad experience in a period.",
        "The chance that a customer has at least one bad experience with you in a period: a \
         missed visit, a long wait, a wrong answer.",
    ),
    leave_after_bad: field(
        "Leave after one bad experience",
        "PwC found 32 % (2018, a global survey).",
        "The share of customers who leave after a single bad experience. PwC's 2018 survey \
         found 32 % worldwide, even among customers who loved the brand; it varies by \
         country and industry.",
    ),
    sla_miss: field(
        "Chance of missing the service level agreement",
        "Chance a customer's service-level agreement is missed in a period.",
        "The chance, in a period, that you miss what a customer's service-level agreement \
         promises (a response or repair time) and owe its penalty. Forrester found firms \
         miss theirs 26 % of the time.",
    ),
    sla_penalty: field(
        "Penalty per miss",
        "What the agreement makes you pay or credit.",
        "What one missed service-level agreement costs you: the credit or penalty it \
         promises.",
    ),
};

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
