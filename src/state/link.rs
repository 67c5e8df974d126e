//! The scenario's URL form: share links and the documented query parameters.
//!
//! The parameter names are a compatibility promise (README lists them): links already
//! shared must open the same way in every later version. Version 1 (`v=1`) is every
//! registered field's parameter plus the choices below, each optional; parameters may only
//! be added, with defaults (the golden list in the tests). A change to what a parameter
//! means is a new version beside this one, never an edit. Plain query parameters that
//! intranet pages write by hand are read the same way, without `v`.

use super::currency::{read_currency, CurrencyText};
use super::fields::{Field, FieldError, FIELDS};
use super::form::{draft_text, Form};
use super::scenario::{RateKind, Scenario};
use super::settings::{Setting, SETTINGS};
use crate::i18n::Lang;
use crate::model::{Period, Timing};

/// The version share links write.
const VERSION: &str = "1";
/// The parameter that carries churn instead of retention (the rate field's other name).
const CHURN: &str = "churn";

/// The words the link uses for each period.
pub const PERIODS: [(Period, &str); 2] = [(Period::Month, "month"), (Period::Year, "year")];
/// The words the link uses for each timing convention.
pub const TIMINGS: [(Timing, &str); 2] =
    [(Timing::Upfront, "upfront"), (Timing::Arrears, "arrears")];

