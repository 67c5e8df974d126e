//! Headline figures and "How this is computed" tables.

use super::term::FigureTerm;
use crate::i18n::Messages;
use crate::state::{Metric, Results};
use yew::prelude::*;

/// One headline figure: its title, the text shown, and a line of context. It carries the
/// metric's name in `data-metric` and its unrounded reading in `data-value`, and what the
/// figure means a tap away if the catalogue defines it.
pub fn figure(
    metric: Metric,
    results: &Results,
    title: impl Into<AttrValue>,
    shown: String,
    note: String,
) -> Html {
    let value = metric.read(results).map(|r| r.data_value());
    let title = title.into();
    html! {
        <div class="figure">
            <dt>{ title.clone() }<FigureTerm {metric} {title} /></dt>
            <dd>
                <output data-metric={metric.name()} data-value={value}>{ shown }</output>
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

/// The seed's caution, shown wherever switching costs are put to work.
pub fn caution(m: &Messages) -> Html {
    html! {
        <p class="caution" role="note">
            <strong>{ m.common.caution_lead }</strong>
            { m.common.caution_rest }
        </p>
    }
}
