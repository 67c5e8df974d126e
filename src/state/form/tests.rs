//! The form: parsing, per-field errors, the last valid scenario, and the period switch.

use super::*;
use crate::model::Refusal;

#[test]
fn bad_text_keeps_the_last_good_value_and_other_edits_still_apply() {
    let mut form = Form::default();
    form.edit(Field::Margin, "abc".into());
    assert_eq!(form.error(Field::Margin), Some(FieldError::NotANumber));
    assert_eq!(form.scenario().get(Field::Margin), 75.0);
    assert_eq!(form.draft(Field::Margin), "abc");
    form.edit(Field::Revenue, "200".into());
    assert_eq!(form.scenario().get(Field::Revenue), 200.0);
    assert_eq!(form.scenario().get(Field::Margin), 75.0);
    form.edit(Field::Margin, "150".into());
    assert_eq!(
        form.error(Field::Margin),
        Some(FieldError::TooLarge { max: 100.0 })
    );
    form.edit(Field::Margin, "50".into());
    assert!(form.is_clean());
    assert_eq!(form.scenario().get(Field::Margin), 50.0);
}

#[test]
fn each_field_is_checked_against_its_bounds() {
    let cases = [
        (Field::Revenue, "-1", FieldError::Negative),
        (Field::Revenue, "1e13", FieldError::TooLarge { max: 1e12 }),
        (
            Field::RiskChance,
            "101",
            FieldError::TooLarge { max: 100.0 },
        ),
        (Field::EvaluationHours, "1e999", FieldError::NotANumber),
        (
            Field::PersonalRelationship,
            "0",
            FieldError::TooSmall { min: 1.0 },
        ),
        (
            Field::BrandRelationship,
            "8",
            FieldError::TooLarge { max: 7.0 },
        ),
        (
            Field::CostChange,
            "-150",
            FieldError::TooSmall { min: -100.0 },
        ),
        (Field::DecisionHorizon, "1.5", FieldError::NotWhole),
        (
            Field::DecisionHorizon,
            "0",
            FieldError::TooSmall { min: 1.0 },
        ),
        (Field::Advantage, "0", FieldError::NotPositive),
        (Field::Horizon, "2.5", FieldError::NotWhole),
        (Field::Cac, "", FieldError::Empty),
    ];
    for (field, text, error) in cases {
        let mut form = Form::default();
        form.edit(field, text.into());
        assert_eq!(form.error(field), Some(error), "{field:?} = {text}");
        assert_eq!(form.scenario(), Form::default().scenario());
    }
}

#[test]
fn unbounded_combination_is_refused_on_retention() {
    let mut form = Form::default();
    form.edit(Field::Discount, "0".into());
    form.edit(Field::Rate, "100".into());
    assert_eq!(
        form.error(Field::Rate),
        Some(FieldError::Refused(Refusal::Unbounded))
    );
    assert_eq!(form.scenario().get(Field::Rate), 97.0);
    assert_eq!(form.scenario().get(Field::Discount), 0.0);
    form.edit(Field::Horizon, "24".into());
    assert!(form.is_clean());
    assert_eq!(form.scenario().get(Field::Rate), 100.0);
}

#[test]
fn empty_horizon_means_none() {
    let mut form = Form::default();
    form.edit(Field::Horizon, "".into());
    assert!(form.is_clean());
    assert_eq!(form.valid().params.horizon, None);
    form.edit(Field::Horizon, "2.5".into());
    assert_eq!(form.error(Field::Horizon), Some(FieldError::NotWhole));
}

#[test]
fn churn_is_checked_as_churn() {
    let mut form = Form::default();
    form.set_rate_kind(RateKind::Churn);
    assert_eq!(form.draft(Field::Rate), "3");
    assert_eq!(form.scenario().retention_pct(), 97.0);
    form.edit(Field::Rate, "2.7".into());
    assert_eq!(form.scenario().get(Field::Rate), 2.7);
    form.edit(Field::Rate, "150".into());
    assert_eq!(
        form.error(Field::Rate),
        Some(FieldError::TooLarge { max: 100.0 })
    );
    form.edit(Field::Rate, "2.7".into());
    form.set_rate_kind(RateKind::Retention);
    assert_eq!(form.draft(Field::Rate), "97.3");
    assert_eq!(form.scenario().get(Field::Rate), 97.3);
}

