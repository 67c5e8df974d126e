//! What the user typed, beside the last scenario that was valid.
//!
//! Every numeric field keeps its text as typed. A field whose text does not parse, or that
//! the model refuses, gets a message and keeps its last good value in the scenario, so the
//! results on screen stay those of the last valid inputs.

use super::scenario::{RateKind, Scenario, NUMERIC_FIELDS};
use crate::model::{self, switching, Field, InputError, Params, Period, SwitchingParams, Timing};
use std::fmt;

/// Why a field's text was not used.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FieldError {
    Empty,
    NotANumber,
    Invalid(InputError),
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldError::Empty => f.write_str("Enter a value."),
            FieldError::NotANumber => f.write_str("Enter a number, such as 1200 or 12.5."),
            FieldError::Invalid(e) => e.fmt(f),
        }
    }
}

/// Reads a number the way people type one: "1,200", "1 200", "75%", "$900", " 12.5 ".
pub fn parse_number(text: &str) -> Result<f64, FieldError> {
    let cleaned: String = text
        .trim()
        .trim_end_matches('%')
        .trim_start_matches(['$', '€', '£', '¥', '₹', '₩'])
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    if cleaned.is_empty() {
        return Err(FieldError::Empty);
    }
    // Rust also reads "inf" and "NaN"; people mean neither.
    if cleaned
        .bytes()
        .any(|b| b.is_ascii_alphabetic() && b != b'e' && b != b'E')
    {
        return Err(FieldError::NotANumber);
    }
    cleaned.parse().map_err(|_| FieldError::NotANumber)
}

/// Text for a value, in its shortest form that reads back to the same number.
pub fn draft_text(value: f64) -> String {
    value.to_string()
}

/// What a field shows for a value: no horizon is an empty field, not "0".
fn field_text(field: Field, value: f64) -> String {
    if field == Field::Horizon && value == 0.0 {
        String::new()
    } else {
        draft_text(value)
    }
}

/// The form: drafts and their errors, plus the scenario and parameters last valid.
#[derive(Clone, Debug, PartialEq)]
pub struct Form {
    scenario: Scenario,
    params: Params,
    switching: SwitchingParams,
    drafts: [String; NUMERIC_FIELDS.len()],
    errors: [Option<FieldError>; NUMERIC_FIELDS.len()],
}

fn index(field: Field) -> usize {
    NUMERIC_FIELDS.iter().position(|f| *f == field).unwrap_or(0)
}

/// Validates a whole scenario: the economics, then the switching inputs against them.
fn validate(s: &Scenario) -> Result<(Params, SwitchingParams), Vec<(Field, InputError)>> {
    let params = model::validate(&s.economics())?;
    let switching = switching::validate(&s.switching, &params)?;
    Ok((params, switching))
}

impl Default for Form {
    fn default() -> Self {
        let scenario = Scenario::default();
        let valid =
            validate(&scenario).unwrap_or_else(|_| unreachable!("the default scenario is valid"));
        Form::from_valid(scenario, valid)
    }
}

impl Form {
    fn from_valid(scenario: Scenario, (params, switching): (Params, SwitchingParams)) -> Form {
        Form {
            drafts: NUMERIC_FIELDS.map(|f| field_text(f, scenario.get(f))),
            errors: [None; NUMERIC_FIELDS.len()],
            scenario,
            params,
            switching,
        }
    }

    /// Starts from `base` with `texts` (field, text) typed over it: fields whose text is
    /// refused keep `base`'s value and are returned with their errors. An invalid `base`
    /// gives way to the default scenario.
    pub fn load(base: Scenario, texts: &[(Field, String)]) -> (Form, Vec<(Field, FieldError)>) {
        let mut form = match validate(&base) {
            Ok(valid) => Form::from_valid(base, valid),
            Err(_) => Form::default(),
        };
        for (field, text) in texts {
            form.drafts[index(*field)] = text.clone();
        }
        form.apply(form.scenario.clone());
        let refused: Vec<_> = NUMERIC_FIELDS
            .iter()
            .filter_map(|&f| form.error(f).map(|e| (f, e)))
            .collect();
        for (field, _) in &refused {
            form.drafts[index(*field)] = field_text(*field, form.scenario.get(*field));
            form.errors[index(*field)] = None;
        }
        (form, refused)
    }

    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The validated parameters of the scenario's economics.
    pub fn params(&self) -> &Params {
        &self.params
    }

