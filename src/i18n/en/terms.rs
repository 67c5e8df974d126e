//! English: what the headline figures mean, in plain words.

use super::super::*;

pub(super) const TERMS: Terms = Terms {
    clv: "What one customer is worth to you: the contribution it brings each period, for as \
          long as it is likely to stay, in today's money. Compare it with what winning a customer \
          costs.",
    clv_net: "Lifetime value less the cost of winning the customer: what a new customer adds once \
              it has paid back its acquisition. Below 0, winning customers loses money.",
    ltv_cac: "Lifetime value divided by acquisition cost: how many times over a customer pays \
              back what it cost to win. 3 : 1 or more is usually called healthy; below 1 : 1 each \
              new customer loses money.",
    lifetime: "How long a customer stays on average, given the churn. At 3 % churn a month it is \
               about 33 months.",
    payback_simple: "How many periods of contribution it takes to earn back the acquisition cost, \
                     as if no customer left and money kept its value. A quick first look.",
    payback_discounted: "When what a new customer has brought in covers its acquisition cost, \
                         counting that some customers leave and that later money is worth less \
                         (the cost of money). Never earlier than simple payback; the one to plan \
                         with.",
    switching_cost: "What leaving you would cost this customer, once, in money: fees and lost \
                     benefits, the time and risk of moving, the relationships it would give up. \
                     The higher it is, the more a competitor must offer to win the customer.",
    in_periods: "Switching cost measured in the customer's own spend with you: 2 months means \
                 leaving costs it as much as two months of paying you.",
    room_to_price: "How much more a period the customer would rationally pay you than a \
                    competitor, over the decision horizon, rather than pay the switching cost to \
                    leave. Priced within it, switching does not pay for the customer.",
    churn_free: "The churn to expect if leaving cost the customer nothing: those no barrier \
                 stops, plus those a competitor would win over. Today's switching cost is what \
                 brings it down to today's churn.",
    cost_per_saved: "What the programme spends for each customer it keeps who would have left: \
                     its cost per customer divided by the retention it adds. 2 a month for 1 \
                     point more retention is 200 per customer saved.",
    keep_ratio: "Acquisition cost divided by the cost per customer saved: how many times more it \
                 costs to win a customer than to keep one with this programme. Above 1, keeping \
                 is cheaper.",
    retention_uplifted: "Retention a period once yearly retention is up by the points tested. \
                         Published claims speak of yearly points, so for monthly figures Moat \
                         finds the monthly retention that gives the higher yearly one.",
    steady_base: "Where the customer base settles when you win the same number of new customers \
                  every period: the base at which those won equal those lost. Better retention \
                  raises it.",
    breakeven_spend: "The most you could spend more per customer each period to get the uplift \
                      and still have a new customer worth as much as today. Above it, the \
                      uplift costs more than it brings.",
};
