//! Typed values turned into words at the last moment: errors, link problems, units.

use crate::i18n::{FieldText, Messages};
use crate::model::{Period, Refusal};
use crate::state::link::Choice;
use crate::state::{Field, FieldError, LinkProblem, RateKind, Unit};

/// Why a field's text was not used, in words.
pub fn error(m: &Messages, e: FieldError) -> String {
    let e_ = &m.errors;
    match e {
        FieldError::Empty => e_.empty.into(),
        FieldError::NotANumber => e_.not_a_number.into(),
        FieldError::Negative => e_.negative.into(),
        FieldError::TooSmall { min } => e_.too_small.fill([&min.to_string()]),
        FieldError::TooLarge { max } => e_.too_large.fill([&max.to_string()]),
        FieldError::NotPositive => e_.not_positive.into(),
        FieldError::NotWhole => e_.not_whole.into(),
        FieldError::Refused(Refusal::Unbounded) => e_.unbounded.into(),
        FieldError::Refused(Refusal::ChurnVanishes) => e_.churn_vanishes.into(),
    }
}

/// One thing a link could not use, in words.
pub fn link_problem(m: &Messages, p: &LinkProblem) -> String {
    let l = &m.link;
    match p {
        LinkProblem::Unreadable => l.unreadable.into(),
        LinkProblem::OtherVersion(v) => l.other_version.fill([v]),
        LinkProblem::BadChoice {
            param,
            value,
            expected,
        } => {
            let expected = match expected {
                Choice::Period => l.expect_period,
                Choice::Timing => l.expect_timing,
                Choice::Currency => l.expect_currency,
                Choice::UseModel => l.expect_yes_no,
                Choice::Lang => l.expect_lang,
            };
            l.bad_choice.fill([param, value, expected])
        }
        LinkProblem::Refused {
            param,
            value,
            error: e,
        } => l.refused.fill([param, value, &error(m, *e)]),
        LinkProblem::BothRates => l.both_rates.into(),
        LinkProblem::Repeated(name) => l.repeated.fill([name]),
    }
}

/// A field's label and help; the rate field's depend on whether churn is entered.
pub fn field_text(m: &'static Messages, field: Field, kind: RateKind) -> &'static FieldText {
    match (field, kind) {
        (Field::Rate, RateKind::Churn) => &m.fields.churn,
        _ => (field.spec().text)(m),
    }
}

/// The unit shown after a field's number ("per month", "% of revenue"); money fields show
/// their currency in front as well.
pub fn suffix(m: &Messages, unit: Unit, period: Period) -> &'static str {
    let u = &m.units;
    match unit {
        Unit::Money => "",
        Unit::MoneyPerPeriod => u.per_period.get(period),
        Unit::MoneyPerHour => u.per_hour,
        Unit::Percent => u.percent,
        Unit::PercentPerPeriod => u.percent_per_period.get(period),
        Unit::PercentPerYear => u.percent_per_year,
        Unit::PercentOfRevenue => u.percent_of_revenue,
        Unit::PercentOfAnnualSpend => u.percent_of_annual_spend,
        Unit::Periods => u.periods.get(period),
        Unit::Hours => u.hours,
        Unit::People => u.people,
        Unit::Rating => u.rating,
    }
}

/// Whether a unit is money, shown with the currency in front.
pub fn is_money(unit: Unit) -> bool {
    matches!(
        unit,
        Unit::Money | Unit::MoneyPerPeriod | Unit::MoneyPerHour
    )
}
