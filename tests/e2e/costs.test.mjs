// Where the costs come from: the worked examples, every input against the independent
// reference (reference/costs.mjs), the switches that feed CAC and the serving cost into every
// view, the share link, bad input, both languages and the two charts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './suite.mjs';
import { DEFAULTS, reference, metrics, assertClose, acquisitionReference, BUSINESS } from './reference.mjs';
import { costsReference, COSTS_DEFAULTS } from './reference/costs.mjs';

const s = suite();
const app = s.app;

/** The section's figures and nothing else. */
async function figures(page) {
  const all = await metrics(page);
  const names = await page.$$eval('#costs [data-metric]', (els) => els.map((e) => e.dataset.metric));
  return Object.fromEntries(names.map((n) => [n, all[n]]));
}

/** The reference's figures for those the page shows: the other staffing way's are absent. */
function shownOf(want, shown) {
  return Object.fromEntries(Object.keys(shown).map((n) => [n, want[n]]));
}

const query = (o) => '?' + Object.entries(o).map(([k, v]) => `${k}=${v}`).join('&');

test('the worked examples: the seed contact centre, Erlang C and the funnel', async () => {
  let page = await app('?agent_cost=3000&agent_hours=8&agent_days=30&utilisation=75&aht=240');
  let shown = await figures(page);
  assert.equal(shown.contacts_per_agent_day, '90');
  assert.equal(shown.contacts_per_agent_month, '2700');
  assert.equal(Number(shown.cost_per_contact).toFixed(2), '1.11');
  assert.equal(shown.agents_needed, undefined);
  await page.close();

  page = await app('?staffing=service_level&contacts_hour=200&aht=180&sl_target=80&sl_seconds=20&shrinkage=30');
  shown = await figures(page);
  assert.equal(shown.agents_needed, '14');
  assert.equal(shown.agents_rostered, '20');
  assert.equal((100 * Number(shown.service_level)).toFixed(1), '88.8');
  assert.equal(Number(shown.answer_speed).toFixed(1), '7.8');
  assert.equal((100 * Number(shown.occupancy)).toFixed(1), '71.4');
  assert.equal(shown.contacts_per_agent_day, undefined);
  await page.$eval('canvas[data-chart="staffing"]', (c) => c.scrollIntoView({ block: 'center' }));
  await page.waitForSelector('canvas[data-chart="staffing"][data-draws]', { state: 'attached' });
  assert.match(await page.textContent('#costs .explain'), /E_C/);
  await page.close();

  page = await app('?leads=2000&to_mql=25&to_sl=40&to_sql=50&to_customer=20&marketing_spend=30000&sales_spend=24000');
  shown = await figures(page);
  assert.equal(shown.funnel_customers, '20');
  assert.equal(Number(shown.funnel_cac).toFixed(2), '2700.00');
  assert.equal((100 * Number(shown.leads_never_buy)).toFixed(0), '99');
  assert.match(await page.textContent('[data-story=funnel]'), /2,000 leads a month, 20 become customers, each won for \$2,700\.00/);
  await page.$eval('canvas[data-chart="funnel"]', (c) => c.scrollIntoView({ block: 'center' }));
  await page.waitForSelector('canvas[data-chart="funnel"][data-draws]', { state: 'attached' });
  await page.close();
});

test('every input moves its figures as the reference says, and travels in the share link', async () => {
  const page = await app();
  assertClose(await figures(page), shownOf(costsReference(DEFAULTS, COSTS_DEFAULTS, 1000), await figures(page)), 'defaults');
  const edited = {
    leads: 3500, to_mql: 30, to_sl: 45, to_sql: 55, to_customer: 15, marketing_spend: 12500, sales_spend: 9000,
    agent_cost: 3800, agent_hours: 7.5, agent_days: 21, utilisation: 70, aht: 300,
    public_share: 25, answer_cost: 55, answer_reach: 450, contacts_per_customer: 0.8, other_serve_cost: 9.5,
    bad_experience: 3, leave_after_bad: 40, sla_miss: 7, sla_penalty: 35,
  };
  for (const [name, value] of Object.entries(edited)) await page.fill(`input[name=${name}]`, String(value));
  let c = { ...COSTS_DEFAULTS, ...edited };
  assertClose(await figures(page), shownOf(costsReference(DEFAULTS, c, 1000), await figures(page)), 'edited');
  // The other staffing way, with its own inputs.
  await s.check(page, 'input[name=staffing][value=service_level]');
  const level = { contacts_hour: 90, sl_target: 85, sl_seconds: 15, shrinkage: 25 };
  for (const [name, value] of Object.entries(level)) await page.fill(`input[name=${name}]`, String(value));
  c = { ...c, ...level, staffing: 'service_level' };
  const shown = await figures(page);
  assert.ok(shown.agents_needed, 'service-level figures shown');
  assertClose(shown, shownOf(costsReference(DEFAULTS, c, 1000), shown), 'service level');
  const link = await s.link(page);
  assert.match(link, /leads=3500&to_mql=30&.*contacts_hour=90&sl_target=85&sl_seconds=15&shrinkage=25&.*staffing=service_level/);
  const copy = await app(link.slice(s.origin.length + 1));
  assert.deepEqual(await figures(copy), shown);
  await page.close();
  await copy.close();
});

