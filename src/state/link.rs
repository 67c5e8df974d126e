//! The scenario's URL form: share links and the documented query parameters.
//!
//! The parameter names are a compatibility promise (README lists them): links already
//! shared must open the same way in every later version. [`LinkV1`] is that format; a
//! change to it is a new version beside it, never an edit. Plain query parameters that
//! intranet pages write by hand are read the same way, without `v`.

use super::form::{draft_text, Form};
use super::scenario::{is_currency_code, RateKind, Scenario, NUMERIC_FIELDS};
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
    benefit_loss: Option<String>,
    monetary_loss: Option<String>,
    risk_chance: Option<String>,
    risk_loss: Option<String>,
    eval_hours: Option<String>,
    learn_people: Option<String>,
    learn_hours: Option<String>,
    hourly_cost: Option<String>,
    setup_cost: Option<String>,
    personal: Option<String>,
    brand: Option<String>,
    function_risk: Option<String>,
    self_image: Option<String>,
    social_image: Option<String>,
    point_value: Option<String>,
    decision_horizon: Option<String>,
    base_churn: Option<String>,
    advantage: Option<String>,
    cost_change: Option<String>,
    use_model: Option<String>,
}

/// Parameters added later are optional, so version 1 links without them still open.
const VERSION: &str = "1";

impl LinkV1 {
    /// The parameter that carries a numeric field (retention or churn as `kind` says).
    fn slot(&mut self, field: Field, kind: RateKind) -> &mut Option<String> {
        match field {
            Field::Revenue => &mut self.revenue,
            Field::Margin => &mut self.margin,
            Field::ServeCost => &mut self.serve_cost,
            Field::Retention => match kind {
                RateKind::Retention => &mut self.retention,
                RateKind::Churn => &mut self.churn,
            },
            Field::Discount => &mut self.discount,
            Field::Cac => &mut self.cac,
            Field::Horizon => &mut self.horizon,
            Field::BenefitLoss => &mut self.benefit_loss,
            Field::MonetaryLoss => &mut self.monetary_loss,
            Field::RiskChance => &mut self.risk_chance,
            Field::RiskLoss => &mut self.risk_loss,
            Field::EvaluationHours => &mut self.eval_hours,
            Field::LearningPeople => &mut self.learn_people,
            Field::LearningHours => &mut self.learn_hours,
            Field::HourlyCost => &mut self.hourly_cost,
            Field::SetupCost => &mut self.setup_cost,
            Field::PersonalRelationship => &mut self.personal,
            Field::BrandRelationship => &mut self.brand,
            Field::FunctionRisk => &mut self.function_risk,
            Field::SelfImageRisk => &mut self.self_image,
            Field::SocialImageRisk => &mut self.social_image,
            Field::PointValue => &mut self.point_value,
            Field::DecisionHorizon => &mut self.decision_horizon,
            Field::BaseChurn => &mut self.base_churn,
            Field::Advantage => &mut self.advantage,
            Field::CostChange => &mut self.cost_change,
        }
    }
}

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
        Field::BenefitLoss => "benefit_loss",
        Field::MonetaryLoss => "monetary_loss",
        Field::RiskChance => "risk_chance",
        Field::RiskLoss => "risk_loss",
        Field::EvaluationHours => "eval_hours",
        Field::LearningPeople => "learn_people",
        Field::LearningHours => "learn_hours",
        Field::HourlyCost => "hourly_cost",
        Field::SetupCost => "setup_cost",
        Field::PersonalRelationship => "personal",
        Field::BrandRelationship => "brand",
        Field::FunctionRisk => "function_risk",
        Field::SelfImageRisk => "self_image",
        Field::SocialImageRisk => "social_image",
        Field::PointValue => "point_value",
        Field::DecisionHorizon => "decision_horizon",
        Field::BaseChurn => "base_churn",
        Field::Advantage => "advantage",
        Field::CostChange => "cost_change",
    }
}

/// The words the link uses for each period; the form's radio buttons use them too.
pub const PERIODS: [(Period, &str); 2] = [(Period::Month, "month"), (Period::Year, "year")];
/// The words the link uses for each timing convention.
pub const TIMINGS: [(Timing, &str); 2] =
    [(Timing::Upfront, "upfront"), (Timing::Arrears, "arrears")];
