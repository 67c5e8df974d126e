//! "How switching costs are computed": each rule with the user's numbers.

use crate::model::switching::{Factor, Group};
use crate::model::Period;
use crate::state::Session;
use crate::ui::kit::{step, steps};
use crate::ui::store::Say;
use yew::prelude::*;

pub fn explain(session: &Session) -> Html {
    let say = Say::of(session);
    let (w, f) = (&say.m.switching, &say.m.formulas);
    let r = &session.results;
    let (s, sp, p) = (&*r.switching, &r.valid.switching, &r.valid.params);
    let m = |x: f64| say.money(x);
    let n = |x: f64| say.number(x, 2);
    let year = match p.period {
        Period::Month => format!("12 × {}", m(p.revenue)),
        Period::Year => m(p.revenue),
    };
    let points: Vec<String> = sp.ratings.iter().map(|r| n(r - 1.0)).collect();
    let of_revenue = s
        .premium_share
        .map_or_else(String::new, |x| w.of_revenue.fill([&say.percent(x, 2)]));
    html! {
        <details class="explain">
            <summary>{ w.explain }</summary>
            { steps(say.m, html! { <>
                { step(w.economic_risk, f.economic_risk, format!("{} × {} = {}",
                    say.percent(sp.risk_chance, 2), m(sp.risk_loss), m(s.factor(Factor::EconomicRisk)))) }
                { step(w.evaluation, f.evaluation, format!("{} × {} = {}",
                    n(sp.evaluation_hours), m(sp.hourly_cost), m(s.factor(Factor::Evaluation)))) }
                { step(w.learning, f.learning, format!("{} × {} × {} = {}",
                    n(sp.learning_people), n(sp.learning_hours), m(sp.hourly_cost), m(s.factor(Factor::Learning)))) }
                { step(w.row_point, f.point, format!("{} × {year} = {}",
                    say.percent(sp.point_value, 2), m(s.point_value))) }
                { step(w.emotional, f.emotional, format!("({}) × {} = {}",
                    points.join(" + "), m(s.point_value), m(s.group(Group::Emotional)))) }
                { step(w.total, f.total, format!("{} + {} + {} = {}",
                    m(s.group(Group::Financial)), m(s.group(Group::Process)), m(s.group(Group::Emotional)), m(s.total))) }
                { step(w.row_in_periods, f.in_periods, match s.in_periods {
                    Some(x) => format!("{} / {} = {}", m(s.total), m(p.revenue), say.periods(x, 2)),
                    None => w.in_periods_none.to_string(),
                }) }
                { step(w.row_annuity, f.annuity, w.annuity_worked.get(p.period).fill([
                    &sp.decision_horizon.to_string(), &say.percent(p.discount, 4), &say.number(s.annuity, 4)])) }
                { step(w.premium, f.premium, w.premium_worked.get(p.period).fill([
                    &m(s.total), &say.number(s.annuity, 4), &m(s.premium)]) + &of_revenue) }
            </> }) }
            <p class="message">{ w.note }</p>
        </details>
    }
}
