//! Checking a whole scenario: every field against its bounds, then each model's inputs
//! against the economics, into the validated inputs the results are computed from.

use super::fields::{Field, FieldError, FIELDS};
use super::scenario::Scenario;
use super::settings::Setting;
use crate::model::acquisition::{self, AcquisitionParams};
use crate::model::costs::{self, CostParams};
use crate::model::economics::MAX_MONEY;
use crate::model::upgrade::{self, UpgradeParams};
use crate::model::{self, switching, Params, Refusal, SwitchingParams};

/// Where a figure every view uses comes from, when "Where the costs come from" can feed it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Feed {
    /// The switch is off: the field's value.
    Entered,
    /// The switch is on and the derived value is in use.
    Fed(f64),
    /// The switch is on but the funnel wins no customers: the field's value stays in use.
    NoneWon,
    /// The switch is on but the derived value is beyond the field's bounds: the field's
    /// value stays in use.
    TooLarge,
}

impl Feed {
    /// A derived value, if a switch asks for it: in use while the field would take it.
    fn of(on: bool, derived: Option<f64>) -> Feed {
        match (on, derived) {
            (false, _) => Feed::Entered,
            (true, None) => Feed::NoneWon,
            (true, Some(x)) if x <= MAX_MONEY => Feed::Fed(x),
            (true, Some(_)) => Feed::TooLarge,
        }
    }

    /// The value in use: the derived one, else `entered`.
    fn or(self, entered: f64) -> f64 {
        match self {
            Feed::Fed(x) => x,
            _ => entered,
        }
    }
}

/// The validated inputs of a scenario, in the form the model computes with.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Valid {
    /// The economics every view uses: as entered, with the funnel's CAC and the channels'
    /// serving cost when their switches say so.
    pub params: Params,
    /// The funnel, the contact centre, the channels and service quality.
    pub costs: CostParams,
    /// B₀: today's customer base, for the value bad service puts at stake.
    pub base: f64,
    /// Where CAC and the serving cost in `params` come from.
    pub cac: Feed,
    pub serve_cost: Feed,
    pub switching: SwitchingParams,
    /// The business inputs, or why the model refuses them with this retention: the
    /// scenario stays valid, and the field the refusal names says why (see `Form::error`).
    pub acquisition: Result<AcquisitionParams, Refusal>,
    /// The unit and the offers, or why the model refuses them with these economics: as for
    /// the business inputs.
    pub upgrade: Result<UpgradeParams, Refusal>,
    /// Whether lifetime value takes the barrier model's churn.
    pub use_model: bool,
}

impl Valid {
    /// What the model refuses while the scenario stays valid, each beside its field.
    pub fn refusals(&self) -> impl Iterator<Item = Refusal> {
        [self.acquisition.err(), self.upgrade.err()]
            .into_iter()
            .flatten()
    }

    /// Where the value of `field` in use comes from, for the fields a switch can feed.
    pub fn feed(&self, field: Field) -> Option<Feed> {
        match field {
            Field::Cac => Some(self.cac),
            Field::ServeCost => Some(self.serve_cost),
            _ => None,
        }
        .filter(|f| *f != Feed::Entered)
    }
}

/// The field a refusal that leaves the scenario valid is shown beside.
pub(super) fn refused_field(r: Refusal) -> Field {
    match r {
        Refusal::ProgrammeBeyondFull => Field::ProgrammeLift,
        Refusal::ChainNeverEnds => Field::Loyalty,
        Refusal::CreditAbovePrice => Field::Credit,
        Refusal::NoUsefulLife => Field::UnitLife,
        _ => Field::Uplift,
    }
}

/// The field a refusal of the costs' inputs is shown beside.
fn cost_field(r: Refusal) -> Field {
    match r {
        Refusal::IdleAgents => Field::Utilisation,
        Refusal::FullShrinkage => Field::Shrinkage,
        Refusal::TargetUnreachable => Field::SlTarget,
        Refusal::NoReach => Field::AnswerReach,
        _ => Field::ContactsHour,
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
    let entered =
        model::validate(&s.economics()).map_err(|r| vec![(Field::Rate, FieldError::Refused(r))])?;
    let cost_params =
        costs::validate(&s.costs()).map_err(|r| vec![(cost_field(r), FieldError::Refused(r))])?;
    // What the funnel and the channels give does not depend on the economics.
    let (use_funnel, use_channels) = (s.is_on(Setting::UseFunnel), s.is_on(Setting::UseChannels));
    let (cac, serve_cost) = if use_funnel || use_channels {
        let derived = costs::compute(&entered, &cost_params, s.get(Field::Base));
        (
            Feed::of(use_funnel, derived.funnel.cac),
            Feed::of(use_channels, Some(derived.serve_cost_derived)),
        )
    } else {
        (Feed::Entered, Feed::Entered)
    };
    let params = Params {
        cac: cac.or(entered.cac),
        serve_cost: serve_cost.or(entered.serve_cost),
        ..entered
    };
    let switching = switching::validate(&s.switching(), &params)
        .map_err(|r| vec![(Field::CostChange, FieldError::Refused(r))])?;
    let acquisition = acquisition::validate(&s.acquisition(), &params);
    let upgrade = upgrade::validate(&s.upgrade(), &params);
    Ok(Valid {
        params,
        costs: cost_params,
        base: s.get(Field::Base),
        cac,
        serve_cost,
        switching,
        acquisition,
        upgrade,
        use_model: s.is_on(Setting::UseModel),
    })
}