/// The word for `value` in one of the tables above.
pub fn word<T: PartialEq>(table: &[(T, &'static str)], value: T) -> &'static str {
    table
        .iter()
        .find(|(v, _)| *v == value)
        .map_or("", |(_, w)| w)
}

/// The value a word stands for in one of the tables above, in any case ("Year", "UPFRONT").
fn read<T: Copy>(table: &[(T, &str)], text: &str) -> Option<T> {
    let text = text.trim();
    table
        .iter()
        .find(|(_, w)| w.eq_ignore_ascii_case(text))
        .map(|(v, _)| *v)
}

/// The parameter that carries `field` when the rate is entered as `kind`.
pub fn param(field: Field, kind: RateKind) -> &'static str {
    match (field, kind) {
        (Field::Rate, RateKind::Churn) => CHURN,
        _ => field.spec().param,
    }
}

/// The query string (without `?`) that reproduces `s` in `lang` exactly: numbers are
/// written in their shortest form that reads back to the same value.
pub fn to_query(s: &Scenario, lang: Lang) -> String {
    let mut pairs: Vec<(&str, String)> = vec![
        ("v", VERSION.into()),
        ("lang", lang.code().into()),
        ("period", word(&PERIODS, s.period).into()),
        ("currency", s.currency.clone()),
        ("timing", word(&TIMINGS, s.timing).into()),
    ];
    pairs.extend(
        FIELDS
            .into_iter()
            .map(|f| (param(f, s.rate_kind), draft_text(s.get(f)))),
    );
    pairs.extend(SETTINGS.into_iter().map(|setting| {
        let spec = setting.spec();
        (spec.param, spec.word(s.setting(setting)).into())
    }));
    serde_urlencoded::to_string(&pairs).unwrap_or_default()
}

/// A choice a link parameter makes, for saying what was expected of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Period,
    Timing,
    Setting(Setting),
    Lang,
}

/// Something in a link that could not be used; the default stands in for it.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkProblem {
    /// The query could not be decoded at all.
    Unreadable,
    /// `v` names a version this one does not know.
    OtherVersion(String),
    BadChoice {
        param: &'static str,
        value: String,
        expected: Choice,
    },
    /// A number the field refused.
    Refused {
        param: &'static str,
        value: String,
        error: FieldError,
    },
    /// Both `retention` and `churn`: retention was used.
    BothRates,
    /// A parameter given more than once: its first value, `kept`, was used.
    Repeated { param: String, kept: String },
    /// Another name for a currency ("RMB", "US$"): its ISO 4217 code was used.
    CurrencyAlias { value: String, code: &'static str },
    /// Not an ISO 4217 code, with the one it was perhaps meant to be ("CNX": CNY).
    UnknownCurrency {
        value: String,
        suggestion: Option<&'static str>,
    },
}

/// A scenario opened from a URL, with what could not be used from it.
#[derive(Debug)]
pub struct Opened {
    pub form: Form,
    /// The language the link asks for, if it names one.
    pub lang: Option<Lang>,
    pub problems: Vec<LinkProblem>,
}

/// The query's parameters, each once: a repeated one keeps its first value, and the
/// repeat is reported once.
fn pairs(query: &str, problems: &mut Vec<LinkProblem>) -> Vec<(String, String)> {
    let all: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap_or_else(|_| {
        problems.push(LinkProblem::Unreadable);
        Vec::new()
    });
    let mut kept: Vec<(String, String)> = Vec::with_capacity(all.len());
    let mut repeated: Vec<LinkProblem> = Vec::new();
    for (name, value) in all {
        match kept.iter().find(|(n, _)| *n == name) {
            Some((param, first)) => {
                if !repeated
                    .iter()
                    .any(|p| matches!(p, LinkProblem::Repeated { param: r, .. } if r == param))
                {
                    repeated.push(LinkProblem::Repeated {
                        param: param.clone(),
                        kept: first.clone(),
                    });
                }
            }
            None => kept.push((name, value)),
        }
    }
    problems.append(&mut repeated);
    kept
}

/// Reads a query string (with or without the leading `?`), in a browser whose language
/// is `browser`. Never fails: what cannot be read is reported in [`Opened::problems`] and
/// replaced by the default.
pub fn from_query(query: &str, browser: Lang) -> Opened {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut problems = Vec::new();
    let mut pairs = pairs(query, &mut problems);
    let mut take = |name: &str| {
        let i = pairs.iter().position(|(n, _)| n == name)?;
        Some(pairs.swap_remove(i).1)
    };
    if let Some(v) = take("v").filter(|v| v != VERSION) {
        problems.push(LinkProblem::OtherVersion(v));
    }
    let lang_text = take("lang");
    let lang = lang_text
        .as_deref()
        .and_then(|code| Lang::from_code(&code.trim().to_ascii_lowercase()));
    if let (Some(value), None) = (lang_text.clone(), lang) {
        problems.push(LinkProblem::BadChoice {
            param: "lang",
            value,
            expected: Choice::Lang,
        });
    }
    let mut base = Scenario {
        currency: lang.unwrap_or(browser).default_currency().into(),
        ..Scenario::default()
    };
    let mut bad = |param: &'static str, value: String, expected: Choice| {
        problems.push(LinkProblem::BadChoice {
            param,
            value,
            expected,
        })
    };
    if let Some(value) = take("period") {
        match read(&PERIODS, &value) {
            // What the link leaves out is the default business in that period: a year's
            // revenue, yearly retention, a 2-year decision horizon (formulas.md §5).
            Some(p) => {
                let mut defaults = Form::of(base.clone()).unwrap_or_default();
                defaults.convert_period(p);
                base = defaults.scenario().clone();
            }
            None => bad("period", value, Choice::Period),
        }
    }
    if let Some(value) = take("timing") {
        match read(&TIMINGS, &value) {
            Some(t) => base.timing = t,
            None => bad("timing", value, Choice::Timing),
        }
    }
    for setting in SETTINGS {
        let spec = setting.spec();
        if let Some(value) = take(spec.param) {
            match spec.read(&value) {
                Some(v) => base.choose(setting, v),
                None => bad(spec.param, value, Choice::Setting(setting)),
            }
        }
    }
    if let Some(value) = take("currency") {
        match read_currency(&value) {
            CurrencyText::Code(code) => base.currency = code.into(),
            CurrencyText::Alias(code) => {
                base.currency = code.into();
                problems.push(LinkProblem::CurrencyAlias { value, code });
            }
            CurrencyText::Unknown(suggestion) => {
                problems.push(LinkProblem::UnknownCurrency { value, suggestion })
            }
        }
    }

    let retention = take(Field::Rate.spec().param);
    let churn = take(CHURN);
    let rate = match (retention, churn) {
        (Some(r), Some(_)) => {
            problems.push(LinkProblem::BothRates);
            Some(r)
        }
        (None, Some(c)) => {
            base.rate_kind = RateKind::Churn;
            base.set(Field::Rate, 100.0 - base.get(Field::Rate));
            Some(c)
        }
        (r, None) => r,
    };
    let texts: Vec<(Field, String)> = FIELDS
        .into_iter()
        .filter_map(|field| match field {
            Field::Rate => Some((field, rate.clone()?)),
            _ => Some((field, take(field.spec().param)?)),
        })
        .collect();

    let (form, refused) = Form::load(base, &texts);
    for (field, error) in refused {
        let value = texts
            .iter()
            .find(|(f, _)| *f == field)
            .map_or_else(String::new, |(_, t)| t.clone());
        problems.push(LinkProblem::Refused {
            param: param(field, form.scenario().rate_kind),
            value,
            error,
        });
    }
    Opened {
        form,
        lang,
        problems,
    }
}

#[cfg(test)]
mod tests;
