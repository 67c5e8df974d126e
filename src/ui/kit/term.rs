//! A term's meaning a tap away: a small button beside a label or heading that shows a
//! sentence or two of plain words below it, and hides them again.
//!
//! The button is a 44 × 44 CSS px touch target (the visible mark is smaller), is named
//! "What is “Gross margin”?" for assistive technology, says whether the definition is open
//! (`aria-expanded`), and works from the keyboard (Enter or Space toggles, Escape closes).
//! The definition follows the button in the document, so a flex row that wraps puts it on a
//! line of its own (`.term-define` in the stylesheet).

use crate::i18n::Messages;
use crate::state::Metric;
use crate::ui::store::use_session;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TermProps {
    /// The definition's element id, unique on the page.
    pub id: AttrValue,
    /// The button's accessible name: "What is “Gross margin”?".
    pub ask: AttrValue,
    /// What the term means, in plain words.
    pub define: &'static str,
}

/// The button and, when open, the definition below it.
#[component]
pub fn Term(props: &TermProps) -> Html {
    let open = use_state_eq(|| false);
    let onclick = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let onkeydown = {
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && *open {
                e.prevent_default();
                open.set(false);
            }
        })
    };
    html! { <>
        <button type="button" class="term" aria-label={props.ask.clone()}
            aria-expanded={open.to_string()} aria-controls={props.id.clone()}
            data-term={props.id.clone()} {onclick} {onkeydown}>
            <span class="term-mark" aria-hidden="true"></span>
        </button>
        <p class="term-define" id={props.id.clone()} hidden={!*open}>{ props.define }</p>
    </> }
}

/// The term button for `name` (a label or heading as shown), defined by `define`, its
/// definition's element id `id`.
pub fn term(m: &Messages, id: String, name: &str, define: &'static str) -> Html {
    html! { <Term id={id} ask={m.common.what_is.fill([name])} {define} /> }
}

/// What a headline figure's term means, if the catalogue defines it.
fn metric_define(m: &Messages, metric: Metric) -> Option<&'static str> {
    let t = &m.terms;
    match metric {
        Metric::Clv => Some(t.clv),
        Metric::ClvNet => Some(t.clv_net),
        Metric::LtvCac => Some(t.ltv_cac),
        Metric::Lifetime => Some(t.lifetime),
        Metric::PaybackSimple => Some(t.payback_simple),
        Metric::PaybackCohort => Some(t.payback_discounted),
        Metric::SwitchingCost => Some(t.switching_cost),
        Metric::SwitchingPeriods => Some(t.in_periods),
        Metric::Premium => Some(t.room_to_price),
        Metric::ChurnFree => Some(t.churn_free),
        Metric::CostPerSaved => Some(t.cost_per_saved),
        Metric::KeepRatio => Some(t.keep_ratio),
        Metric::RetentionUplifted => Some(t.retention_uplifted),
        Metric::SteadyBase => Some(t.steady_base),
        Metric::BreakevenSpend => Some(t.breakeven_spend),
        Metric::FunnelCac => Some(m.costs.terms.funnel_cac),
        Metric::ServiceLevel => Some(m.costs.terms.service_level),
        Metric::AnswerSpeed => Some(m.costs.terms.answer_speed),
        Metric::Occupancy => Some(m.costs.terms.occupancy),
        Metric::AgentsRostered => Some(m.costs.terms.rostered),
        Metric::BlendedCostPerContact => Some(m.costs.terms.blended),
        Metric::ValueAtStake => Some(m.costs.terms.at_stake),
        Metric::RenewalValue => Some(m.upgrade.terms.renewal),
        Metric::BreakevenCredit => Some(m.upgrade.terms.breakeven_credit),
        Metric::MinCredit => Some(m.upgrade.terms.min_credit),
        Metric::EacUpgrade | Metric::EacNew => Some(m.upgrade.terms.eac),
        _ => None,
    }
}

#[derive(Properties, PartialEq)]
pub struct FigureTermProps {
    pub metric: Metric,
    /// The figure's title as shown.
    pub title: AttrValue,
}

/// The term button beside a headline figure's title, in the language on screen; nothing
/// for a figure the catalogue does not define.
#[component]
pub fn FigureTerm(props: &FigureTermProps) -> Html {
    let m = use_session().lang.messages();
    match metric_define(m, props.metric) {
        Some(define) => term(
            m,
            format!("{}-define", props.metric.name()),
            &props.title,
            define,
        ),
        None => Html::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_terms_of_the_brief_are_defined_in_both_languages() {
        let metrics = [
            Metric::Clv,
            Metric::ClvNet,
            Metric::LtvCac,
            Metric::Lifetime,
            Metric::PaybackSimple,
            Metric::PaybackCohort,
            Metric::SwitchingCost,
            Metric::SwitchingPeriods,
            Metric::Premium,
            Metric::ChurnFree,
        ];
        for lang in Lang::ALL {
            for metric in metrics {
                let define = metric_define(lang.messages(), metric).unwrap_or_default();
                assert!(define.len() > 20, "{lang:?} {}: {define:?}", metric.name());
            }
        }
        let ask = |lang: Lang| lang.messages().common.what_is.fill(["Gross margin"]);
        assert_eq!(ask(Lang::En), "What is “Gross margin”?");
        assert_eq!(ask(Lang::Zh), "什么是“Gross margin”？");
    }
}
