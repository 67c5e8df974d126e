//! Typed values turned into words at the last moment: errors, link problems, units.

use crate::i18n::format::{exact, number};
use crate::i18n::{FieldText, Messages};
use crate::model::{Period, Refusal};
use crate::state::link::Choice;
use crate::state::{Feed, Field, FieldError, LinkProblem, RateKind, Setting, Unit};

/// A bound in a message, as the user would type it: thousands grouped, an ASCII minus.
fn bound(x: f64) -> String {
    let digits = number(x.abs(), 4);
    if x < 0.0 {
        format!("-{digits}")
    } else {
        digits
    }
}

/// Why a field's text was not used, in words.
pub fn error(m: &Messages, e: FieldError) -> String {
    let e_ = &m.errors;
    match e {
        FieldError::Empty => e_.empty.into(),
        FieldError::NotANumber => e_.not_a_number.into(),
        FieldError::Unexpected(c) => e_.unexpected.fill([&c.to_string()]),
        FieldError::DecimalComma => e_.decimal_comma.into(),
        FieldError::StrayPercent => e_.stray_percent.into(),
        FieldError::StrayCurrency(sign) => e_.stray_currency.fill([sign]),
        FieldError::Negative => e_.negative.into(),
        FieldError::TooSmall { min } => e_.too_small.fill([&bound(min)]),
        FieldError::TooLarge { max } => e_.too_large.fill([&bound(max)]),
        FieldError::NotPositive => e_.not_positive.into(),
        FieldError::NotWhole => e_.not_whole.into(),
        FieldError::Refused(Refusal::Unbounded) => e_.unbounded.into(),
        FieldError::Refused(Refusal::ChurnVanishes) => e_.churn_vanishes.into(),
        FieldError::Refused(Refusal::ProgrammeBeyondFull) => e_.programme_beyond_full.into(),
        FieldError::Refused(Refusal::UpliftBeyondFull) => e_.uplift_beyond_full.into(),
        FieldError::Refused(Refusal::IdleAgents) => e_.idle_agents.into(),
        FieldError::Refused(Refusal::NoContacts) => e_.no_contacts.into(),
        FieldError::Refused(Refusal::TooMuchTraffic) => e_.too_much_traffic.into(),
        FieldError::Refused(Refusal::FullShrinkage) => e_.full_shrinkage.into(),
        FieldError::Refused(Refusal::TargetUnreachable) => e_.target_unreachable.into(),
        FieldError::Refused(Refusal::NoReach) => e_.no_reach.into(),
        FieldError::Refused(Refusal::ChainNeverEnds) => e_.chain_never_ends.into(),
        FieldError::Refused(Refusal::CreditAbovePrice) => e_.credit_above_price.into(),
        FieldError::Refused(Refusal::NoUsefulLife) => e_.no_useful_life.into(),
    }
}

