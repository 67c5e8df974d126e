//! The headline figures. Each carries `data-metric` and its unrounded `data-value`.

use crate::format;
use crate::format::period_noun;
use crate::model::{Clv, Params, Timing};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FiguresProps {
    pub clv: Rc<Clv>,
    pub params: Params,
    pub currency: AttrValue,
}

/// One figure: its name, shown text, exact value and a line of context.
pub fn figure(
    metric: &'static str,
    title: impl Into<AttrValue>,
    shown: String,
    value: String,
    note: String,
) -> Html {
    html! {
        <div class="figure">
            <dt>{ title.into() }</dt>
            <dd>
                <output data-metric={metric} data-value={value}>{ shown }</output>
                <span class="figure-note">{ note }</span>
            </dd>
        </div>
    }
}

/// The exact value for `data-value`, or the word that stands for its absence.
pub fn exact(x: Option<f64>, absent: &str) -> String {
    x.map_or_else(|| absent.to_string(), |x| x.to_string())
}

#[component]
pub fn Figures(props: &FiguresProps) -> Html {
    let c = &*props.clv;
    let p = &props.params;
    let cur = props.currency.as_str();
    let noun = period_noun(p.period);
    let timing = match p.timing {
        Timing::Upfront => "paid upfront",
        Timing::Arrears => "paid in arrears",
    };
    let horizon = match p.horizon {
        Some(n) => format::periods(f64::from(n), 0, noun),
        None => "no horizon".to_string(),
    };
    let ratio_note = match c.ltv_cac {
        Some(x) if x >= 3.0 => "At or above the 3:1 health line.",
        Some(_) => "Below the 3:1 health line.",
        None => "No acquisition cost entered.",
    };
    html! {
        <dl class="figures">
            { figure("clv", "Customer lifetime value", format::money(c.clv, cur), c.clv.to_string(),
                format!("Discounted contribution, {timing}, {horizon}.")) }
            { figure("clv_net", "Value after acquisition cost", format::money(c.clv_net, cur),
                c.clv_net.to_string(), "CLV − CAC.".to_string()) }
            { figure("ltv_cac", "LTV : CAC",
                c.ltv_cac.map_or_else(|| "–".to_string(), |x| format!("{} : 1", format::number(x, 2))),
                exact(c.ltv_cac, "none"), ratio_note.to_string()) }
            { figure("lifetime", "Expected lifetime",
                c.lifetime.map_or_else(|| "Unlimited".to_string(), |x| format::periods(x, 2, noun)),
                exact(c.lifetime, "unlimited"),
                if c.lifetime.is_some() { "Average periods a customer stays." } else { "No churn: customers never leave." }.to_string()) }
            { figure("payback_simple", "Simple payback",
                c.payback_simple.map_or_else(|| "Never".to_string(), |x| format::periods(x, 2, noun)),
                exact(c.payback_simple, "never"), "CAC ÷ contribution, ignoring churn and discounting.".to_string()) }
            { figure("payback_cohort", "Cohort payback",
                c.payback_cohort.map_or_else(|| "Never".to_string(), |t| format!("{}{} {t}",
                    noun[..1].to_uppercase(), &noun[1..])),
                exact(c.payback_cohort.map(f64::from), "never"),
                match c.payback_cohort {
                    Some(t) if t == p.timing.first_payment() => "Paid back by the first payment.".to_string(),
                    Some(_) => "When the cohort's discounted contribution covers CAC.".to_string(),
                    None => "Contribution never covers CAC within the horizon.".to_string(),
                }) }
        </dl>
    }
}
