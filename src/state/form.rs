//! What the user typed, beside the last scenario that was valid.
//!
//! Every numeric field keeps its text as typed. A field whose text does not parse, that its
//! bounds refuse (the registry) or that the model refuses gets a message and keeps its last
//! good value in the scenario, so the results on screen stay those of the last valid inputs.

mod number;
mod period;

use super::currency::is_currency_code;
use super::fields::{Convert, Field, FieldError, Spec, FIELDS};
use super::scenario::{RateKind, Scenario};
use super::settings::Setting;
use super::valid::{refused_field, validate, Valid};
use crate::model::{Period, Refusal, Timing};

pub use number::{flip_sign, parse_number, read_number, Parsed};
use period::convert;
pub use period::Change;

/// Text for a value, in its shortest form that reads back to the same number.
pub fn draft_text(value: f64) -> String {
    value.to_string()
}

/// What a field shows for a value: an optional field's 0 is an empty field.
fn field_text(spec: &Spec, value: f64) -> String {
    if spec.optional && value == 0.0 {
        String::new()
    } else {
        draft_text(value)
    }
}

/// The form: drafts and their errors, plus the scenario and parameters last valid.
#[derive(Clone, Debug, PartialEq)]
pub struct Form {
    scenario: Scenario,
    valid: Valid,
    drafts: [String; FIELDS.len()],
    errors: [Option<FieldError>; FIELDS.len()],
    /// Whether each field still holds the value an example gave it (the defaults are the
    /// first example), not one the user typed or a link brought.
    example: [bool; FIELDS.len()],
}

impl Default for Form {
    fn default() -> Self {
        Form::of(Scenario::default()).unwrap_or_else(|| unreachable!("the defaults are valid"))
    }
}

impl Form {
    /// A form showing `scenario`, if it is valid.
    pub fn of(scenario: Scenario) -> Option<Form> {
        let valid = validate(&scenario).ok()?;
        Some(Form {
            drafts: FIELDS.map(|f| field_text(f.spec(), scenario.get(f))),
            errors: [None; FIELDS.len()],
            example: [true; FIELDS.len()],
            scenario,
            valid,
        })
    }

    /// Starts from `base` with `texts` (field, text) typed over it: fields whose text is
    /// refused keep `base`'s value and are returned with their errors. An invalid `base`
    /// gives way to the default scenario.
    pub fn load(base: Scenario, texts: &[(Field, String)]) -> (Form, Vec<(Field, FieldError)>) {
        let mut form = Form::of(base).unwrap_or_default();
        for (field, text) in texts {
            form.drafts[*field as usize] = text.clone();
        }
        form.apply(form.scenario.clone());
        // What the link's own values could not be; a combination refused beside a field the
        // link left alone (a price below the default credit) is said beside that field.
        let refused: Vec<_> = FIELDS
            .into_iter()
            .filter_map(|f| Some((f, form.error(f)?)))
            .filter(|(f, _)| {
                form.errors[*f as usize].is_some() || texts.iter().any(|(t, _)| t == f)
            })
            .collect();
        // Every field shows its value as the form writes it ("" for no horizon, not "0").
        for field in FIELDS {
            form.drafts[field as usize] = field_text(field.spec(), form.scenario.get(field));
        }
        form.errors = [None; FIELDS.len()];
        for (field, _) in texts {
            form.example[*field as usize] = refused.iter().any(|(f, _)| f == field);
        }
        (form, refused)
    }

    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The validated inputs of the scenario.
    pub fn valid(&self) -> &Valid {
        &self.valid
    }

    pub fn draft(&self, field: Field) -> &str {
        &self.drafts[field as usize]
    }

    pub fn error(&self, field: Field) -> Option<FieldError> {
        self.errors[field as usize].or_else(|| {
            self.valid
                .refusals()
                .find(|r| refused_field(*r) == field)
                .map(FieldError::Refused)
        })
    }

    /// Whether `field` still holds an example's value.
    pub fn from_example(&self, field: Field) -> bool {
        self.example[field as usize]
    }

    /// Whether `field` holds an example's value while others hold the user's: the moment
    /// a mark tells the two apart.
    pub fn marked_example(&self, field: Field) -> bool {
        self.from_example(field) && self.example.contains(&false)
    }

    /// The number a field's text was read as, when it was not written the plain way
    /// ("60k", "6万", "１２"), so the field can show what it understood.
    pub fn understood(&self, field: Field) -> Option<f64> {
        read_number(self.draft(field), field.spec().unit)
            .ok()
            .filter(|p| !p.plain && p.value.is_finite())
            .map(|p| p.value)
    }

    /// Whether every field's text is in use.
    pub fn is_clean(&self) -> bool {
        self.errors.iter().all(Option::is_none)
    }

    /// The user typed `text` into `field`.
    pub fn edit(&mut self, field: Field, text: String) {
        self.drafts[field as usize] = text;
        self.example[field as usize] = false;
        self.apply(self.scenario.clone());
    }

