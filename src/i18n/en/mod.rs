//! The English catalogue.

mod acquisition;
mod answers;
mod costs;
mod inputs;
mod sections;
mod terms;
mod upgrade;

use super::formulas::{formulas, Worded};
use super::*;

pub static EN: Messages = Messages {
    page: Page {
        title: "Moat — customer lifetime value and switching costs",
        description: "Customer lifetime value, LTV:CAC, payback and switching costs, computed in \
                      your browser. Nothing you enter leaves the page.",
        tagline: "What a customer is worth, and what it costs to win one.",
        footer: "Moat runs entirely in your browser: nothing you enter leaves this page.",
        nav_label: "Sections",
        language: "Language",
        language_failed: t("Moat could not switch to {0}: its words did not load. Check the \
                            connection and try again."),
        stale: "Some inputs need fixing; the results are those of the last valid inputs.",
        nav_value: "Lifetime value",
        nav_switching: "Switching costs",
        nav_barrier: "Barrier and churn",
        nav_acquisition: "Acquisition vs retention",
        nav_costs: "Where costs come from",
        nav_upgrade: "Upgrade or trade-in",
    },
    common: Common {
        figure: "Figure",
        formula: "Formula",
        worked: "With your numbers",
        dash: "–",
        never: "Never",
        unlimited: "Unlimited",
        periods: ByPeriod {
            month: Plural {
                one: t("{0} month"),
                other: t("{0} months"),
            },
            year: Plural {
                one: t("{0} year"),
                other: t("{0} years"),
            },
        },
        sentences: t("{0} {1}"),
        per_period: ByPeriod {
            month: t("{0} a month"),
            year: t("{0} a year"),
        },
        what_is: t("What is “{0}”?"),
        caution_lead: "Switching costs hold customers only once satisfaction, service quality and \
                       perceived value are adequate.",
        caution_rest: " They are not a licence for artificial barriers: earn them by being worth \
                       staying with.",
    },
    share: Share {
        link: "Share link",
        copy: "Copy share link",
        reset: "Reset",
        copied: "Link copied.",
        manual: "Copying is not allowed here: the link is selected, press Ctrl+C (⌘C on Mac) \
                 to copy it.",
    },
    announce: Announce {
        headline: t("Lifetime value {0}, LTV:CAC {1}, room to price {2}."),
        no_ratio: "none",
    },
    examples: Examples {
        menu: "Examples",
        intro: "Start from a realistic case: every input is filled in, and Undo brings yours back.",
        saas: ExampleText {
            name: "Business software subscription",
            story: "120 a month per customer, 3 % monthly churn and a 900 acquisition cost: \
                    healthy margins, but LTV:CAC below 3:1.",
        },
        compressor: ExampleText {
            name: "Industrial compressor service contract",
            story: "A compressor maker's yearly service contract in CNY: ¥60,000 a year per \
                    installed unit, paid upfront, held by integration and downtime costs.",
        },
        consumer: ExampleText {
            name: "Consumer subscription",
            story: "A streaming app at 12.99 a month: cheap to join, cheap to leave, 7 % \
                    monthly churn.",
        },
        distributor: ExampleText {
            name: "B2B distributor",
            story: "An industrial-supplies distributor: 8,000 of orders a month at thin margins, \
                    held by volume rebates, relationships and ordering integration.",
        },
    },
    notices: Notices {
        link_intro: "Some of this link could not be used:",
        dismiss: "Dismiss",
        undo: "Undo",
        reset: "The inputs were reset to the example scenario.",
        example: t("Loaded the example “{0}”: every input now holds its values."),
        converted: ByPeriod {
            month: "Switched to months: every per-period input was converted so that the \
                    business stays the same.",
            year: "Switched to years: every per-period input was converted so that the business \
                   stays the same.",
        },
        change: t("{0}: {1} → {2}"),
        rounded: t("{0} (rounded)"),
        clv_moved: ByPeriod {
            month: ByTiming {
                upfront: t(
                    "Lifetime value moves from {0} to {1} because payments are now counted \
                            once a month: paying at the start of each period, a customer now pays month by month and stops \
                            paying when it leaves, instead of paying a whole year ahead.",
                ),
                arrears: t(
                    "Lifetime value moves from {0} to {1} because payments are now counted \
                            once a month: paying at the end of each period, a customer now pays for every month it \
                            stays, at each month's end, not only for whole years.",
                ),
            },
            year: ByTiming {
                upfront: t(
                    "Lifetime value moves from {0} to {1} because payments are now counted \
                            once a year: paying at the start of each period, a customer pays for the whole year at its \
                            start, even if it leaves during it.",
                ),
                arrears: t(
                    "Lifetime value moves from {0} to {1} because payments are now counted \
                            once a year: paying at the end of each period, a customer pays for a year only if it stays \
                            the whole year, and at the year's end.",
                ),
            },
        },
        clv_same: t("Lifetime value stays at {0}."),
        clv_only: "Nothing else moves it: the business is the same.",
        clv_rounded: "The horizons marked (rounded) move it too.",
        clv_modelled: "It uses the modelled churn, so the refitted barrier model below moves it too.",
        recalibrated: ByPeriod {
            month: "The barrier model is fitted again, in months, to the converted churn, so its \
                    figures under Barrier and churn do not convert exactly.",
            year: "The barrier model is fitted again, in years, to the converted churn, so its \
                   figures under Barrier and churn do not convert exactly.",
        },
        modelled: ByPeriod {
            month: t(
                "Using the churn the barrier model gives at a switching cost of {0}: {1} a \
                      month (Barrier and churn, below). The churn entered is {2}.",
            ),
            year: t(
                "Using the churn the barrier model gives at a switching cost of {0}: {1} a \
                     year (Barrier and churn, below). The churn entered is {2}.",
            ),
        },
        modelled_rate: "This is today's rate: the barrier model is fitted to it, and lifetime \
                        value now uses the model's churn instead (Barrier and churn, below).",
    },
    errors: Errors {
        empty: "Enter a value.",
        not_a_number: "Enter a number, such as 1200 or 12.5.",
        unexpected: t(
            "A number cannot contain “{0}”. Write digits, with “.” for decimals, \
                       such as 1234.5, 60k or 6万.",
        ),
        decimal_comma: "Use “.” for decimals: 1.5, not 1,5. A comma only separates thousands, \
                        as in 1,234.",
        stray_percent: "Remove “%”: this field is not a percentage.",
        stray_currency: t("Remove “{0}”: this field is not an amount of money."),
        negative: "Must be 0 or more.",
        too_large: t("Must be at most {0}."),
        too_small: t("Must be at least {0}."),
        not_positive: "Must be above 0.",
        not_whole: "Enter a whole number.",
        unbounded: "With 100 % retention, no cost of money and no horizon, lifetime value has no \
                    limit. Set a horizon, a cost of money above 0, or retention below 100 %.",
        churn_vanishes: "At this switching cost modelled churn is 0 %, and with no cost of money \
                         and no horizon lifetime value has no limit. Set a horizon or a cost of \
                         money above 0.",
        programme_beyond_full: "Retention plus this lift passes 100 %: a programme can at most \
                                keep every customer.",
        uplift_beyond_full: "Today's retention over a year plus this uplift passes 100 %: test \
                             a smaller uplift.",
        idle_agents: "At this utilisation an agent handles next to no contacts: enter a share of \
                      working time above 0.",
        no_contacts: "Staffing to a service level needs contacts to answer: enter the contacts \
                      arriving an hour.",
        too_much_traffic: "Contacts an hour × handling time is more traffic than Moat staffs \
                           (20,000 Erlangs): enter fewer contacts or a shorter handling time.",
        full_shrinkage: "With 100 % shrinkage no agent rostered is ever available: enter less.",
        target_unreachable: "No sane staffing reaches this target (100 % is never reached while \
                             contacts arrive at random): lower it or allow more time.",
        no_reach: "A public answer must reach someone for its share of contacts to cost \
                   anything: enter the customers it serves.",
        chain_never_ends: "With 100 % loyalty and no cost of money, every unit is followed by \
                           another forever: enter a loyalty below 100 % or a cost of money.",
        credit_above_price: "The credit is more than the new unit's price: enter at most the \
                             price.",
        no_useful_life: "A unit must run at least a year: enter a useful life of 1 or more.",
    },
    link: Link {
        unreadable: "The link could not be read; the defaults are shown.",
        other_version: t(
            "v={0}: this link comes from another version of Moat; the settings \
                          this version knows were used.",
        ),
        bad_choice: t("{0}={1}: expected {2}. The default was used."),
        refused: t("{0}={1}: {2} The default was used."),
        both_rates: "Both retention and churn were given; retention was used.",
        repeated: t("{0} was given more than once; the first value, {1}, was used."),
        currency_alias: t("currency={0}: read as {1}, its ISO 4217 code."),
        unknown_currency: t(
            "currency={0}: not an ISO 4217 currency code. Did you mean {1}? The default was used.",
        ),
        expect_period: "month or year",
        expect_timing: "upfront or arrears",
        expect_currency: "an ISO 4217 currency code, such as USD, EUR or CNY",
        expect_yes_no: "yes or no",
        expect_staffing: "utilisation or service_level",
        expect_depreciation: "straight or declining",
        expect_lang: "en or zh",
    },
    units: inputs::UNITS,
    fields: inputs::FIELDS,
    terms: terms::TERMS,
    value: sections::VALUE,
    switching: sections::SWITCHING,
    barrier: sections::BARRIER,
    acquisition: acquisition::ACQUISITION,
    costs: costs::COSTS,
    upgrade: upgrade::UPGRADE,
    answers: answers::ANSWERS,
    formulas: formulas(Worded {
        cohort: "first t with Σ π·ρᵏ ≥ CAC",
        economic_risk: "chance × loss",
        evaluation: "hours × cost per hour",
        learning: "people × hours × cost per hour",
        point: "share × annual spend",
        emotional: "Σ (rating − 1) × point",
        total: "SC = financial + process + emotional",
    }),
};
