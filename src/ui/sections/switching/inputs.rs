//! The factors a customer faces, one collapsible group each, with what every factor comes to.

use crate::model::switching::{Factor, Group};
use crate::state::{Field, Metric, Session};
use crate::ui::kit::number_field;
use crate::ui::store::Say;
use yew::prelude::*;

/// The `data-metric` of a group's subtotal.
fn group_metric(group: Group) -> Metric {
    match group {
        Group::Financial => Metric::ScFinancial,
        Group::Process => Metric::ScProcess,
        Group::Emotional => Metric::ScEmotional,
    }
}

/// A field with the money it comes to beside its label, if any.
fn valued(session: &Session, field: Field, value: Option<String>) -> Html {
    let extra = value.map_or_else(
        Html::default,
        |v| html! { <output class="factor-value">{ v }</output> },
    );
    number_field(field, session, extra)
}

pub(super) fn inputs(session: &Session) -> Html {
    let say = Say::of(session);
    let w = &say.m.switching;
    let s = &*session.results.switching;
    let number = |field: Field| valued(session, field, None);
    let rating =
        |field: Field, factor: Factor| valued(session, field, Some(say.money(s.factor(factor))));
    let factor = |factor: Factor, note: &'static str, fields: &[Field]| {
        html! {
            <fieldset class="factor">
                <legend>
                    <span>{ w.factor(factor) }</span>
                    <output class="factor-value">{ say.money(s.factor(factor)) }</output>
                </legend>
                <p class="message">{ note }</p>
                <div class="factor-fields">
                    { for fields.iter().map(|&f| number(f)) }
                </div>
            </fieldset>
        }
    };
    let group = |group: Group, body: Html| {
        let metric = group_metric(group);
        let value = metric.read(&session.results).map(|r| r.data_value());
        html! {
            <details class="group" open=true data-group={metric.name()}>
                <summary>
                    <span>{ w.group(group) }</span>
                    <output data-metric={metric.name()} data-value={value}>{ say.money(s.group(group)) }</output>
                </summary>
                { body }
            </details>
        }
    };
    html! {
        <section class="inputs" aria-labelledby="switching-inputs-title">
            <h2 id="switching-inputs-title">{ w.inputs_title }</h2>
            <p class="message intro">{ w.intro }</p>
            { group(Group::Financial, html! { <>
                { number(Field::BenefitLoss) }
                { number(Field::MonetaryLoss) }
            </> }) }
            { group(Group::Process, html! { <>
                { factor(Factor::EconomicRisk, w.economic_risk_note, &[Field::RiskChance, Field::RiskLoss]) }
                { number(Field::HourlyCost) }
                { factor(Factor::Evaluation, w.evaluation_note, &[Field::EvaluationHours]) }
                { factor(Factor::Learning, w.learning_note, &[Field::LearningPeople, Field::LearningHours]) }
                { number(Field::SetupCost) }
            </> }) }
            { group(Group::Emotional, html! { <>
                { valued(session, Field::PointValue, Some(w.a_point.fill([&say.money(s.point_value)]))) }
                { rating(Field::PersonalRelationship, Factor::PersonalRelationship) }
                { rating(Field::BrandRelationship, Factor::BrandRelationship) }
                { rating(Field::FunctionRisk, Factor::FunctionRisk) }
                { rating(Field::SelfImageRisk, Factor::SelfImageRisk) }
                { rating(Field::SocialImageRisk, Factor::SocialImageRisk) }
            </> }) }
        </section>
    }
}
