//! Checking a whole scenario: every field against its bounds, then each model's inputs
//! against the economics, into the validated inputs the results are computed from.

use super::fields::{Field, FieldError, FIELDS};
use super::scenario::Scenario;
use super::settings::Setting;
use crate::model::acquisition::{self, AcquisitionParams};
use crate::model::{self, switching, Params, Refusal, SwitchingParams};

/// The validated inputs of a scenario, in the form the model computes with.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Valid {
    pub params: Params,
    pub switching: SwitchingParams,
    /// The business inputs, or why the model refuses them with this retention: the
    /// scenario stays valid, and the field the refusal names says why (see `Form::error`).
    pub acquisition: Result<AcquisitionParams, Refusal>,
    /// Whether lifetime value takes the barrier model's churn.
    pub use_model: bool,
}

/// The field a refusal of the business inputs is shown beside.
pub(super) fn refused_field(r: Refusal) -> Field {
    match r {
        Refusal::ProgrammeBeyondFull => Field::ProgrammeLift,
        _ => Field::Uplift,
    }
}

/// Checks a whole scenario: every field against its bounds, then the economics, then the
/// switching and business inputs against them. Returns every refused field with why.
pub fn validate(s: &Scenario) -> Result<Valid, Vec<(Field, FieldError)>> {
    let refused: Vec<_> = FIELDS
        .into_iter()
        .filter_map(|f| Some((f, f.spec().check(s.get(f)).err()?)))
        .collect();
    if !refused.is_empty() {
        return Err(refused);
    }
    let params =
        model::validate(&s.economics()).map_err(|r| vec![(Field::Rate, FieldError::Refused(r))])?;
    let switching = switching::validate(&s.switching(), &params)
        .map_err(|r| vec![(Field::CostChange, FieldError::Refused(r))])?;
    let acquisition = acquisition::validate(&s.acquisition(), &params);
    Ok(Valid {
        params,
        switching,
        acquisition,
        use_model: s.is_on(Setting::UseModel),
    })
}
