//! The session as Yew sees it: the reducer, and the contexts every component reads it
//! through, so that no component needs the app shell or the whole form as props.

use crate::i18n::{Lang, Messages};
use crate::model::Period;
use crate::state::{Action, Session};
use std::rc::Rc;
use yew::prelude::*;

/// The reducer's state: the session, compared by identity (every action makes a new one).
pub struct Store(pub Rc<Session>);

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Store(Rc::new(self.0.apply(action))))
    }
}

/// The session context: changes at every action.
#[derive(Clone)]
pub struct Shared(pub Rc<Session>);

impl PartialEq for Shared {
    fn eq(&self, other: &Shared) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The dispatcher context: never changes, so components that only dispatch never
/// re-render for it.
pub type Dispatch = UseReducerDispatcher<Store>;

/// The session on screen.
#[hook]
pub fn use_session() -> Rc<Session> {
    match use_context::<Shared>() {
        Some(shared) => shared.0,
        None => Rc::new(Session::open("", Lang::En)),
    }
}

/// A callback that dispatches an action; the same one at every render.
#[hook]
pub fn use_dispatch() -> Callback<Action> {
    let dispatcher = use_context::<Dispatch>();
    let callback = use_memo(dispatcher, |dispatcher| {
        let dispatcher = dispatcher.clone();
        Callback::from(move |action| {
            if let Some(d) = &dispatcher {
                d.dispatch(action);
            }
        })
    });
    (*callback).clone()
}

/// How the session speaks: its language, messages, currency and period, with the
/// formatting every view uses.
#[derive(Clone, Copy)]
pub struct Say<'a> {
    pub lang: Lang,
    pub m: &'static Messages,
    pub currency: &'a str,
    pub period: Period,
}

impl<'a> Say<'a> {
    /// Speaking `lang`, of amounts in `currency` a `period`.
    pub fn new(lang: Lang, currency: &'a str, period: Period) -> Say<'a> {
        Say {
            lang,
            m: lang.messages(),
            currency,
            period,
        }
    }

    pub fn of(session: &Session) -> Say<'_> {
        let scenario = session.form.scenario();
        Say::new(session.lang, &scenario.currency, scenario.period)
    }

    pub fn money(&self, x: f64) -> String {
        self.lang.money(x, self.currency)
    }

    pub fn percent(&self, fraction: f64, decimals: usize) -> String {
        self.lang.percent(fraction, decimals)
    }

    pub fn number(&self, x: f64, decimals: usize) -> String {
        crate::i18n::format::number(x, decimals)
    }

    /// LTV:CAC as "2.13 : 1".
    pub fn ratio(&self, x: f64) -> String {
        self.m.value.ratio.fill([&self.number(x, 2)])
    }

    /// A change as a signed percentage: "+25 %", "−20 %".
    pub fn change(&self, fraction: f64) -> String {
        let size = self.percent(fraction.abs(), 1);
        match fraction {
            c if c > 0.0 => format!("+{size}"),
            c if c < 0.0 => format!("−{size}"),
            _ => size,
        }
    }

    /// A money difference with its sign: "+$1,000.00", "−$250.00".
    pub fn signed_money(&self, x: f64) -> String {
        let money = self.money(x);
        if x > 0.0 {
            format!("+{money}")
        } else {
            money
        }
    }

    /// "15.2 months", "3 个月".
    pub fn periods(&self, x: f64, decimals: usize) -> String {
        self.m
            .common
            .periods
            .get(self.period)
            .of(&self.number(x, decimals))
    }

    /// "$11.30 a month", "每月 ¥11.30".
    pub fn per_period(&self, text: &str) -> String {
        self.m.common.per_period.get(self.period).fill([text])
    }
}
