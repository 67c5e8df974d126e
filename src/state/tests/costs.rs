//! Where the costs come from, through the session: the worked examples of formulas.md §7 by
//! query string, the switches that feed CAC and the serving cost into every view, and
//! refusals beside their fields.

use super::*;

const SEED_CENTRE: &str = "agent_cost=3000&agent_hours=8&agent_days=30&utilisation=75&aht=240";
const ERLANG: &str = "staffing=service_level&contacts_hour=200&aht=180&sl_target=80&sl_seconds=20\
                      &shrinkage=30";
const FUNNEL: &str = "leads=2000&to_mql=25&to_sl=40&to_sql=50&to_customer=20\
                      &marketing_spend=30000&sales_spend=24000";

#[test]
fn the_worked_examples_read_out() {
    use Metric::*;
    check(
        SEED_CENTRE,
        &[
            (ContactsPerAgentDay, Some(90.0)),
            (ContactsPerAgentMonth, Some(2700.0)),
            (CostPerContact, Some(1.11)),
            (AgentsNeeded, None),
        ],
    );
    check(
        ERLANG,
        &[
            (AgentsNeeded, Some(14.0)),
            (AgentsRostered, Some(20.0)),
            (ServiceLevel, Some(0.89)),
            (AnswerSpeed, Some(7.84)),
            (Occupancy, Some(0.71)),
            (ContactsPerAgentDay, None),
        ],
    );
    check(
        FUNNEL,
        &[
            (FunnelCustomers, Some(20.0)),
            (FunnelCac, Some(2700.0)),
            (CostPerLead, Some(15.0)),
            (CostPerMql, Some(60.0)),
            (CostPerSql, Some(540.0)),
            (LeadsNeverBuy, Some(0.99)),
        ],
    );
}

#[test]
fn the_switches_feed_every_view() {
    let entered = Session::open(FUNNEL, Lang::En);
    let fed = Session::open(&format!("{FUNNEL}&use_funnel=yes"), Lang::En);
    assert_eq!(entered.results.clv_params.cac, 900.0);
    assert_eq!(fed.results.clv_params.cac, 2700.0);
    assert_eq!(fed.results.valid.feed(Field::Cac), Some(Feed::Fed(2700.0)));
    // The lifetime value is the same; what it is set against moves everywhere.
    assert_eq!(fed.results.clv.clv, entered.results.clv.clv);
    assert_eq!(fed.results.clv.clv_net, entered.results.clv.clv - 2700.0);
    let held = |s: &Session| s.results.acquisition.as_ref().map(|a| a.replace_spend).ok();
    let replace = held(&fed).expect("acquisition results");
    assert!((replace - 1000.0 * 0.03 * 2700.0).abs() < 1e-6, "{replace}");
    // The link keeps the CAC entered, and switching off brings it back.
    assert!(fed.query().contains("cac=900&"));
    let off = fed.apply(Action::Choose(Setting::UseFunnel, 0));
    assert_eq!(off.results.clv_params.cac, 900.0);

    let served = Session::open("use_channels=yes", Lang::En);
    let derived = served.results.costs.serve_cost_derived;
    assert_eq!(served.results.clv_params.serve_cost, derived);
    assert_eq!(
        served.results.clv.contribution,
        0.75 * 120.0 - derived,
        "the contribution takes the derived serving cost"
    );
}

#[test]
fn a_funnel_that_wins_nobody_keeps_the_cac_entered() {
    let s = Session::open("to_customer=0&use_funnel=yes", Lang::En);
    assert_eq!(s.results.valid.feed(Field::Cac), Some(Feed::NoneWon));
    assert_eq!(s.results.clv_params.cac, 900.0);
    assert_eq!(
        word("to_customer=0", Metric::FunnelCac),
        Some(Reading::Word("none"))
    );
    assert_eq!(
        word("leads=0", Metric::LeadsNeverBuy),
        Some(Reading::Word("none"))
    );
}

#[test]
fn refusals_stand_beside_their_fields() {
    let cases = [
        (
            "staffing=service_level&shrinkage=100",
            Field::Shrinkage,
            Refusal::FullShrinkage,
        ),
        (
            "staffing=service_level&sl_target=100",
            Field::SlTarget,
            Refusal::TargetUnreachable,
        ),
        (
            "staffing=service_level&contacts_hour=0",
            Field::ContactsHour,
            Refusal::NoContacts,
        ),
    ];
    for (query, field, refusal) in cases {
        let s = Session::open("", Lang::En);
        let (setting, rest) = query.split_once('&').expect("a setting and a field");
        let (param, value) = rest.split_once('=').expect("a field's value");
        assert_eq!(param, field.spec().param);
        let s = s.apply(Action::Choose(Setting::Staffing, 1));
        assert_eq!(setting, "staffing=service_level");
        let s = s.apply(Action::Edit(field, value.into()));
        assert_eq!(
            s.form.error(field),
            Some(FieldError::Refused(refusal)),
            "{query}"
        );
        // The last good value stays in use.
        assert_eq!(
            s.form.scenario().get(field),
            field.spec().default,
            "{query}"
        );
    }
    // Utilisation 0 is refused by the field's bounds.
    let s = Session::open("", Lang::En).apply(Action::Edit(Field::Utilisation, "0".into()));
    assert_eq!(
        s.form.error(Field::Utilisation),
        Some(FieldError::NotPositive)
    );
}
