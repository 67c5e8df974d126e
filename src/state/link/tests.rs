//! The share link: the golden parameter list, exact round trips, and what bad links do.

use super::*;
use crate::model::Refusal;
use golden::GOLDEN;

mod golden;

fn names(query: &str) -> Vec<String> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap();
    pairs.into_iter().map(|(n, _)| n).collect()
}

fn open(query: &str) -> Opened {
    from_query(query, Lang::En)
}

#[test]
fn the_parameter_list_only_grows() {
    let written = names(&to_query(&Scenario::default(), Lang::En));
    let churn = Scenario {
        rate_kind: RateKind::Churn,
        ..Scenario::default()
    };
    let mut every: Vec<String> = written.clone();
    every.push(CHURN.into());
    for name in GOLDEN {
        assert!(
            every.iter().any(|w| w == name),
            "{name} is no longer written"
        );
    }
    for name in &written {
        assert!(GOLDEN.contains(&name.as_str()), "{name}: add it to GOLDEN");
    }
    assert!(names(&to_query(&churn, Lang::En)).contains(&CHURN.to_string()));
    // Each field's parameter is read: a link with it alone changes that field only.
    for field in FIELDS {
        let spec = field.spec();
        // 7 is within every field's bounds; the programme's lift, with 97 % retention, only
        // up to 3 points.
        let value = match (field, spec.max >= 8.0) {
            (Field::ProgrammeLift, _) => 2.0,
            (_, true) => 7.0,
            (_, false) => spec.max,
        };
        let opened = open(&format!("{}={value}", spec.param));
        assert!(
            opened.problems.is_empty(),
            "{}: {:?}",
            spec.param,
            opened.problems
        );
        assert_eq!(opened.form.scenario().get(field), value, "{}", spec.param);
    }
}

#[test]
fn default_link_is_readable_and_stable() {
    assert_eq!(
        to_query(&Scenario::default(), Lang::En),
        "v=1&lang=en&period=month&currency=USD&timing=arrears&revenue=120&margin=75\
         &serve_cost=15&retention=97&discount=10&cac=900&horizon=0&benefit_loss=25\
         &monetary_loss=40&risk_chance=5&risk_loss=400&eval_hours=1.5&learn_people=1\
         &learn_hours=1&hourly_cost=40&setup_cost=25&personal=3&brand=2&function_risk=2\
         &self_image=2&social_image=1&point_value=0.5&decision_horizon=24&base_churn=1\
         &advantage=10&cost_change=25&competitor_price=0&base=1000&new_customers=0&plan_years=3&programme_cost=2\
         &programme_lift=1&uplift=5&leads=2000&to_mql=25&to_sl=40&to_sql=50&to_customer=20\
         &marketing_spend=10000&sales_spend=8000&agent_cost=4000&agent_hours=8&agent_days=22\
         &utilisation=75&aht=360&contacts_hour=20&sl_target=80&sl_seconds=20&shrinkage=30\
         &public_share=10&answer_cost=40&answer_reach=200&contacts_per_customer=0.5\
         &other_serve_cost=12&bad_experience=2&leave_after_bad=32&sla_miss=5&sla_penalty=20\
         &unit_price_old=8000&unit_age=4&unit_life=5&decline_rate=0&unit_price=9000\
         &unit_margin=35&loyalty=60&upgrade_price=1500&upgrade_cost=900&life_added=2\
         &loyalty_upgrade=70&credit=1000&recovery=400&loyalty_tradein=80&upsell=10&run_old=1200\
         &run_new=800&run_upgraded=1000&customer_discount=0\
         &use_model=no&use_funnel=no&staffing=utilisation&use_channels=no&depreciation=straight"
    );
}

#[test]
fn version_one_links_without_later_parameters_open_with_their_defaults() {
    let opened = open("v=1&revenue=200&retention=95");
    assert!(opened.problems.is_empty());
    assert_eq!(opened.lang, None);
    let s = opened.form.scenario();
    assert_eq!((s.get(Field::Revenue), s.get(Field::Rate)), (200.0, 95.0));
    assert_eq!(s.get(Field::SetupCost), Field::SetupCost.spec().default);
    assert!(!s.is_on(Setting::UseModel));
    assert_eq!(s.currency, "USD");
}

#[test]
fn language_comes_from_the_link_and_sets_the_first_currency() {
    let zh = from_query("revenue=200", Lang::Zh);
    assert_eq!(
        (zh.lang, zh.form.scenario().currency.as_str()),
        (None, "CNY")
    );
    let asked = from_query("lang=zh", Lang::En);
    assert_eq!(asked.lang, Some(Lang::Zh));
    assert_eq!(asked.form.scenario().currency, "CNY");
    assert_eq!(
        from_query("lang=zh&currency=EUR", Lang::En)
            .form
            .scenario()
            .currency,
        "EUR"
    );
    let bad = open("lang=fr");
    assert_eq!(bad.lang, None);
    assert_eq!(
        bad.problems,
        vec![LinkProblem::BadChoice {
            param: "lang",
            value: "fr".into(),
            expected: Choice::Lang
        }]
    );
    assert!(to_query(&Scenario::default(), Lang::Zh).starts_with("v=1&lang=zh&"));
}

