//! English: the inputs of "Where the costs come from": label, help and definition.

use super::super::super::*;

pub(super) const FIELDS: CostFields = CostFields {
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
