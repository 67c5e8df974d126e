//! What a field's number measures, and how it converts when the period changes.

/// What a field's number measures; the inputs show it beside the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Money, once.
    Money,
    MoneyPerPeriod,
    MoneyPerHour,
    Percent,
    PercentPerPeriod,
    PercentPerYear,
    PercentOfRevenue,
    PercentOfAnnualSpend,
    Periods,
    Hours,
    People,
    /// A rating from 1 (none) to 7 (very strong).
    Rating,
    Customers,
    CustomersPerPeriod,
    Years,
    /// Points of retention a period.
    PointsPerPeriod,
    /// Points of retention over a year.
    PointsPerYear,
    LeadsPerPeriod,
    /// Money a month, whatever the period.
    MoneyPerMonth,
    HoursPerDay,
    DaysPerMonth,
    Seconds,
    ContactsPerHour,
    ContactsPerPeriod,
    /// Money a year, whatever the period.
    MoneyPerYear,
}

impl Unit {
    /// Whether the field holds money, shown with the currency in front.
    pub fn is_money(self) -> bool {
        matches!(
            self,
            Unit::Money
                | Unit::MoneyPerPeriod
                | Unit::MoneyPerHour
                | Unit::MoneyPerMonth
                | Unit::MoneyPerYear
        )
    }

    /// Whether the field holds a percentage, so "%" after its number belongs.
    pub fn is_percent(self) -> bool {
        matches!(
            self,
            Unit::Percent
                | Unit::PercentPerPeriod
                | Unit::PercentPerYear
                | Unit::PercentOfRevenue
                | Unit::PercentOfAnnualSpend
                | Unit::PointsPerPeriod
                | Unit::PointsPerYear
        )
    }
}

/// How a field's value changes when the period does (formulas.md §5).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Convert {
    /// Not per period.
    Fixed,
    /// An amount a period: × 12 or ÷ 12.
    Amount,
    /// The rate field: retention r ↔ r¹², or churn as churn, as entered.
    Rate,
    /// A churn rate: 1 − (1 − q)¹².
    Churn,
    /// A count of periods, rounded to whole ones (0, for none, stays 0).
    Count,
    /// Points of retention a period added to the retention field's: the retention they
    /// lead to converted as retention is, less the retention converted.
    Lift,
}