/// The words the link uses for whether lifetime value takes the modelled churn.
pub const USE_MODEL: [(bool, &str); 2] = [(false, "no"), (true, "yes")];

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
    let mut link = LinkV1 {
        v: Some(VERSION.into()),
        period: Some(word(&PERIODS, s.period).into()),
        currency: Some(s.currency.clone()),
        timing: Some(word(&TIMINGS, s.timing).into()),
        use_model: Some(word(&USE_MODEL, s.use_model).into()),
        ..LinkV1::default()
    };
    for field in NUMERIC_FIELDS {
        *link.slot(field, s.rate_kind) = Some(draft_text(s.get(field)));
    }
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
    let mut link: LinkV1 = serde_urlencoded::from_str(query).unwrap_or_else(|e| {
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
        link.period.take(),
        period,
        "month or year",
        &mut problems,
    ) {
        base.period = p;
    }
    let timing = |s: &str| read(&TIMINGS, s);
    if let Some(t) = choice(
        "timing",
        link.timing.take(),
        timing,
        "upfront or arrears",
        &mut problems,
    ) {
        base.timing = t;
    }
    let code = |s: &str| Some(s.to_ascii_uppercase()).filter(|c| is_currency_code(c));
    let expected = "a three-letter ISO currency code";
    if let Some(c) = choice(
        "currency",
        link.currency.take(),
        code,
        expected,
        &mut problems,
    ) {
        base.currency = c;
    }
    let use_model = |s: &str| read(&USE_MODEL, s);
    if let Some(u) = choice(
        "use_model",
        link.use_model.take(),
        use_model,
        "yes or no",
        &mut problems,
    ) {
        base.use_model = u;
    }

    if link.retention.is_some() && link.churn.take().is_some() {
        problems.push("Both retention and churn were given; retention was used.".into());
    }
    if link.churn.is_some() {
        base.rate_kind = RateKind::Churn;
        base.rate = 100.0 - base.rate;
    }
    let texts: Vec<(Field, String)> = NUMERIC_FIELDS
        .into_iter()
        .filter_map(|field| Some((field, link.slot(field, base.rate_kind).take()?)))
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
    use crate::model::SwitchingInputs;

    #[test]
    fn default_link_is_readable_and_stable() {
        assert_eq!(
            to_query(&Scenario::default()),
            "v=1&period=month&currency=USD&revenue=120&margin=75&serve_cost=15&retention=97\
             &discount=10&cac=900&horizon=0&timing=arrears&benefit_loss=25&monetary_loss=40\
             &risk_chance=5&risk_loss=400&eval_hours=1.5&learn_people=1&learn_hours=1\
             &hourly_cost=40&setup_cost=25&personal=3&brand=2&function_risk=2&self_image=2\
             &social_image=1&point_value=0.5&decision_horizon=24&base_churn=1&advantage=10\
             &cost_change=25&use_model=no"
        );
    }

    #[test]
    fn every_field_has_its_documented_parameter() {
        let query = to_query(&Scenario::default());
        for field in NUMERIC_FIELDS {
            let name = param_name(field, RateKind::Retention);
            assert!(query.contains(&format!("&{name}=")), "{name}");
        }
    }

    #[test]
    fn version_one_links_without_switching_costs_open_with_their_defaults() {
        let opened = from_query("v=1&revenue=200&retention=95");
        assert!(opened.problems.is_empty());
        let s = opened.form.scenario();
        assert_eq!((s.revenue, s.rate), (200.0, 95.0));
        assert_eq!(s.switching, SwitchingInputs::default());
        assert!(!s.use_model);
    }

    #[test]
    fn switching_parameters_prefill_and_bad_ones_fall_back() {
        let opened =
            from_query("setup_cost=900&personal=9&base_churn=abc&use_model=maybe&advantage=0");
        let s = opened.form.scenario();
        assert_eq!(s.switching.setup_cost, 900.0);
        assert_eq!(s.switching.ratings[0], 3.0);
        assert_eq!(s.switching.advantage_pct, 10.0);
        assert_eq!(opened.problems.len(), 4, "{:?}", opened.problems);
        assert!(opened
            .problems
            .iter()
            .any(|p| p.starts_with("personal=9: Must be at most 7.")));
        assert!(opened
            .problems
            .iter()
            .any(|p| p.starts_with("advantage=0: Must be above 0.")));
        assert!(opened
            .problems
            .iter()
            .any(|p| p.starts_with("use_model=maybe: expected yes or no")));
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
            switching: SwitchingInputs {
                benefit_loss: 1234.56,
                risk_chance_pct: 12.5,
                ratings: [7.0, 1.0, 4.5, 2.0, 3.0],
                decision_horizon: 12.0,
                base_churn_pct: 0.5,
                advantage_pct: 7.5,
                change_pct: -40.0,
                ..SwitchingInputs::default()
            },
            use_model: true,
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
