// Checks the independent references in costs.mjs and upgrade.mjs against docs/formulas.md's worked
// examples (§7, §8), to the cent. Run: node tests/e2e/reference/check.mjs
import assert from 'node:assert/strict';
import { DEFAULTS } from '../reference.mjs';
import { costsReference, COSTS_DEFAULTS, erlangC, serviceAt, agentsFor } from './costs.mjs';
import { upgradeReference, UPGRADE_WORKED, UPGRADE_ECON } from './upgrade.mjs';

const near = (got, want, tol, label) =>
  assert.ok(typeof got === 'number' && Math.abs(got - want) <= tol, `${label}: got ${got}, expected ${want}`);
const cents = (got, want, label) => near(got, want, 0.005, label);

// §7 funnel: 2 000 leads, 25/40/50/20 % → 20 customers; 30 000 + 24 000 → CAC 2 700; 99 % never buy.
const funnel = costsReference(DEFAULTS, { ...COSTS_DEFAULTS, marketing_spend: 30000, sales_spend: 24000 }, 1000);
near(funnel.funnel_customers, 20, 1e-9, 'funnel_customers');
cents(funnel.funnel_cac, 2700, 'funnel_cac');
cents(funnel.cost_per_lead, 15, 'cost_per_lead');
cents(funnel.cost_per_mql, 60, 'cost_per_mql');
cents(funnel.cost_per_sql, 540, 'cost_per_sql');
near(funnel.leads_never_buy, 0.99, 1e-12, 'leads_never_buy');
assert.equal(costsReference(DEFAULTS, { ...COSTS_DEFAULTS, to_customer: 0 }, 1000).funnel_cac, 'none', 'no customers won');

// §7 the seed's contact centre: W 3 000, h 8, u 75 %, AHT 4 min, D 30 → 90 a day, 2 700 a month, 1.11.
const seed = costsReference(DEFAULTS, { ...COSTS_DEFAULTS, agent_cost: 3000, agent_hours: 8, utilisation: 75, aht: 240, agent_days: 30 }, 1000);
near(seed.contacts_per_agent_day, 90, 1e-9, 'contacts_per_agent_day');
near(seed.contacts_per_agent_month, 2700, 1e-9, 'contacts_per_agent_month');
assert.equal(seed.cost_per_contact.toFixed(2), '1.11', 'cost_per_contact (utilisation)');

// §7 Erlang C: λ 200, AHT 180 s, 80 % in 20 s → A 10; N 13 → 79.6 %; N 14 → 88.8 %, ASA 7.8 s, 71.4 %.
near(serviceAt(13, 200, 180, 20).service_level, 0.796, 0.0005, 'SL at 13');
const sl = costsReference(DEFAULTS, { ...COSTS_DEFAULTS, staffing: 'service_level', contacts_hour: 200, aht: 180, sl_target: 80, sl_seconds: 20, shrinkage: 30 }, 1000);
assert.equal(sl.agents_needed, 14, 'agents_needed');
assert.equal(sl.agents_rostered, 20, 'agents_rostered');
near(sl.service_level, 0.888, 0.0005, 'service_level');
near(sl.answer_speed, 7.8, 0.05, 'answer_speed');
near(sl.occupancy, 0.714, 0.0005, 'occupancy');
near(sl.cost_per_contact, (20 * 4000) / (200 * 8 * 22), 1e-12, 'cost_per_contact (service level)');
// against the §7 recurrence, as a cross-check of the log-space sum
const viaErlangB = (N, A) => {
  let B = 1;
  for (let k = 1; k <= N; k++) B = (A * B) / (k + A * B);
  return (N * B) / (N - A * (1 - B));
};
for (const [N, A] of [[13, 10], [14, 10], [3, 2.5], [60, 55.5], [520, 500]]) near(erlangC(N, A), viaErlangB(N, A), 1e-10, `E_C(${N}, ${A})`);
// A = 500 Erlangs: finite and sane
const big = agentsFor(10000, 180, 0.8, 20);
const bigAt = serviceAt(big, 10000, 180, 20);
assert.ok(big > 500 && big < 560, `agents at 500 Erlangs: ${big}`);
assert.ok(Number.isFinite(bigAt.service_level) && bigAt.service_level >= 0.8 && bigAt.service_level < 1, 'SL at 500 Erlangs');
assert.ok(serviceAt(big - 1, 10000, 180, 20).service_level < 0.8, 'one agent fewer misses the target');
assert.ok(bigAt.answer_speed > 0 && bigAt.answer_speed < 20 && bigAt.occupancy > 0.9 && bigAt.occupancy < 1, 'ASA/occupancy at 500 Erlangs');

// blend, quality, SLAs with the defaults
const def = costsReference(DEFAULTS, COSTS_DEFAULTS, 1000);
const centre = 4000 / ((3600 * 8 * 0.75 / 360) * 22);
near(def.public_cost_per_contact, 0.2, 1e-12, 'public_cost_per_contact');
near(def.blended_cost_per_contact, 0.9 * centre + 0.1 * 0.2, 1e-12, 'blended');
near(def.sla_cost, 1, 1e-12, 'sla_cost');
near(def.serve_cost_derived, 0.5 * (0.9 * centre + 0.02) + 12 + 1, 1e-12, 'serve_cost_derived');
near(def.churn_bad, 0.0064, 1e-15, 'churn_bad');
near(def.value_at_stake_base, def.value_at_stake * 1000, 1e-9, 'value_at_stake_base');
assert.ok(def.value_at_stake > 0, 'value at stake');

// §8 worked example, to the cent; the economics say 'upfront' and §8 ignores that and the horizon.
const want = {
  renewal_value: 38092.35, npv_baseline: 22570.91, npv_upgrade: 30243.30, npv_tradein: 37571.77,
  upgrade_gain: 7672.39, tradein_gain: 15000.86, breakeven_credit: 23000.86, breakeven_upgrade_price: 4327.61,
  residual_old: 10000, min_credit: 14389.57, outlay_upgrade: 12000, outlay_tradein: 52000,
  eac_upgrade: 10505.48, eac_new: 15441.77,
};
for (const econ of [UPGRADE_ECON, { ...UPGRADE_ECON, timing: 'arrears' }, { ...UPGRADE_ECON, horizon: 3 }]) {
  const got = upgradeReference(econ, UPGRADE_WORKED);
  for (const [name, value] of Object.entries(want)) cents(got[name], value, `§8 ${name} (${econ.timing}, N ${econ.horizon})`);
}
assert.equal(upgradeReference(UPGRADE_ECON, { ...UPGRADE_WORKED, life_added: 0 }).eac_upgrade, 'none', 'no life added');
// the customer's discount defaults to the economics' rate
cents(upgradeReference(UPGRADE_ECON, { ...UPGRADE_WORKED, customer_discount: 8 }).min_credit, 14389.57, 'd_c = 8 explicit');

// declining balance, δ default 2/L: 50 000 × 0.8⁸; and an explicit 10 % a year
cents(upgradeReference(UPGRADE_ECON, { ...UPGRADE_WORKED, depreciation: 'declining' }).residual_old, 8388.608, 'declining 2/L');
cents(upgradeReference(UPGRADE_ECON, { ...UPGRADE_WORKED, depreciation: 'declining', decline_rate: 10 }).residual_old, 50000 * 0.9 ** 8, 'declining 10 %');

console.log('reference checks passed');
