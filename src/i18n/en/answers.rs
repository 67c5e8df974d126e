//! English: the answers (see `messages/answers.rs`).

use crate::i18n::{t, Answers, ByPeriod};

pub(super) const ANSWERS: Answers = Answers {
    summary: "Summary",
    table_title: "At the table",
    table_with: ByPeriod {
        month: t(
            "Against a competitor at {0} a month, this customer rationally pays you up to \
                  {1} a month: their price plus {2} that leaving would cost, spread over {3}.",
        ),
        year: t(
            "Against a competitor at {0} a year, this customer rationally pays you up to \
                 {1} a year: their price plus {2} that leaving would cost, spread over {3}.",
        ),
    },
    table_hint: "Enter the competitor's price for the highest price this customer accepts \
                 from you.",
    table_inside: t(" Today's {0} is inside that room, with {1} to spare."),
    table_outside: t(" Today's {0} is {1} above it: at this price, leaving pays for the customer."),
    table_whatif: ByPeriod {
        month: t("With switching cost {0} ({1}), the room would be {2} a month"),
        year: t("With switching cost {0} ({1}), the room would be {2} a year"),
    },
    table_up_to: t(", up to {0}."),
    table_end: ".",
    max_price: "Highest price they accept",
    max_price_note: t("Competitor's {0} + room {1}"),
    premium_whatif: t("Room to price if switching cost {0}"),
    premium_whatif_note: t("At a switching cost of {0}"),
    extrapolating_capped: "The model is extrapolating: at today's switching cost it puts churn \
                           if switching were free at its 100 % cap, so what-ifs lean on a \
                           small corner of the curve.",
    extrapolating_move: t(
        "The model is extrapolating: this what-if moves lifetime value by \
                           {0}, more than half. Read it as a direction, not a forecast.",
    ),
    extrapolating_check: " Check the competitor's typical advantage and the decision horizon: \
                          with a larger advantage or a longer horizon, today's switching cost \
                          holds fewer customers back and the model stretches less.",
    simple_lead: t("Most calculators would say {0} (contribution ÷ churn)."),
    simple_same: " Moat agrees here: nothing is discounted, the first payment is at signing \
                  and there is no horizon.",
    simple_why: t(" Moat's figure differs because {0}."),
    reason_discount: t("money later is worth less today ({0} a year)"),
    reason_arrears: "each period is paid at its end, only by customers still there",
    reason_horizon: t("it stops after {0}"),
    reason_join: "; ",
    payback_never: "Contribution never covers CAC.",
    cohort_never: "never",
    not_given: "Not given",
    example_mark: "example",
    example_hint: "Still the example's value: type your own.",
};
