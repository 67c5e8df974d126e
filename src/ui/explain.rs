//! "How this is computed": the formulas in use, with the user's numbers in them.
//! Every number shown is an input or a model output; none is computed here.

use crate::format::period_noun;
use crate::format::{money, number, percent, periods};
use crate::model::{Clv, Params, Period, Timing};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExplainProps {
    pub clv: Rc<Clv>,
    pub params: Params,
    pub currency: AttrValue,
}

/// One row of a formulas table: the figure, its formula, and the user's numbers in it.
pub fn step(name: &str, formula: &str, worked: String) -> Html {
    html! {
        <tr>
            <th scope="row">{ name }</th>
            <td><code>{ formula }</code></td>
            <td>{ worked }</td>
        </tr>
    }
}

#[component]
pub fn Explain(props: &ExplainProps) -> Html {
    let (c, p) = (&*props.clv, &props.params);
    let m = |x: f64| money(x, &props.currency);
    let noun = period_noun(p.period);
    let (r, d, rho) = (
        percent(p.retention, 4),
        percent(p.discount, 4),
        number(c.rho, 6),
    );
    let pi = m(c.contribution);

    let discount = match p.period {
        Period::Year => step("Discount rate per year", "d = dₐ", d.clone()),
        Period::Month => step(
            "Discount rate per month",
            "d = (1 + dₐ)^(1/12) − 1",
            format!("(1 + {})^(1/12) − 1 = {d}", percent(p.discount_annual, 4)),
        ),
    };
    let (clv_formula, clv_worked) = match (p.horizon, p.timing) {
        (Some(n), _) if c.rho == 1.0 => ("π·N", format!("{pi} × {n}")),
        (None, Timing::Upfront) => (
            "π(1 + d) / (1 + d − r)",
            format!("{pi} × (1 + {d}) / (1 + {d} − {r})"),
        ),
        (None, Timing::Arrears) => ("π·r / (1 + d − r)", format!("{pi} × {r} / (1 + {d} − {r})")),
        (Some(n), Timing::Upfront) => (
            "π(1 − ρᴺ) / (1 − ρ)",
            format!("{pi} × (1 − {rho}^{n}) / (1 − {rho})"),
        ),
        (Some(n), Timing::Arrears) => (
            "πρ(1 − ρᴺ) / (1 − ρ)",
            format!("{pi} × {rho} × (1 − {rho}^{n}) / (1 − {rho})"),
        ),
    };
    let (life_formula, life_worked) = match (p.horizon, c.lifetime) {
        (_, None) => (
            "Σ rᵗ",
            "no churn and no horizon: customers never leave".to_string(),
        ),
        (None, Some(x)) => (
            "1 / (1 − r)",
            format!("1 / (1 − {r}) = {}", periods(x, 2, noun)),
        ),
        (Some(n), Some(x)) => (
            "Σ rᵗ, t = 0 … N − 1",
            format!("over {n} {noun}s = {}", periods(x, 2, noun)),
        ),
    };
    let first = p.timing.first_payment();
    let cohort = match c.payback_cohort {
        Some(t) => {
            let reached = c
                .timeline
                .get(t as usize)
                .map(|pt| format!(", when it reaches {}", m(pt.cumulative)));
            format!("{noun} {t}{}", reached.unwrap_or_default())
        }
        None => "never within the horizon".to_string(),
    };
    html! {
        <details class="explain" open=true>
            <summary>{ "How this is computed" }</summary>
            <p>{ format!(
                "One period is a {noun}. Contributions are {}; each is discounted to today at d per \
                 {noun} and weighted by the chance rᵗ that the customer is still there.",
                match p.timing {
                    Timing::Upfront => "collected upfront, the first at signing (t = 0)",
                    Timing::Arrears => "collected in arrears, the first one period after signing (t = 1)",
                }
            ) }</p>
            <div class="table-wrap">
            <table>
                <thead><tr><th scope="col">{ "Figure" }</th><th scope="col">{ "Formula" }</th><th scope="col">{ "With your numbers" }</th></tr></thead>
                <tbody>
                    { step("Contribution per period", "π = g·R − c",
                        format!("{} × {} − {} = {pi}", percent(p.margin, 4), m(p.revenue), m(p.serve_cost))) }
                    { discount }
                    { step("Discounted retention", "ρ = r / (1 + d)", format!("{r} / (1 + {d}) = {rho}")) }
                    { step("Customer lifetime value", clv_formula, format!("{clv_worked} = {}", m(c.clv))) }
                    { step("Expected lifetime", life_formula, life_worked) }
                    { step("Value after acquisition", "CLV − CAC", format!("{} − {} = {}", m(c.clv), m(p.cac), m(c.clv_net))) }
                    { step("LTV : CAC", "CLV / CAC", match c.ltv_cac {
                        Some(x) => format!("{} / {} = {} (3 : 1 is the usual health line)", m(c.clv), m(p.cac), number(x, 2)),
                        None => "no ratio without an acquisition cost".to_string(),
                    }) }
                    { step("Simple payback", "CAC / π", match c.payback_simple {
                        Some(x) => format!("{} / {pi} = {}", m(p.cac), periods(x, 2, noun)),
                        None => "never: contribution per period is not positive".to_string(),
                    }) }
                    { step("Cohort payback", "first t with Σ π·ρᵏ ≥ CAC",
                        format!("k = {first} … t: {cohort}")) }
                </tbody>
            </table>
            </div>
            <p class="message">{ "Sources: Gupta & Lehmann for the lifetime value closed forms; expected lifetime counts periods whatever the timing." }</p>
        </details>
    }
}
