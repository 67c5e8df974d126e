//! One `evaluate(scenario) → results` for every view (and later compare, export and
//! embedding), and the memo that lets a keystroke recompute only what it moved.

use super::valid::{validate, Valid};
use super::{Field, FieldError, Scenario};
use crate::model::acquisition::{self, Acquisition, AcquisitionParams};
use crate::model::costs::{self, Costs};
use crate::model::switching::{self, Churn};
use crate::model::upgrade::{self, Upgrade, UpgradeParams};
use crate::model::{clv, Clv, Params, Refusal, Switching, Timing};
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
    /// Acquisition versus retention for `clv_params`; refused when the modelled retention
    /// plus the programme's lift or the uplift passes 100 %.
    pub acquisition: Result<Rc<Acquisition>, Refusal>,
    /// The business inputs `acquisition` was computed from (the last accepted ones when
    /// the model refuses the current combination).
    pub acquisition_inputs: Option<AcquisitionParams>,
    /// Where the costs come from, with `clv_params` for the value bad service puts at stake.
    pub costs: Rc<Costs>,
    /// Upgrade or trade-in for `clv_params`; refused as `valid.upgrade` is.
    pub upgrade: Result<Rc<Upgrade>, Refusal>,
    /// The unit and offers `upgrade` was computed from (the last accepted ones when the
    /// model refuses the current combination).
    pub upgrade_inputs: Option<UpgradeParams>,
}

/// The results of `scenario`, or why it is not valid.
pub fn evaluate(scenario: &Scenario) -> Result<Results, Vec<(Field, FieldError)>> {
    Ok(Results::compute(validate(scenario)?, None))
}

impl Results {
    /// Computes from validated inputs, reusing whatever of `previous` the inputs did not
    /// change.
    pub fn compute(valid: Valid, previous: Option<&Results>) -> Results {
        let switching = match previous {
            Some(r) if (r.valid.params, r.valid.switching) == (valid.params, valid.switching) => {
                r.switching.clone()
            }
            _ => Rc::new(switching::compute(&valid.params, &valid.switching)),
        };
        let clv_params = match &switching.churn {
            Ok(c) if valid.use_model => c.asked_params,
            _ => valid.params,
        };
        let clv = match previous {
            Some(r) if r.clv_params == clv_params => r.clv.clone(),
            _ => Rc::new(clv::compute(&clv_params)),
        };
        // A refused combination keeps the last results it had, marked stale by the form.
        let (acquisition, acquisition_inputs) = match (previous, &valid.acquisition) {
            (Some(r), a) if r.clv_params == clv_params && r.valid.acquisition == *a => {
                (r.acquisition.clone(), r.acquisition_inputs)
            }
            (Some(r), Err(_)) if r.acquisition.is_ok() => {
                (r.acquisition.clone(), r.acquisition_inputs)
            }
            (_, Err(why)) => (Err(*why), None),
            (_, Ok(a)) => (acquisition::compute(&clv_params, a).map(Rc::new), Some(*a)),
        };
        let costs = match previous {
            Some(r)
                if (r.valid.costs, r.valid.base, r.clv_params)
                    == (valid.costs, valid.base, clv_params) =>
            {
                r.costs.clone()
            }
            _ => Rc::new(costs::compute(&clv_params, &valid.costs, valid.base)),
        };
        // Upgrade or trade-in counts service in arrears over a unit's life: the timing, the
        // horizon and CAC do not move it.
        let service = |p: &Params| Params {
            timing: Timing::Arrears,
            horizon: None,
            cac: 0.0,
            ..*p
        };
        let (upgrade, upgrade_inputs) = match (previous, &valid.upgrade) {
            (Some(r), u)
                if service(&r.clv_params) == service(&clv_params) && r.valid.upgrade == *u =>
            {
                (r.upgrade.clone(), r.upgrade_inputs)
            }
            (Some(r), Err(_)) if r.upgrade.is_ok() => (r.upgrade.clone(), r.upgrade_inputs),
            (_, Err(why)) => (Err(*why), None),
            (_, Ok(u)) => (upgrade::compute(&clv_params, u).map(Rc::new), Some(*u)),
        };
        Results {
            valid,
            costs,
            upgrade,
            upgrade_inputs,
            switching,
            clv_params,
            clv,
            acquisition,
            acquisition_inputs,
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
