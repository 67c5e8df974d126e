//! Headline figures and "How this is computed" tables.

use super::term::FigureTerm;
use crate::i18n::Messages;
use crate::state::{Metric, Results};
use crate::ui::store::Say;
use yew::prelude::*;

/// The most characters a headline figure shows in full; longer amounts are shortened
/// ("¥10.5万", "$1.2M") so that a figure never wraps inside itself on a phone.
const FULL_CHARS: usize = 10;

/// What a figure shows, and its exact value when that is shortened; a unit around it
/// ("a month", "每月") may wrap to a line of its own, the amount never does.
pub struct Shown {
    pub text: String,
    pub exact: Option<String>,
    pub unit: (String, String),
    /// Whether `text` is one amount that must not wrap; other text ("33.33 months") may
    /// wrap between its words.
    pub amount: bool,
}

impl From<String> for Shown {
    fn from(text: String) -> Shown {
        Shown {
            text,
            exact: None,
            unit: Default::default(),
            amount: false,
        }
    }
}

impl Shown {
    /// One amount that must not wrap ("2.58 %").
    pub fn amount(text: String) -> Shown {
        Shown {
            amount: true,
            ..text.into()
        }
    }

    /// The text with its unit around it; an amount in a span that never wraps.
    pub fn view(&self) -> Html {
        html! { <>
            { &self.unit.0 }
            <span class={classes!(self.amount.then_some("amount"))}>{ &self.text }</span>
            { &self.unit.1 }
        </> }
    }

    /// The amount a period: "$11.30 a month", "每月 ¥11.30".
    pub fn per_period(self, say: &Say) -> Shown {
        let template = say.m.common.per_period.get(say.period);
        Shown {
            exact: self.exact.map(|e| template.fill([&e])),
            unit: template.around([""]),
            ..self
        }
    }
}

/// A money amount as a figure: in full, or shortened with the full amount kept.
pub fn fit_money(say: &Say, x: f64) -> Shown {
    let full = say.money(x);
    let short = full.chars().count() > FULL_CHARS;
    Shown {
        text: if short {
            say.lang.money_short(x, say.currency)
        } else {
            full.clone()
        },
        exact: short.then_some(full),
        unit: Default::default(),
        amount: true,
    }
}

/// One headline figure: its title, the text shown (with the exact value beneath when it
/// is shortened), and a line of context. It carries the metric's name in `data-metric`
/// and its unrounded reading in `data-value`, and what the figure means a tap away if
/// the catalogue defines it.
pub fn figure(
    metric: Metric,
    results: &Results,
    title: impl Into<AttrValue>,
    shown: impl Into<Shown>,
    note: String,
) -> Html {
    one_figure(metric, results, title.into(), shown.into(), note)
}

/// [`figure`] once for every kind of title and text (one copy in the bundle).
fn one_figure(
    metric: Metric,
    results: &Results,
    title: AttrValue,
    shown: Shown,
    note: String,
) -> Html {
    let value = metric.read(results).map(|r| r.data_value());
    html! {
        <div class="figure">
            <dt>{ title.clone() }<FigureTerm {metric} {title} /></dt>
            <dd>
                <output data-metric={metric.name()} data-value={value} title={shown.exact.clone()}>
                    { shown.view() }
                </output>
                if let Some(exact) = shown.exact {
                    <span class="figure-exact" data-exact-for={metric.name()}>{ exact }</span>
                }
                <span class="figure-note">{ note }</span>
            </dd>
        </div>
    }
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

/// A formulas table with its header row.
pub fn steps(m: &Messages, rows: Html) -> Html {
    let c = &m.common;
    html! {
        <div class="table-wrap">
            <table>
                <thead><tr>
                    <th scope="col">{ c.figure }</th>
                    <th scope="col">{ c.formula }</th>
                    <th scope="col">{ c.worked }</th>
                </tr></thead>
                <tbody>{ rows }</tbody>
            </table>
        </div>
    }
}

/// A section's answer (title, figures, the sentence to read aloud) in the cell beside its
/// inputs, where it stays in view while they scroll; on a phone it comes first.
pub fn answer(body: Html) -> Html {
    html! { <div class="answer-cell"><div class="answer">{ body }</div></div> }
}

/// The seed's caution, shown wherever switching costs are put to work.
pub fn caution(m: &Messages) -> Html {
    html! {
        <p class="caution" role="note">
            <strong>{ m.common.caution_lead }</strong>
            { m.common.caution_rest }
        </p>
    }
}
