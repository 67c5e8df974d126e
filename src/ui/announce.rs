//! Tells screen-reader users what their typing did: once input pauses, the headline figures
//! (lifetime value, LTV:CAC, room to price) in one short sentence, in a polite live region,
//! only when they moved.

use super::store::{use_session, Say, Shared};
use crate::i18n::Lang;
use crate::state::Session;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How long input must pause before the figures are read out.
const PAUSE_MS: u32 = 1000;

/// The headline figures in a sentence, in the session's language.
fn headline(session: &Session) -> (Lang, String) {
    let say = Say::of(session);
    let (m, r) = (say.m, &session.results);
    let ratio = r
        .clv
        .ltv_cac
        .map_or_else(|| m.announce.no_ratio.to_string(), |x| say.ratio(x));
    let room = say.per_period(&say.money(r.switching.premium));
    let sentence = m
        .announce
        .headline
        .fill([&say.money(r.clv.clv), &ratio, &room]);
    (session.lang, sentence)
}

#[component]
pub fn Announcer() -> Html {
    let session = use_session();
    let said = use_state(String::new);
    // The figures last seen: those on screen when the page opened are not read out, nor
    // the same figures in another language.
    let seen = use_mut_ref(|| headline(&session));
    {
        let said = said.clone();
        use_effect_with(Shared(session), move |shared| {
            let session = shared.0.clone();
            let pending = Timeout::new(PAUSE_MS, move || {
                let now = headline(&session);
                let mut seen = seen.borrow_mut();
                if now.0 == seen.0 && now.1 != seen.1 {
                    said.set(now.1.clone());
                }
                *seen = now;
            });
            move || drop(pending)
        });
    }
    html! {
        <p class="visually-hidden" aria-live="polite" aria-atomic="true" data-announce="headline">
            { (*said).clone() }
        </p>
    }
}
