//! The installed unit, a new unit, the two offers, the up-sell after either, and the
//! customer's side; what an empty decline rate or customer rate stands for.

use crate::model::upgrade::Depreciation;
use crate::state::{Field, Session, Setting};
use crate::ui::kit::{number_field, setting};
use crate::ui::store::Say;
use yew::prelude::*;

pub(super) fn inputs(session: &Session) -> Html {
    let say = Say::of(session);
    let m = &say.m.upgrade;
    let number = |field: Field| number_field(field, session, Html::default());
    let scenario = session.form.scenario();
    let used = session.results.upgrade_inputs;
    let declining = used.is_some_and(|u| u.depreciation == Depreciation::Declining);
    let decline_default = used
        .filter(|_| scenario.get(Field::DeclineRate) == 0.0)
        .map(|u| m.decline_default.fill([&say.percent(u.decline_rate, 2)]));
    let discount_default = session
        .results
        .upgrade
        .as_deref()
        .ok()
        .filter(|_| scenario.get(Field::CustomerDiscount) == 0.0)
        .map(|u| {
            m.discount_default
                .fill([&say.percent(u.customer_discount, 2)])
        });
    html! {
        <section class="inputs" aria-labelledby="upgrade-inputs-title">
            <h2 id="upgrade-inputs-title">{ m.inputs_title }</h2>
            <h3 class="group-title">{ m.installed }</h3>
            { number(Field::UnitPriceOld) }
            { number(Field::UnitAge) }
            { number(Field::UnitLife) }
            { setting(session, Setting::Depreciation, m.depreciation, &m.depreciation_options, None) }
            if declining {
                { number(Field::DeclineRate) }
                if let Some(note) = decline_default {
                    <p class="message" data-notice="decline-default">{ note }</p>
                }
            }
            <h3 class="group-title">{ m.new_unit }</h3>
            { number(Field::UnitPrice) }
            { number(Field::UnitMargin) }
            { number(Field::Loyalty) }
            <h3 class="group-title">{ m.upgrade_offer }</h3>
            { number(Field::UpgradePrice) }
            { number(Field::UpgradeCost) }
            { number(Field::LifeAdded) }
            { number(Field::LoyaltyUpgrade) }
            <h3 class="group-title">{ m.tradein_offer }</h3>
            { number(Field::Credit) }
            { number(Field::Recovery) }
            { number(Field::LoyaltyTradein) }
            <h3 class="group-title">{ m.upsell_group }</h3>
            { number(Field::Upsell) }
            <h3 class="group-title">{ m.customer_side }</h3>
            { number(Field::RunOld) }
            { number(Field::RunNew) }
            { number(Field::RunUpgraded) }
            { number(Field::CustomerDiscount) }
            if let Some(note) = discount_default {
                <p class="message" data-notice="customer-discount-default">{ note }</p>
            }
        </section>
    }
}
