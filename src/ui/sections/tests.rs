//! A view drawn only when it says it moved must never miss a change: from a few starting
//! points, for an edit of every input, every choice, the language and the period, a piece
//! whose drawing differs must say that it moved.

use super::costs::PIECES;
use super::*;
use crate::i18n::Lang;
use crate::model::Period;
use crate::state::{draft_text, Action, SETTINGS};

/// Every edit a user can make from `s`, one at a time.
fn edits(s: &Rc<Session>) -> Vec<Rc<Session>> {
    let mut after: Vec<Session> = FIELDS
        .iter()
        .map(|&f| {
            let spec = f.spec();
            let now = s.form.scenario().get(f);
            let next = (now * 1.5 + 1.0).clamp(spec.min, spec.max);
            let next = if spec.whole { next.round() } else { next };
            s.apply(Action::Edit(f, draft_text(next)))
        })
        .collect();
    after.extend(
        FIELDS
            .iter()
            .map(|&f| s.apply(Action::Edit(f, "abc".into()))),
    );
    for setting in SETTINGS {
        let words = setting.spec().words.len() as u8;
        let now = s.form.scenario().setting(setting);
        after.push(s.apply(Action::Choose(setting, (now + 1) % words)));
    }
    after.push(s.apply(Action::Lang(Lang::Zh)));
    after.push(s.apply(Action::Period(Period::Year)));
    after.push(s.apply(Action::Currency("EUR".into())));
    after.into_iter().map(Rc::new).collect()
}

#[test]
fn a_piece_that_draws_differently_says_it_moved() {
    let starts = [
        "",
        "staffing=service_level&use_funnel=yes&use_channels=yes",
        "unit_age=1&depreciation=declining&credit=20000",
        "period=year&to_customer=0&use_funnel=yes",
        "use_model=yes&cost_change=0.2&new_customers=40",
    ];
    let names = ["funnel", "serving", "quality", "costs working"];
    let mut pieces: Vec<(&str, super::costs::Piece)> = names.into_iter().zip(PIECES).collect();
    pieces.extend(
        SECTIONS
            .iter()
            .filter_map(|s| Some((s.id, (s.view, s.moved?)))),
    );
    let mut checked = 0;
    for query in starts {
        let start = Rc::new(Session::open(query, Lang::En));
        for (i, after) in edits(&start).into_iter().enumerate() {
            for &(name, (view, moved)) in &pieces {
                if view(&start) != view(&after) {
                    checked += 1;
                    assert!(
                        moved(&start, &after),
                        "{name} drew differently but did not move after edit {i} ({query})"
                    );
                }
            }
        }
    }
    assert!(checked > 100, "{checked} redraws checked");
}