#[test]
fn load_replaces_refused_fields_with_the_base() {
    let texts = [
        (Field::Revenue, "250".to_string()),
        (Field::Margin, "abc".to_string()),
        (Field::Cac, "-5".to_string()),
    ];
    let (form, refused) = Form::load(Scenario::default(), &texts);
    assert_eq!(form.scenario().get(Field::Revenue), 250.0);
    assert_eq!(form.scenario().get(Field::Margin), 75.0);
    assert_eq!(form.draft(Field::Margin), "75");
    assert!(form.is_clean());
    assert_eq!(
        refused,
        vec![
            (Field::Margin, FieldError::NotANumber),
            (Field::Cac, FieldError::Negative)
        ]
    );
}

#[test]
fn month_to_year_converts_every_per_period_input() {
    let mut form = Form::default();
    let changes = form.convert_period(Period::Year);
    let s = form.scenario();
    assert_eq!(s.period, Period::Year);
    assert_eq!(s.get(Field::Revenue), 1440.0);
    assert_eq!(s.get(Field::ServeCost), 180.0);
    assert_eq!(s.get(Field::Rate), 69.3842);
    assert_eq!(s.get(Field::BaseChurn), 11.3615);
    assert_eq!(s.get(Field::DecisionHorizon), 2.0);
    assert_eq!(s.get(Field::Horizon), 0.0);
    // Not per period: CAC, discount (annual already), switching amounts, μ, an agent's
    // monthly cost.
    for field in [
        Field::AgentCost,
        Field::Cac,
        Field::Discount,
        Field::SetupCost,
        Field::Advantage,
    ] {
        assert_eq!(s.get(field), Scenario::default().get(field), "{field:?}");
    }
    assert_eq!(form.draft(Field::Revenue), "1440");
    assert_eq!(form.draft(Field::Rate), "69.3842");
    let changed: Vec<Field> = changes.iter().map(|c| c.field).collect();
    assert_eq!(
        changed,
        [
            Field::Revenue,
            Field::ServeCost,
            Field::Rate,
            Field::DecisionHorizon,
            Field::BaseChurn,
            Field::ProgrammeCost,
            Field::ProgrammeLift,
            Field::Leads,
            Field::MarketingSpend,
            Field::SalesSpend,
            Field::ContactsPerCustomer,
            Field::OtherServeCost,
            Field::BadExperience,
            Field::SlaMiss,
        ]
    );
    assert!(changes.iter().all(|c| !c.rounded));
}

#[test]
fn period_round_trips_return_the_inputs() {
    let mut form = Form::default();
    form.edit(Field::Horizon, "36".into());
    form.set_rate_kind(RateKind::Churn);
    form.edit(Field::Rate, "2.5".into());
    form.edit(Field::Revenue, "99.99".into());
    let before = form.scenario().clone();
    form.convert_period(Period::Year);
    assert_eq!(form.scenario().get(Field::Horizon), 3.0);
    form.convert_period(Period::Month);
    assert_eq!(form.scenario(), &before);
    assert_eq!(form.draft(Field::Rate), "2.5");
}

#[test]
fn horizons_that_are_not_whole_years_are_rounded_and_said_so() {
    let mut form = Form::default();
    form.edit(Field::Horizon, "18".into());
    form.edit(Field::DecisionHorizon, "5".into());
    let changes = form.convert_period(Period::Year);
    let horizon = changes.iter().find(|c| c.field == Field::Horizon).unwrap();
    assert_eq!((horizon.after, horizon.rounded), (2.0, true));
    let decision = changes
        .iter()
        .find(|c| c.field == Field::DecisionHorizon)
        .unwrap();
    assert_eq!((decision.after, decision.rounded), (1.0, true));
    form.convert_period(Period::Month);
    assert_eq!(form.scenario().get(Field::Horizon), 24.0);
}

