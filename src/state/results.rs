//! One `evaluate(scenario) → results` for every view (and later compare, export and
//! embedding), and the memo that lets a keystroke recompute only what it moved.

use super::form::{validate, Valid};
use super::{Field, FieldError, Scenario};
use crate::model::switching::{self, Churn};
use crate::model::{clv, Clv, Params, Switching};
use std::rc::Rc;

/// Everything the model derives from a valid scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    /// The validated inputs (economics as entered).
    pub valid: Valid,
    /// Switching costs and the barrier model.
    pub switching: Rc<Switching>,
    /// The economics lifetime value is computed from: as entered, or with the churn the
    /// barrier model gives at the what-if switching cost when the scenario asks for it.
    pub clv_params: Params,
    /// Lifetime value and payback for `clv_params`.
    pub clv: Rc<Clv>,
}

/// The results of `scenario`, or why it is not valid.
pub fn evaluate(scenario: &Scenario) -> Result<Results, Vec<(Field, FieldError)>> {
    Ok(Results::compute(
        validate(scenario)?,
        scenario.use_model,
        None,
    ))
}

impl Results {
    /// Computes from validated inputs, reusing whatever of `previous` the inputs did not
    /// change.
    pub fn compute(valid: Valid, use_model: bool, previous: Option<&Results>) -> Results {
        let switching = match previous {
            Some(r) if r.valid == valid => r.switching.clone(),
            _ => Rc::new(switching::compute(&valid.params, &valid.switching)),
        };
        let clv_params = match &switching.churn {
            Ok(c) if use_model => c.asked_params,
            _ => valid.params,
        };
        let clv = match previous {
            Some(r) if r.clv_params == clv_params => r.clv.clone(),
            _ => Rc::new(clv::compute(&clv_params)),
        };
        Results {
            valid,
            switching,
            clv_params,
            clv,
        }
    }

    /// The barrier model, when lifetime value uses its churn instead of the one entered.
    pub fn modelled(&self) -> Option<&Churn> {
        match &self.switching.churn {
            Ok(c) if self.clv_params != self.valid.params => Some(c),
            _ => None,
        }
    }
}