/// Beside a field a switch feeds: where its value comes from, or why the value entered
/// stays in use.
pub fn feed_note(m: &'static Messages, field: Field, feed: Feed) -> &'static str {
    let c = &m.costs;
    match (field, feed) {
        (Field::Cac, Feed::Fed(_)) => c.cac_fed,
        (Field::Cac, Feed::NoneWon) => c.cac_none_won,
        (Field::Cac, _) => c.cac_too_large,
        (_, Feed::Fed(_)) => c.serve_fed,
        _ => c.serve_too_large,
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
                Choice::Setting(Setting::Staffing) => l.expect_staffing,
                Choice::Setting(Setting::Depreciation) => l.expect_depreciation,
                Choice::Setting(Setting::UseModel | Setting::UseFunnel | Setting::UseChannels) => {
                    l.expect_yes_no
                }
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
        LinkProblem::Repeated { param, kept } => l.repeated.fill([param, kept]),
        LinkProblem::CurrencyAlias { value, code } => l.currency_alias.fill([value, code]),
        LinkProblem::UnknownCurrency {
            value,
            suggestion: Some(code),
        } => l.unknown_currency.fill([value, code]),
        LinkProblem::UnknownCurrency {
            value,
            suggestion: None,
        } => l.bad_choice.fill(["currency", value, l.expect_currency]),
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
        Unit::Customers => u.customers,
        Unit::CustomersPerPeriod => u.customers_per_period.get(period),
        Unit::Years => u.years,
        Unit::PointsPerPeriod => u.points_per_period.get(period),
        Unit::PointsPerYear => u.points_per_year,
        Unit::LeadsPerPeriod => u.leads_per_period.get(period),
        Unit::MoneyPerMonth => u.per_month,
        Unit::HoursPerDay => u.hours_per_day,
        Unit::DaysPerMonth => u.days_per_month,
        Unit::Seconds => u.seconds,
        Unit::ContactsPerHour => u.contacts_per_hour,
        Unit::ContactsPerPeriod => u.contacts_per_period.get(period),
        Unit::MoneyPerYear => u.per_year,
    }
}

/// What a field's text was read as, when it was not a plain number: "= 60,000".
pub fn understood(m: &Messages, value: f64) -> String {
    m.units.understood.fill([&exact(value)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn errors_and_link_problems_in_both_languages() {
        let (en, zh) = (Lang::En.messages(), Lang::Zh.messages());
        let large = FieldError::TooLarge { max: 1e12 };
        assert_eq!(error(en, large), "Must be at most 1,000,000,000,000.");
        assert_eq!(error(zh, large), "不能大于 1,000,000,000,000。");
        let small = FieldError::TooSmall { min: -100.0 };
        assert_eq!(error(en, small), "Must be at least -100.");
        let refused = LinkProblem::Refused {
            param: "margin",
            value: "150".into(),
            error: FieldError::TooLarge { max: 100.0 },
        };
        assert_eq!(
            link_problem(en, &refused),
            "margin=150: Must be at most 100. The default was used."
        );
        assert_eq!(
            link_problem(zh, &refused),
            "margin=150：不能大于 100。已使用默认值。"
        );
        let lang = LinkProblem::BadChoice {
            param: "lang",
            value: "fr".into(),
            expected: Choice::Lang,
        };
        assert_eq!(
            link_problem(en, &lang),
            "lang=fr: expected en or zh. The default was used."
        );
    }

    #[test]
    fn misread_numbers_and_hand_written_links_in_both_languages() {
        let (en, zh) = (Lang::En.messages(), Lang::Zh.messages());
        let say = |e| (error(en, e), error(zh, e));
        assert_eq!(
            say(FieldError::DecimalComma),
            (
                "Use “.” for decimals: 1.5, not 1,5. A comma only separates thousands, as in \
                 1,234."
                    .into(),
                "小数点请用“.”：写 1.5，不要写 1,5。逗号只用于千位分隔，如 1,234。".into()
            )
        );
        assert_eq!(
            say(FieldError::StrayCurrency("US$")),
            (
                "Remove “US$”: this field is not an amount of money.".into(),
                "请去掉“US$”：此项不是金额。".into()
            )
        );
        assert_eq!(
            say(FieldError::StrayPercent).1,
            "请去掉“%”：此项不是百分比。"
        );
        assert!(error(en, FieldError::Unexpected('_')).starts_with("A number cannot contain “_”."));
        assert!(error(zh, FieldError::Unexpected('_')).starts_with("数字中不能有“_”。"));
        assert_eq!(understood(en, 60_000.0), "= 60,000");
        assert_eq!(understood(zh, 1.2e8), "即 120,000,000");
        let repeated = LinkProblem::Repeated {
            param: "revenue".into(),
            kept: "1".into(),
        };
        assert_eq!(
            link_problem(en, &repeated),
            "revenue was given more than once; the first value, 1, was used."
        );
        assert_eq!(
            link_problem(zh, &repeated),
            "revenue 出现了不止一次；已使用第一个值 1。"
        );
        let alias = LinkProblem::CurrencyAlias {
            value: "RMB".into(),
            code: "CNY",
        };
        assert_eq!(
            link_problem(en, &alias),
            "currency=RMB: read as CNY, its ISO 4217 code."
        );
        assert_eq!(
            link_problem(zh, &alias),
            "currency=RMB：已按其 ISO 4217 代码 CNY 读取。"
        );
        let slip = |suggestion| LinkProblem::UnknownCurrency {
            value: "CNX".into(),
            suggestion,
        };
        assert_eq!(
            link_problem(en, &slip(Some("CNY"))),
            "currency=CNX: not an ISO 4217 currency code. Did you mean CNY? The default was used."
        );
        assert_eq!(
            link_problem(zh, &slip(Some("CNY"))),
            "currency=CNX：不是 ISO 4217 货币代码。您要输入的是不是 CNY？已使用默认值。"
        );
        assert_eq!(
            link_problem(en, &slip(None)),
            "currency=CNX: expected an ISO 4217 currency code, such as USD, EUR or CNY. The \
             default was used."
        );
        assert_eq!(
            link_problem(zh, &slip(None)),
            "currency=CNX：应为 ISO 4217 货币代码，例如 USD、EUR 或 CNY。已使用默认值。"
        );
    }

    #[test]
    fn the_rate_field_is_named_as_entered() {
        let en = Lang::En.messages();
        assert_eq!(
            field_text(en, Field::Rate, RateKind::Retention).label,
            "Retention"
        );
        assert_eq!(field_text(en, Field::Rate, RateKind::Churn).label, "Churn");
        assert_eq!(
            suffix(en, Unit::PercentPerPeriod, Period::Year),
            "% per year"
        );
        assert_eq!(
            suffix(Lang::Zh.messages(), Unit::PercentPerPeriod, Period::Month),
            "%/月"
        );
    }
}