    /// The validated switching-cost parameters of the scenario.
    pub fn switching(&self) -> &SwitchingParams {
        &self.switching
    }

    pub fn draft(&self, field: Field) -> &str {
        &self.drafts[index(field)]
    }

    pub fn error(&self, field: Field) -> Option<FieldError> {
        self.errors[index(field)]
    }

    /// Whether every field's text is in use.
    pub fn is_clean(&self) -> bool {
        self.errors.iter().all(Option::is_none)
    }

    /// The user typed `text` into `field`.
    pub fn edit(&mut self, field: Field, text: String) {
        self.drafts[index(field)] = text;
        self.apply(self.scenario.clone());
    }

    pub fn set_period(&mut self, period: Period) {
        self.apply(Scenario {
            period,
            ..self.scenario.clone()
        });
    }

    pub fn set_timing(&mut self, timing: Timing) {
        self.apply(Scenario {
            timing,
            ..self.scenario.clone()
        });
    }

    pub fn set_use_model(&mut self, use_model: bool) {
        self.scenario.use_model = use_model;
    }

    pub fn set_currency(&mut self, code: String) {
        if super::scenario::is_currency_code(&code) {
            self.scenario.currency = code;
        }
    }

    /// Switches between entering retention and churn; the rate field shows the other one.
    pub fn set_rate_kind(&mut self, kind: RateKind) {
        if kind == self.scenario.rate_kind {
            return;
        }
        // 100 − x, rounded to 10 decimals so that 100 − 97.3 reads 2.7, not 2.7000000000000028.
        let flip = |x: f64| ((100.0 - x) * 1e10).round() / 1e10;
        let i = index(Field::Retention);
        self.scenario.rate_kind = kind;
        self.scenario.rate = flip(self.scenario.rate);
        if let Ok(typed) = parse_number(&self.drafts[i]) {
            self.drafts[i] = draft_text(flip(typed));
        }
        self.apply(self.scenario.clone());
    }

    /// Rebuilds the scenario from `base` (the choices) and the drafts: parsed fields the
    /// model accepts are taken, refused ones keep their last good value and get an error.
    fn apply(&mut self, base: Scenario) {
        let last_good = std::mem::replace(&mut self.scenario, base);
        let mut candidate = self.scenario.clone();
        self.errors = [None; NUMERIC_FIELDS.len()];
        for (i, &field) in NUMERIC_FIELDS.iter().enumerate() {
            match self.parse(field) {
                Ok(value) => candidate.set(field, value),
                Err(e) => self.errors[i] = Some(e),
            }
        }
        // A refused field goes back to its last good value. The switching inputs are checked
        // once the economics pass, and a refused combination (retention, discount and horizon
        // together) can take another round.
        for _ in 0..4 {
            match validate(&candidate) {
                Ok((params, switching)) => {
                    self.scenario = candidate;
                    self.params = params;
                    self.switching = switching;
                    return;
                }
                Err(refused) => {
                    for (field, e) in refused {
                        let i = index(field);
                        self.errors[i].get_or_insert(FieldError::Invalid(e));
                        candidate.set(field, last_good.get(field));
                    }
                    // A combination refused with every single field back at its last
                    // good value leaves only the non-numeric choices to undo.
                    candidate.period = last_good.period;
                    candidate.timing = last_good.timing;
                }
            }
        }
        self.scenario = last_good;
    }