test('the switches feed CAC and the serving cost into every view', async () => {
  const funnel = { ...COSTS_DEFAULTS, marketing_spend: 30000, sales_spend: 24000 };
  const page = await app(query({ marketing_spend: 30000, sales_spend: 24000 }));
  assert.equal(await page.getAttribute('input[name=cac]', 'readonly'), null);
  await s.check(page, 'input[name=use_funnel]');
  assert.equal(await page.inputValue('input[name=cac]'), '2,700');
  assert.notEqual(await page.getAttribute('input[name=cac]', 'readonly'), null);
  assert.ok(await page.$('[data-feed=fed]'));
  let all = await metrics(page);
  assertClose(all, reference({ ...DEFAULTS, cac: 2700 }), 'lifetime value with the funnel CAC');
  assertClose(all, acquisitionReference({ ...DEFAULTS, cac: 2700 }, BUSINESS), 'acquisition with the funnel CAC');
  // The link keeps the CAC entered; switching off brings it back.
  assert.match(await s.link(page), /cac=900&.*use_funnel=yes/);
  await s.check(page, 'input[name=use_funnel]', false);
  assert.equal(await page.inputValue('input[name=cac]'), '900');
  assertClose(await metrics(page), reference(DEFAULTS), 'entered CAC again');

  await s.check(page, 'input[name=use_channels]');
  const derived = costsReference(DEFAULTS, funnel, 1000).serve_cost_derived;
  all = await metrics(page);
  const shownServe = Number((await page.inputValue('input[name=serve_cost]')).replace(/,/g, ''));
  assert.ok(Math.abs(shownServe - derived) < 0.005, `${shownServe} against ${derived}`);
  assertClose(all, reference({ ...DEFAULTS, serve_cost: derived }), 'lifetime value with the derived serving cost');
  assertClose(all, acquisitionReference({ ...DEFAULTS, serve_cost: derived }, BUSINESS), 'acquisition with it');
  await page.close();
});

test('bad input: a message beside the field, and the last good figures stay', async () => {
  const page = await app('?staffing=service_level');
  const before = await figures(page);
  for (const [name, text] of [['shrinkage', '100'], ['sl_target', '100'], ['contacts_hour', '0'], ['aht', '0'],
    ['agent_hours', '25'], ['answer_reach', '0'], ['leads', '-3'], ['to_mql', '120'], ['sla_miss', 'abc']]) {
    await page.fill(`input[name=${name}]`, text);
    assert.ok(await page.$(`[data-error-for=${name}]`), `${name}=${text}`);
    assert.deepEqual(await figures(page), before, `${name}=${text} keeps the last good figures`);
    await page.fill(`input[name=${name}]`, String(COSTS_DEFAULTS[name]));
  }
  await s.check(page, 'input[name=staffing][value=utilisation]');
  await page.fill('input[name=utilisation]', '0');
  assert.ok(await page.$('[data-error-for=utilisation]'));
  await page.fill('input[name=utilisation]', '75');
  // A funnel that wins nobody is valid: no CAC, and with the switch on the CAC entered stays.
  await page.fill('input[name=to_customer]', '0');
  assert.equal((await figures(page)).funnel_cac, 'none');
  await s.check(page, 'input[name=use_funnel]');
  assert.equal(await page.inputValue('input[name=cac]'), '900');
  assert.ok(await page.$('[data-feed=kept]'));
  assert.doesNotMatch(await page.textContent('#costs'), /NaN|Infinity|inf\b/);
  await page.close();
});

test('in Chinese: the section, its inputs and its figures', async () => {
  const page = await app('?lang=zh&staffing=service_level', undefined, { locale: 'zh-CN' });
  assert.match(await page.textContent('nav.sections'), /成本从何而来/);
  const text = await page.textContent('#costs');
  assert.doesNotMatch(text, /Leads funnel|Serving customers|What bad service costs/);
  const shown = await figures(page);
  assertClose(shown, shownOf(costsReference(DEFAULTS, { ...COSTS_DEFAULTS, staffing: 'service_level' }, 1000), shown), 'zh');
  await page.close();
});