#[test]
fn a_per_period_field_that_is_not_a_number_shows_the_value_it_stood_for() {
    let mut form = Form::default();
    form.edit(Field::Revenue, "150x".into());
    form.edit(Field::Cac, "oops".into());
    form.convert_period(Period::Year);
    // Revenue was converted from its last good value: the field shows what is used.
    assert_eq!(form.draft(Field::Revenue), "1440");
    assert_eq!(form.error(Field::Revenue), None);
    // CAC is not per period: its text stays as typed, still refused.
    assert_eq!(form.draft(Field::Cac), "oops");
    assert_eq!(form.error(Field::Cac), Some(FieldError::NotANumber));
}

#[test]
fn typed_text_is_kept_and_what_it_was_read_as_is_told() {
    let mut form = Form::default();
    form.edit(Field::Revenue, "6万".into());
    assert_eq!(form.draft(Field::Revenue), "6万");
    assert_eq!(form.scenario().get(Field::Revenue), 60_000.0);
    assert_eq!(form.understood(Field::Revenue), Some(60_000.0));
    form.edit(Field::Revenue, "60,000".into());
    assert_eq!(form.understood(Field::Revenue), None);
    form.edit(Field::Margin, "６０ｋ".into());
    // Read, then refused by the bounds: both are said.
    assert_eq!(form.understood(Field::Margin), Some(60_000.0));
    assert_eq!(
        form.error(Field::Margin),
        Some(FieldError::TooLarge { max: 100.0 })
    );
    form.edit(Field::Cac, "1_000".into());
    assert_eq!(form.understood(Field::Cac), None);
    assert_eq!(form.error(Field::Cac), Some(FieldError::Unexpected('_')));
    assert_eq!(form.scenario().get(Field::Cac), 900.0);
}

#[test]
fn misreadings_are_refused_in_their_fields() {
    let cases = [
        (Field::Revenue, "1,5", FieldError::DecimalComma),
        (Field::Cac, "1.234,56", FieldError::DecimalComma),
        (Field::Cac, "12%", FieldError::StrayPercent),
        (
            Field::EvaluationHours,
            "¥12",
            FieldError::StrayCurrency("¥"),
        ),
        (Field::Margin, "US$40", FieldError::StrayCurrency("US$")),
    ];
    for (field, text, error) in cases {
        let mut form = Form::default();
        form.edit(field, text.into());
        assert_eq!(form.error(field), Some(error), "{field:?} = {text}");
        assert_eq!(form.scenario(), Form::default().scenario());
    }
    let mut form = Form::default();
    form.edit(Field::Margin, "40%".into());
    form.edit(Field::Revenue, "¥10.5万".into());
    form.edit(Field::CostChange, "－30".into());
    assert!(form.is_clean());
    let s = form.scenario();
    assert_eq!(
        [Field::Margin, Field::Revenue, Field::CostChange].map(|f| s.get(f)),
        [40.0, 105_000.0, -30.0]
    );
}

#[test]
fn only_fields_that_take_negatives_offer_the_sign_button() {
    let signed: Vec<Field> = FIELDS
        .into_iter()
        .filter(|f| f.spec().takes_negatives())
        .collect();
    assert_eq!(signed, [Field::CostChange]);
    let mut form = Form::default();
    form.edit(Field::CostChange, flip_sign(form.draft(Field::CostChange)));
    assert_eq!(form.draft(Field::CostChange), "-25");
    assert_eq!(form.scenario().get(Field::CostChange), -25.0);
}

#[test]
fn a_period_switch_converts_what_was_read() {
    let mut form = Form::default();
    form.edit(Field::Revenue, "1.2k".into());
    form.convert_period(Period::Year);
    assert_eq!(form.scenario().get(Field::Revenue), 14_400.0);
    assert_eq!(form.draft(Field::Revenue), "14400");
}