    /// Parses one field's draft, with the range rules the model cannot see (a churn rate
    /// is checked as churn, not as the retention it becomes).
    fn parse(&self, field: Field) -> Result<f64, FieldError> {
        let text = &self.drafts[index(field)];
        if field == Field::Horizon && text.trim().is_empty() {
            return Ok(0.0);
        }
        let value = parse_number(text)?;
        if field == Field::Retention && self.scenario.rate_kind == RateKind::Churn {
            if value < 0.0 {
                return Err(FieldError::Invalid(InputError::Negative));
            }
            if value > 100.0 {
                return Err(FieldError::Invalid(InputError::TooLarge { max: 100.0 }));
            }
        }
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_people_type() {
        assert_eq!(parse_number("1,200"), Ok(1200.0));
        assert_eq!(parse_number(" 1 200.50 "), Ok(1200.5));
        assert_eq!(parse_number("75%"), Ok(75.0));
        assert_eq!(parse_number("$900"), Ok(900.0));
        assert_eq!(parse_number("-3"), Ok(-3.0));
        assert_eq!(parse_number("1e3"), Ok(1000.0));
        assert_eq!(parse_number(""), Err(FieldError::Empty));
        assert_eq!(parse_number("abc"), Err(FieldError::NotANumber));
        assert_eq!(parse_number("inf"), Err(FieldError::NotANumber));
        assert_eq!(parse_number("NaN"), Err(FieldError::NotANumber));
        assert_eq!(parse_number("1.2.3"), Err(FieldError::NotANumber));
    }

    #[test]
    fn bad_text_keeps_the_last_good_value_and_other_edits_still_apply() {
        let mut form = Form::default();
        form.edit(Field::Margin, "abc".into());
        assert_eq!(form.error(Field::Margin), Some(FieldError::NotANumber));
        assert_eq!(form.scenario().margin, 75.0);
        assert_eq!(form.draft(Field::Margin), "abc");
        form.edit(Field::Revenue, "200".into());
        assert_eq!(form.scenario().revenue, 200.0);
        assert_eq!(form.scenario().margin, 75.0);
        form.edit(Field::Margin, "150".into());
        assert_eq!(
            form.error(Field::Margin),
            Some(FieldError::Invalid(InputError::TooLarge { max: 100.0 }))
        );
        form.edit(Field::Margin, "50".into());
        assert!(form.is_clean());
        assert_eq!(form.scenario().margin, 50.0);
    }

    #[test]
    fn unbounded_combination_is_refused_on_retention() {
        let mut form = Form::default();
        form.edit(Field::Discount, "0".into());
        form.edit(Field::Retention, "100".into());
        assert_eq!(
            form.error(Field::Retention),
            Some(FieldError::Invalid(InputError::Unbounded))
        );
        assert_eq!(form.scenario().rate, 97.0);
        assert_eq!(form.scenario().discount, 0.0);
        form.edit(Field::Horizon, "24".into());
        assert!(form.is_clean());
        assert_eq!(form.scenario().rate, 100.0);
    }

    #[test]
    fn empty_horizon_means_none() {
        let mut form = Form::default();
        form.edit(Field::Horizon, "".into());
        assert!(form.is_clean());
        assert_eq!(form.params().horizon, None);
        form.edit(Field::Horizon, "2.5".into());
        assert_eq!(
            form.error(Field::Horizon),
            Some(FieldError::Invalid(InputError::NotWhole))
        );
    }

    #[test]
    fn churn_is_checked_as_churn() {
        let mut form = Form::default();
        form.set_rate_kind(RateKind::Churn);
        assert_eq!(form.draft(Field::Retention), "3");
        assert_eq!(form.scenario().retention_pct(), 97.0);
        form.edit(Field::Retention, "2.7".into());
        assert_eq!(form.scenario().rate, 2.7);
        form.edit(Field::Retention, "150".into());
        assert_eq!(
            form.error(Field::Retention),
            Some(FieldError::Invalid(InputError::TooLarge { max: 100.0 }))
        );
        form.edit(Field::Retention, "2.7".into());
        form.set_rate_kind(RateKind::Retention);
        assert_eq!(form.draft(Field::Retention), "97.3");
        assert_eq!(form.scenario().rate, 97.3);
    }

    #[test]
    fn load_replaces_refused_fields_with_the_base() {
        let texts = [
            (Field::Revenue, "250".to_string()),
            (Field::Margin, "abc".to_string()),
            (Field::Cac, "-5".to_string()),
        ];
        let (form, refused) = Form::load(Scenario::default(), &texts);
        assert_eq!(form.scenario().revenue, 250.0);
        assert_eq!(form.scenario().margin, 75.0);
        assert_eq!(form.draft(Field::Margin), "75");
        assert!(form.is_clean());
        assert_eq!(
            refused,
            vec![
                (Field::Margin, FieldError::NotANumber),
                (Field::Cac, FieldError::Invalid(InputError::Negative))
            ]
        );
    }
}