    pub fn set_timing(&mut self, timing: Timing) {
        self.apply(Scenario {
            timing,
            ..self.scenario.clone()
        });
    }

    /// Sets a setting; one the scenario's inputs refuse with it leaves the form as it was.
    pub fn choose(&mut self, setting: Setting, value: u8) {
        let mut s = self.scenario.clone();
        s.choose(setting, value);
        if validate(&s).is_ok() {
            self.apply(s);
        }
    }

    pub fn set_currency(&mut self, code: String) {
        if is_currency_code(&code) {
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
        let i = Field::Rate as usize;
        self.scenario.rate_kind = kind;
        self.scenario
            .set(Field::Rate, flip(self.scenario.get(Field::Rate)));
        if let Ok(typed) = parse_number(&self.drafts[i], Field::Rate.spec().unit) {
            self.drafts[i] = draft_text(flip(typed));
        }
        self.apply(self.scenario.clone());
    }

    /// Switches the period and converts every per-period input so that the business stays
    /// the same (formulas.md §5). A per-period field whose text is not a number shows the
    /// converted value it stood for, so that what is shown is what is used. Returns what
    /// changed; a conversion the model would refuse leaves the form as it was.
    pub fn convert_period(&mut self, to: Period) -> Vec<Change> {
        let from = self.scenario.period;
        let kind = (self.scenario.rate_kind, self.scenario.retention_pct());
        let mut converted = Scenario {
            period: to,
            ..self.scenario.clone()
        };
        let mut changes = Vec::new();
        for field in FIELDS {
            let spec = field.spec();
            let before = self.scenario.get(field);
            let (after, rounded) = convert(spec, kind, before, from, to);
            converted.set(field, after);
            if after != before {
                changes.push(Change {
                    field,
                    before,
                    after,
                    rounded,
                });
            }
        }
        if validate(&converted).is_err() {
            return Vec::new();
        }
        for field in FIELDS {
            let spec = field.spec();
            let draft = &mut self.drafts[field as usize];
            match parse_number(draft, spec.unit) {
                Ok(typed) => *draft = field_text(spec, convert(spec, kind, typed, from, to).0),
                Err(_) if spec.convert != Convert::Fixed => {
                    *draft = field_text(spec, converted.get(field));
                }
                Err(_) => {}
            }
        }
        self.scenario = converted.clone();
        self.apply(converted);
        changes
    }

    /// Rebuilds the scenario from `base` (the choices) and the drafts: parsed fields the
    /// registry and the model accept are taken, refused ones keep their last good value and
    /// get an error.
    fn apply(&mut self, base: Scenario) {
        let last_good = std::mem::replace(&mut self.scenario, base);
        let mut candidate = self.scenario.clone();
        self.errors = [None; FIELDS.len()];
        for field in FIELDS {
            match self.parse(field) {
                Ok(value) => candidate.set(field, value),
                Err(e) => self.errors[field as usize] = Some(e),
            }
        }
        let typed = |candidate: &Scenario, r: Refusal| {
            let field = refused_field(r);
            candidate.get(field) != last_good.get(field)
        };
        // A refused field goes back to its last good value. The model is asked once the
        // fields pass, and a refused combination (retention, discount and horizon together)
        // can take another round.
        for _ in 0..4 {
            match validate(&candidate) {
                // A value the user just typed that the model refuses with the rest (a lift
                // past 100 % retention, a credit above the price) goes back to its last good
                // value; one that another input moved into refusal stays, refused beside its
                // field, and the rest of the scenario is taken.
                Ok(valid) if valid.refusals().any(|r| typed(&candidate, r)) => {
                    let typed: Vec<_> =
                        valid.refusals().filter(|r| typed(&candidate, *r)).collect();
                    for r in typed {
                        let field = refused_field(r);
                        self.errors[field as usize].get_or_insert(FieldError::Refused(r));
                        candidate.set(field, last_good.get(field));
                    }
                }
                Ok(valid) => {
                    self.scenario = candidate;
                    self.valid = valid;
                    return;
                }
                Err(refused) => {
                    for (field, e) in refused {
                        self.errors[field as usize].get_or_insert(e);
                        candidate.set(field, last_good.get(field));
                    }
                    // A combination refused with every single field back at its last
                    // good value leaves only the non-numeric choices to undo.
                    candidate.period = last_good.period;
                    candidate.timing = last_good.timing;
                    candidate.settings = last_good.settings;
                }
            }
        }
        self.scenario = last_good;
    }

    /// Parses one field's draft and checks it against the field's bounds.
    fn parse(&self, field: Field) -> Result<f64, FieldError> {
        let spec = field.spec();
        let text = &self.drafts[field as usize];
        if spec.optional && text.trim().is_empty() {
            return Ok(0.0);
        }
        spec.check(parse_number(text, spec.unit)?)
    }
}

#[cfg(test)]
mod tests;
