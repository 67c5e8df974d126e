//! Switching costs: the factors a customer faces, and what they add up to (domain.md §4).

use super::app::AppState;
use super::chart::{Chart, Picture};
use super::explain::step;
use super::figures::{exact, figure};
use super::inputs::number_field;
use crate::format::{self, factor_name, group_name, period_noun};
use crate::model::switching::{Factor, Group};
use crate::model::{Field, Params, Period, Switching, SwitchingParams};
use crate::state::Form;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SwitchingProps {
    pub form: Form,
    pub dispatch: UseReducerDispatcher<AppState>,
    pub switching: Rc<Switching>,
}

/// The `data-metric` of a group's subtotal.
fn group_metric(group: Group) -> &'static str {
    match group {
        Group::Financial => "sc_financial",
        Group::Process => "sc_process",
        Group::Emotional => "sc_emotional",
    }
}

/// The factor inputs, one collapsible group each, with what every factor comes to.
#[component]
pub fn SwitchingInputs(props: &SwitchingProps) -> Html {
    let s = &*props.switching;
    let currency = props.form.scenario().currency.as_str();
    let money = |x: f64| format::money(x, currency);
    let number = |field: Field, value: Option<String>| {
        let extra = value.map_or_else(
            Html::default,
            |v| html! { <output class="factor-value">{ v }</output> },
        );
        number_field(field, &props.form, &props.dispatch, extra)
    };
    let valued = |field: Field, factor: Factor| number(field, Some(money(s.factor(factor))));
    let factor = |factor: Factor, note: &'static str, fields: &[Field]| {
        html! {
            <fieldset class="factor">
                <legend>
                    <span>{ factor_name(factor) }</span>
                    <output class="factor-value">{ money(s.factor(factor)) }</output>
                </legend>
                <p class="message">{ note }</p>
                <div class="factor-fields">
                    { for fields.iter().map(|&f| number(f, None)) }
                </div>
            </fieldset>
        }
    };
    let group = |group: Group, body: Html| {
        let total = s.group(group);
        html! {
            <details class="group" open=true>
                <summary>
                    <span>{ group_name(group) }</span>
                    <output data-metric={group_metric(group)} data-value={total.to_string()}>{ money(total) }</output>
                </summary>
                { body }
            </details>
        }
    };
    html! {
        <section class="inputs" aria-labelledby="switching-inputs-title">
            <h2 id="switching-inputs-title">{ "Switching costs" }</h2>
            <p class="message intro">{ "What leaving you would cost this customer, once, in money." }</p>
            { group(Group::Financial, html! { <>
                { number(Field::BenefitLoss, None) }
                { number(Field::MonetaryLoss, None) }
            </> }) }
            { group(Group::Process, html! { <>
                { factor(Factor::EconomicRisk,
                    "Chance of trouble with a new vendor × what that trouble would cost.",
                    &[Field::RiskChance, Field::RiskLoss]) }
                { number(Field::HourlyCost, None) }
                { factor(Factor::Evaluation,
                    "Staff hours spent finding and comparing alternatives.",
                    &[Field::EvaluationHours]) }
                { factor(Factor::Learning,
                    "People who must learn a new product × the hours each needs.",
                    &[Field::LearningPeople, Field::LearningHours]) }
                { number(Field::SetupCost, None) }
            </> }) }
            { group(Group::Emotional, html! { <>
                { number(Field::PointValue, Some(format!("{} a point", money(s.point_value)))) }
                { valued(Field::PersonalRelationship, Factor::PersonalRelationship) }
                { valued(Field::BrandRelationship, Factor::BrandRelationship) }
                { valued(Field::FunctionRisk, Factor::FunctionRisk) }
                { valued(Field::SelfImageRisk, Factor::SelfImageRisk) }
                { valued(Field::SocialImageRisk, Factor::SocialImageRisk) }
            </> }) }
            { number(Field::DecisionHorizon, None) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub switching: Rc<Switching>,
    /// The economics the switching costs are weighed against (as entered).
    pub params: Params,
    pub sp: SwitchingParams,
    pub currency: AttrValue,
    pub stale: bool,
}

/// The seed's caution, shown wherever switching costs are put to work.
pub fn caution() -> Html {
    html! {
        <p class="caution" role="note">
            <strong>{ "Switching costs hold customers only once satisfaction, service quality and perceived value are adequate." }</strong>
            { " They are not a licence for artificial barriers: earn them by being worth staying with." }
        </p>
    }
}

/// Total switching cost, in periods of spend, and the premium it lets you charge.
#[component]
pub fn SwitchingResults(props: &ResultsProps) -> Html {
    let s = &*props.switching;
    let cur = props.currency.as_str();
    let money = |x: f64| format::money(x, cur);
    let noun = period_noun(props.params.period);
    let sp = &props.sp;
    let decision = format::periods(f64::from(sp.decision_horizon), 0, noun);
    let premium_pct = s
        .premium_share
        .map_or_else(|| "–".to_string(), |x| format::percent(x, 1));
    html! {
        <section class={classes!("results", props.stale.then_some("stale"))} aria-labelledby="switching-title">
            <h2 id="switching-title">{ "What leaving costs this customer" }</h2>
            <dl class="figures">
                { figure("switching_cost", "Switching cost", money(s.total), s.total.to_string(),
                    "Once, per customer.".to_string()) }
                { figure("switching_periods", format!("In {noun}s of spend"),
                    s.in_periods.map_or_else(|| "–".to_string(), |x| format::periods(x, 2, noun)),
                    exact(s.in_periods, "none"),
                    format!("Switching cost ÷ revenue per {noun}.")) }
                { figure("premium", "Tolerated premium", format!("{} a {noun}", money(s.premium)),
                    s.premium.to_string(), match s.premium_share {
                        Some(_) => format!("{premium_pct} of revenue, over {decision}."),
                        None => format!("Over {decision}; no revenue to compare it with."),
                    }) }
            </dl>
            <p class="negotiation">
                if s.premium_share.is_some() {
                    { "A competitor must undercut you by more than " }
                    <strong><output data-metric="premium_pct" data-value={exact(s.premium_share, "none")}>{ premium_pct }</output></strong>
                    { format!(" ({} a {noun}) for switching to pay within {decision}. That is your room to price above them.", money(s.premium)) }
                } else {
                    { "With no revenue entered there is no price to undercut." }
                }
            </p>
            { caution() }
            <div class="charts single">
                <Chart picture={Picture::Breakdown(props.switching.clone())} period={props.params.period} currency={props.currency.clone()} />
            </div>
            { explain(props) }
        </section>
    }
}

/// "How switching costs are computed": each rule with the user's numbers.
fn explain(props: &ResultsProps) -> Html {
    let (s, sp, p) = (&*props.switching, &props.sp, &props.params);
    let m = |x: f64| format::money(x, &props.currency);
    let n = |x: f64| format::number(x, 2);
    let noun = period_noun(p.period);
    let year = match p.period {
        Period::Month => format!("12 × {}", m(p.revenue)),
        Period::Year => m(p.revenue),
    };
    let points: Vec<String> = sp.ratings.iter().map(|r| n(r - 1.0)).collect();
    html! {
        <details class="explain">
            <summary>{ "How switching costs are computed" }</summary>
            <div class="table-wrap">
            <table>
                <thead><tr><th scope="col">{ "Figure" }</th><th scope="col">{ "Formula" }</th><th scope="col">{ "With your numbers" }</th></tr></thead>
                <tbody>
                    { step("Economic risk", "chance × loss", format!("{} × {} = {}",
                        format::percent(sp.risk_chance, 2), m(sp.risk_loss), m(s.factor(Factor::EconomicRisk)))) }
                    { step("Evaluation", "hours × cost per hour", format!("{} × {} = {}",
                        n(sp.evaluation_hours), m(sp.hourly_cost), m(s.factor(Factor::Evaluation)))) }
                    { step("Learning", "people × hours × cost per hour", format!("{} × {} × {} = {}",
                        n(sp.learning_people), n(sp.learning_hours), m(sp.hourly_cost), m(s.factor(Factor::Learning)))) }
                    { step("Value of a rating point", "share × annual spend", format!("{} × {year} = {}",
                        format::percent(sp.point_value, 2), m(s.point_value))) }
                    { step("Emotional", "Σ (rating − 1) × point", format!("({}) × {} = {}",
                        points.join(" + "), m(s.point_value), m(s.group(Group::Emotional)))) }
                    { step("Switching cost", "SC = financial + process + emotional", format!("{} + {} + {} = {}",
                        m(s.group(Group::Financial)), m(s.group(Group::Process)), m(s.group(Group::Emotional)), m(s.total))) }
                    { step("In periods of spend", "SC / R", match s.in_periods {
                        Some(x) => format!("{} / {} = {}", m(s.total), m(p.revenue), format::periods(x, 2, noun)),
                        None => "none without revenue".to_string(),
                    }) }
                    { step("Annuity factor", "A(H,d) = Σ (1 + d)⁻ᵗ, t = 1 … H", format!("H = {}, d = {} a {noun}: {}",
                        sp.decision_horizon, format::percent(p.discount, 4), format::number(s.annuity, 4))) }
                    { step("Tolerated premium", "SC / A(H,d)", format!("{} / {} = {} a {noun}{}",
                        m(s.total), format::number(s.annuity, 4), m(s.premium),
                        s.premium_share.map_or_else(String::new, |x| format!(", {} of R", format::percent(x, 2))))) }
                </tbody>
            </table>
            </div>
            <p class="message">{ "Ratings run from 1 (none) to 7 (very strong), so a rating of 1 costs nothing. Evaluation and learning share one cost per hour. The premium is what a customer would rationally pay over a competitor's price, each period for the decision horizon, rather than pay the switching cost once (Burnham, Frels & Mahajan 2003 for the factors)." }</p>
        </details>
    }
}