#[test]
fn switching_parameters_prefill_and_bad_ones_fall_back() {
    let opened = open("setup_cost=900&personal=9&base_churn=abc&use_model=maybe&advantage=0");
    let s = opened.form.scenario();
    assert_eq!(s.get(Field::SetupCost), 900.0);
    assert_eq!(s.get(Field::PersonalRelationship), 3.0);
    assert_eq!(s.get(Field::Advantage), 10.0);
    let refused = |param, value: &str, error| LinkProblem::Refused {
        param,
        value: value.into(),
        error,
    };
    assert_eq!(
        opened.problems,
        vec![
            LinkProblem::BadChoice {
                param: "use_model",
                value: "maybe".into(),
                expected: Choice::Setting(Setting::UseModel)
            },
            refused("personal", "9", FieldError::TooLarge { max: 7.0 }),
            refused("base_churn", "abc", FieldError::NotANumber),
            refused("advantage", "0", FieldError::NotPositive),
        ]
    );
}

#[test]
fn round_trips_exactly() {
    let mut s = Scenario {
        period: Period::Year,
        currency: "EUR".into(),
        rate_kind: RateKind::Churn,
        timing: Timing::Upfront,
        ..Scenario::default()
    };
    for setting in SETTINGS {
        s.choose(setting, 1);
    }
    for (field, value) in [
        (Field::Revenue, 1234.5678901234),
        (Field::Margin, 33.333333333333336),
        (Field::ServeCost, 0.1),
        (Field::Rate, 2.7),
        (Field::Discount, 7.25),
        (Field::Cac, 1e6),
        (Field::Horizon, 36.0),
        (Field::BenefitLoss, 1234.56),
        (Field::RiskChance, 12.5),
        (Field::PersonalRelationship, 7.0),
        (Field::FunctionRisk, 4.5),
        (Field::DecisionHorizon, 12.0),
        (Field::BaseChurn, 0.5),
        (Field::Advantage, 7.5),
        (Field::CostChange, -40.0),
        (Field::Base, 2500.5),
        (Field::NewCustomers, 12.5),
        (Field::PlanYears, 7.0),
        (Field::ProgrammeCost, 3.25),
        (Field::ProgrammeLift, 0.75),
        (Field::Uplift, 2.0),
    ] {
        s.set(field, value);
    }
    let opened = open(&to_query(&s, Lang::Zh));
    assert!(opened.problems.is_empty(), "{:?}", opened.problems);
    assert_eq!(opened.form.scenario(), &s);
    assert_eq!(opened.lang, Some(Lang::Zh));
}

#[test]
fn plain_parameters_prefill() {
    let opened = open("?period=year&revenue=1200&margin=40&retention=85&cac=500&currency=gbp");
    assert!(opened.problems.is_empty());
    let s = opened.form.scenario();
    assert_eq!(s.period, Period::Year);
    assert_eq!(
        [Field::Revenue, Field::Margin, Field::Rate, Field::Cac].map(|f| s.get(f)),
        [1200.0, 40.0, 85.0, 500.0]
    );
    assert_eq!(s.currency, "GBP");
    // Left out: the default business a year (15 a month is 180 a year; 24 months, 2 years).
    assert_eq!(s.get(Field::ServeCost), 180.0);
    assert_eq!(s.get(Field::DecisionHorizon), 2.0);
    assert_eq!(open("?period=month").form.scenario(), &Scenario::default());
}

#[test]
fn churn_parameter_sets_churn_mode() {
    let s = open("churn=5").form.scenario().clone();
    assert_eq!(
        (s.rate_kind, s.get(Field::Rate), s.retention_pct()),
        (RateKind::Churn, 5.0, 95.0)
    );
    let both = open("retention=90&churn=5");
    assert_eq!(both.problems, vec![LinkProblem::BothRates]);
    assert_eq!(both.form.scenario().retention_pct(), 90.0);
}

#[test]
fn malformed_parameters_fall_back_with_a_message() {
    let opened = open("revenue=abc&margin=150&period=week&timing=later&currency=dollars&v=9");
    assert_eq!(opened.form.scenario(), &Scenario::default());
    assert_eq!(opened.problems.len(), 6, "{:?}", opened.problems);
    assert_eq!(opened.problems[0], LinkProblem::OtherVersion("9".into()));
    assert!(opened.problems.contains(&LinkProblem::UnknownCurrency {
        value: "dollars".into(),
        suggestion: None
    }));
    assert!(opened.problems.contains(&LinkProblem::Refused {
        param: "margin",
        value: "150".into(),
        error: FieldError::TooLarge { max: 100.0 }
    }));
}

#[test]
fn unbounded_combination_from_a_link_is_refused() {
    let opened = open("retention=100&discount=0");
    assert_eq!(opened.form.scenario().get(Field::Rate), 97.0);
    assert_eq!(opened.form.scenario().get(Field::Discount), 0.0);
    assert_eq!(
        opened.problems,
        vec![LinkProblem::Refused {
            param: "retention",
            value: "100".into(),
            error: FieldError::Refused(Refusal::Unbounded)
        }]
    );
}

mod by_hand;
