//! Notices above the sections: what a link could not use, and what the last reset,
//! example or period switch did, with Undo.

use super::kit::text::{field_text, link_problem, suffix};
use super::masthead::example_text;
use super::store::{use_dispatch, use_session, Say};
use crate::i18n::format::number;
use crate::state::{Action, Change, PeriodSwitch, RateKind, Undoable, Unit};
use yew::prelude::*;

/// A converted value as the notice shows it, with the period it is expressed in:
/// "$120.00 a month", "97 % a month", "24 months".
fn value(say: &Say, unit: Unit, x: f64) -> String {
    let percent = || say.lang.percent_of(number(x, 4));
    match unit {
        Unit::MoneyPerPeriod => say.per_period(&say.money(x)),
        Unit::LeadsPerPeriod | Unit::ContactsPerPeriod => say.per_period(&number(x, 4)),
        Unit::PercentPerPeriod => say.per_period(&percent()),
        Unit::Periods => say.periods(x, 0),
        Unit::Money | Unit::MoneyPerHour | Unit::MoneyPerMonth | Unit::MoneyPerYear => say.money(x),
        Unit::Percent
        | Unit::PercentPerYear
        | Unit::PercentOfRevenue
        | Unit::PercentOfAnnualSpend => percent(),
        Unit::Hours | Unit::People | Unit::Rating => number(x, 2),
        Unit::CustomersPerPeriod => say.per_period(&number(x, 4)),
        Unit::Customers
        | Unit::Years
        | Unit::PointsPerPeriod
        | Unit::PointsPerYear
        | Unit::HoursPerDay
        | Unit::DaysPerMonth
        | Unit::Seconds
        | Unit::ContactsPerHour => {
            format!("{} {}", number(x, 4), suffix(say.m, unit, say.period))
        }
    }
}

/// What the period switch changed, one line an input, and why lifetime value moved.
fn period_notice(say: &Say, kind: RateKind, switch: &PeriodSwitch) -> Html {
    let n = &say.m.notices;
    let after = Say {
        period: switch.to,
        ..*say
    };
    let before = Say {
        period: switch.from,
        ..*say
    };
    let line = |c: &Change| {
        let unit = c.field.spec().unit;
        let new = value(&after, unit, c.after);
        let new = if c.rounded {
            n.rounded.fill([&new])
        } else {
            new
        };
        let label = field_text(say.m, c.field, kind).label;
        html! { <li>{ n.change.fill([label, &value(&before, unit, c.before), &new]) }</li> }
    };
    let (clv_before, clv_after) = (say.money(switch.clv_before), say.money(switch.clv_after));
    let mut clv = if clv_before == clv_after {
        n.clv_same.fill([&clv_after])
    } else {
        n.clv_moved
            .get(switch.to)
            .get(switch.timing)
            .fill([&clv_before, &clv_after])
    };
    let rounded = switch.changes.iter().any(|c| c.rounded);
    let others = [
        (rounded, n.clv_rounded),
        (switch.modelled, n.clv_modelled),
        (!rounded && !switch.modelled, n.clv_only),
    ];
    for (_, sentence) in others.iter().filter(|(said, _)| *said) {
        clv = say.m.common.sentences.fill([&clv, sentence]);
    }
    html! { <>
        <p>{ n.converted.get(switch.to) }</p>
        <ul>{ for switch.changes.iter().map(line) }</ul>
        <p data-notice-part="clv">{ clv }</p>
        if switch.model {
            <p>{ n.recalibrated.get(switch.to) }</p>
        }
    </> }
}

#[component]
pub fn Notices() -> Html {
    let session = use_session();
    let dispatch = use_dispatch();
    let say = Say::of(&session);
    let n = &say.m.notices;
    let undo = session.undo.as_ref().map(|undo| {
        let (kind, body) = match &undo.what {
            Undoable::Reset => ("reset", html! { <p>{ n.reset }</p> }),
            Undoable::Example(e) => (
                "example",
                html! { <p>{ n.example.fill([example_text(say.m, *e).name]) }</p> },
            ),
            Undoable::Period(switch) => (
                "period",
                period_notice(&say, session.form.scenario().rate_kind, switch),
            ),
        };
        html! {
            <div class="notice" role="status" data-notice={kind}>
                { body }
                <button type="button" class="primary" data-action={format!("undo-{kind}")}
                    onclick={dispatch.reform(|_: MouseEvent| Action::Undo)}>{ n.undo }</button>
            </div>
        }
    });
    html! { <>
        if !session.link_problems.is_empty() {
            <div class="notice" role="alert" data-notice="link">
                <p>{ n.link_intro }</p>
                <ul>{ for session.link_problems.iter().map(|p| html! { <li>{ link_problem(say.m, p) }</li> }) }</ul>
                <button type="button" class="quiet"
                    onclick={dispatch.reform(|_: MouseEvent| Action::DismissLinkProblems)}>{ n.dismiss }</button>
            </div>
        }
        { undo.unwrap_or_default() }
    </> }
}
