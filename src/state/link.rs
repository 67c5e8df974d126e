//! The scenario's URL form: share links and the documented query parameters.
//!
//! The parameter names are a compatibility promise (README lists them): links already
//! shared must open the same way in every later version. [`LinkV1`] is that format; a
//! change to it is a new version beside it, never an edit. Plain query parameters that
//! intranet pages write by hand are read the same way, without `v`.

use super::form::{draft_text, Form};
use super::scenario::{is_currency_code, RateKind, Scenario};
use crate::model::{Field, Period, Timing};
use serde::{Deserialize, Serialize};

/// Version 1 of the link: every value as text, each parameter optional.
#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
struct LinkV1 {
    v: Option<String>,
    period: Option<String>,
    currency: Option<String>,
    revenue: Option<String>,
    margin: Option<String>,
    serve_cost: Option<String>,
    retention: Option<String>,
    churn: Option<String>,
    discount: Option<String>,
    cac: Option<String>,
    horizon: Option<String>,
    timing: Option<String>,
}

const VERSION: &str = "1";

/// The query parameter that carries `field`.
pub fn param_name(field: Field, kind: RateKind) -> &'static str {
    match field {
        Field::Revenue => "revenue",
        Field::Margin => "margin",
        Field::ServeCost => "serve_cost",
        Field::Retention => match kind {
            RateKind::Retention => "retention",
            RateKind::Churn => "churn",
        },
        Field::Discount => "discount",
        Field::Cac => "cac",
        Field::Horizon => "horizon",
    }
}

/// The words the link uses for each period; the form's radio buttons use them too.
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

/// The value a word stands for in one of the tables above.
fn read<T: Copy>(table: &[(T, &str)], text: &str) -> Option<T> {
    table.iter().find(|(_, w)| *w == text).map(|(v, _)| *v)
}

/// The query string (without `?`) that reproduces `s` exactly: numbers are written in
/// their shortest form that reads back to the same value.
pub fn to_query(s: &Scenario) -> String {
    let rate = Some(draft_text(s.rate));
    let link = LinkV1 {
        v: Some(VERSION.into()),
        period: Some(word(&PERIODS, s.period).into()),
        currency: Some(s.currency.clone()),
        revenue: Some(draft_text(s.revenue)),
        margin: Some(draft_text(s.margin)),
        serve_cost: Some(draft_text(s.serve_cost)),
        retention: rate.clone().filter(|_| s.rate_kind == RateKind::Retention),
        churn: rate.filter(|_| s.rate_kind == RateKind::Churn),
        discount: Some(draft_text(s.discount)),
        cac: Some(draft_text(s.cac)),
        horizon: Some(draft_text(s.horizon)),
        timing: Some(word(&TIMINGS, s.timing).into()),
    };
    serde_urlencoded::to_string(&link).unwrap_or_default()
}

/// A scenario opened from a URL, with what could not be used from it.
#[derive(Debug)]
pub struct Opened {
    pub form: Form,
    /// One sentence for each parameter that was refused (its default is used instead).
    pub problems: Vec<String>,
}

fn choice<T>(
    name: &str,
    value: Option<String>,
    parse: impl Fn(&str) -> Option<T>,
    expected: &str,
    problems: &mut Vec<String>,
) -> Option<T> {
    let value = value?;
    let parsed = parse(&value);
    if parsed.is_none() {
        problems.push(format!(
            "{name}={value}: expected {expected}. The default was used."
        ));
    }
    parsed
}

/// Reads a query string (with or without the leading `?`). Never fails: what cannot be
/// read is reported in [`Opened::problems`] and replaced by the default.
pub fn from_query(query: &str) -> Opened {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut problems = Vec::new();
    let link: LinkV1 = serde_urlencoded::from_str(query).unwrap_or_else(|e| {
        problems.push(format!(
            "The link could not be read ({e}); the defaults are shown."
        ));
        LinkV1::default()
    });
    if let Some(v) = link.v.as_deref().filter(|v| *v != VERSION) {
        problems.push(format!(
            "v={v}: this link comes from another version of Moat; the settings this version \
             knows were used."
        ));
    }

    let mut base = Scenario::default();
    let period = |s: &str| read(&PERIODS, s);
    if let Some(p) = choice(
        "period",
        link.period,
        period,
        "month or year",
        &mut problems,
    ) {
        base.period = p;
    }
    let timing = |s: &str| read(&TIMINGS, s);
    if let Some(t) = choice(
        "timing",
        link.timing,
        timing,
        "upfront or arrears",
        &mut problems,
    ) {
        base.timing = t;
    }
    let code = |s: &str| Some(s.to_ascii_uppercase()).filter(|c| is_currency_code(c));
    let expected = "a three-letter ISO currency code";
    if let Some(c) = choice("currency", link.currency, code, expected, &mut problems) {
        base.currency = c;
    }

    let rate = match (link.retention, link.churn) {
        (Some(r), Some(_)) => {
            problems.push("Both retention and churn were given; retention was used.".into());
            Some(r)
        }
        (Some(r), None) => Some(r),
        (None, Some(c)) => {
            base.rate_kind = RateKind::Churn;
            base.rate = 100.0 - base.rate;
            Some(c)
        }
        (None, None) => None,
    };
    let texts: Vec<(Field, String)> = [
        (Field::Revenue, link.revenue),
        (Field::Margin, link.margin),
        (Field::ServeCost, link.serve_cost),
        (Field::Retention, rate),
        (Field::Discount, link.discount),
        (Field::Cac, link.cac),
        (Field::Horizon, link.horizon),
    ]
    .into_iter()
    .filter_map(|(field, text)| Some((field, text?)))
    .collect();

    let (form, refused) = Form::load(base, &texts);
    for (field, error) in refused {
        let name = param_name(field, form.scenario().rate_kind);
        let text = texts
            .iter()
            .find(|(f, _)| *f == field)
            .map_or("", |(_, t)| t.as_str());
        problems.push(format!("{name}={text}: {error} The default was used."));
    }
    Opened { form, problems }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_link_is_readable_and_stable() {
        assert_eq!(
            to_query(&Scenario::default()),
            "v=1&period=month&currency=USD&revenue=120&margin=75&serve_cost=15&retention=97\
             &discount=10&cac=900&horizon=0&timing=arrears"
        );
    }

    #[test]
    fn round_trips_exactly() {
        let s = Scenario {
            period: Period::Year,
            currency: "EUR".into(),
            revenue: 1234.5678901234,
            margin: 33.333333333333336,
            serve_cost: 0.1,
            rate: 2.7,
            rate_kind: RateKind::Churn,
            discount: 7.25,
            cac: 1e6,
            horizon: 36.0,
            timing: Timing::Upfront,
        };
        let opened = from_query(&to_query(&s));
        assert!(opened.problems.is_empty(), "{:?}", opened.problems);
        assert_eq!(opened.form.scenario(), &s);
    }

    #[test]
    fn plain_parameters_prefill() {
        let opened =
            from_query("?period=year&revenue=1200&margin=40&retention=85&cac=500&currency=gbp");
        assert!(opened.problems.is_empty());
        let s = opened.form.scenario();
        assert_eq!(
            (s.period, s.revenue, s.margin, s.rate, s.cac),
            (Period::Year, 1200.0, 40.0, 85.0, 500.0)
        );
        assert_eq!(s.currency, "GBP");
        assert_eq!(s.serve_cost, Scenario::default().serve_cost);
    }

    #[test]
    fn churn_parameter_sets_churn_mode() {
        let s = from_query("churn=5").form.scenario().clone();
        assert_eq!(
            (s.rate_kind, s.rate, s.retention_pct()),
            (RateKind::Churn, 5.0, 95.0)
        );
    }

    #[test]
    fn malformed_parameters_fall_back_with_a_message() {
        let opened =
            from_query("revenue=abc&margin=150&period=week&timing=later&currency=dollars&v=9");
        assert_eq!(opened.form.scenario(), &Scenario::default());
        assert_eq!(opened.problems.len(), 6, "{:?}", opened.problems);
        assert!(opened
            .problems
            .iter()
            .any(|p| p.starts_with("margin=150: Must be at most 100.")));
        assert!(opened
            .problems
            .iter()
            .any(|p| p.starts_with("revenue=abc: Enter a number")));
    }

    #[test]
    fn unreadable_query_gives_defaults() {
        let opened = from_query("revenue=1&revenue=2");
        assert_eq!(opened.form.scenario(), &Scenario::default());
        assert_eq!(opened.problems.len(), 1);
        assert!(from_query("%zz&&=&x").problems.is_empty());
    }

    #[test]
    fn unbounded_combination_from_a_link_is_refused() {
        let opened = from_query("retention=100&discount=0");
        assert_eq!(opened.form.scenario().rate, 97.0);
        assert_eq!(opened.form.scenario().discount, 0.0);
        assert_eq!(opened.problems.len(), 1);
    }
}
