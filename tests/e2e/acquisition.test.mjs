// End-to-end tests of acquisition versus retention (formulas.md §6): every input driven,
// the figures against an independent implementation (reference.mjs), the share link and
// its parameters, bad input, both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './suite.mjs';
import { acquisitionReference, BUSINESS, DEFAULTS, metrics, assertClose } from './reference.mjs';

const s = suite();
const app = s.app;

/** The acquisition section's figures and nothing else. */
async function figures(page) {
  const all = await metrics(page);
  const names = await page.$$eval('#acquisition [data-metric]', (els) => els.map((e) => e.dataset.metric));
  return Object.fromEntries(names.map((n) => [n, all[n]]));
}

test('the worked example: holding the base, the programme and the uplift, to the cent', async () => {
  const page = await app();
  const shown = await figures(page);
  assertClose(shown, acquisitionReference(DEFAULTS, BUSINESS), 'defaults');
  assert.equal(Number(shown.replace_spend).toFixed(2), '27000.00');
  assert.equal(Number(shown.serve_spend).toFixed(2), '15000.00');
  assert.equal(Number(shown.cost_per_saved).toFixed(2), '200.00');
  assert.equal(Number(shown.keep_ratio).toFixed(2), '4.50');
  assert.equal(Number(shown.clv_uplifted).toFixed(2), '2263.10');
  assert.equal((100 * Number(shown.clv_uplift)).toFixed(2), '18.13');
  assert.equal(Number(shown.steady_base_uplifted).toFixed(2), '1231.58');
  assert.equal(Number(shown.steady_profit_uplifted).toFixed(2), '65368.60');
  assert.equal((100 * Number(shown.profit_uplift)).toFixed(2), '36.18');
  assert.equal(Number(shown.breakeven_spend).toFixed(2), '11.51');
  assert.match(await page.textContent('[data-notice=steady-new]'), /30 a month/);
  assert.match(await page.textContent('[data-notice=uplift-conversion]'), /69\.38 %.*74\.38 %.*97\.5641 %/);
  for (const chart of ['plan', 'rates', 'holding']) {
    await page.waitForSelector(`canvas[data-chart="${chart}"][data-draws]`, { state: 'attached' });
  }
  await page.close();
});

test('every input moves its figures as the reference says, and travels in the share link', async () => {
  const page = await app();
  const biz = { base: 2500, new_customers: 40, plan_years: 5, programme_cost: 3.5, programme_lift: 0.5, uplift: 3 };
  for (const [name, value] of Object.entries(biz)) await page.fill(`input[name=${name}]`, String(value));
  assertClose(await figures(page), acquisitionReference(DEFAULTS, biz), 'edited');
  assert.equal(await page.$('[data-notice=steady-new]'), null);
  const link = await s.link(page);
  assert.match(link, /base=2500&new_customers=40&plan_years=5&programme_cost=3\.5&programme_lift=0\.5&uplift=3/);
  const copy = await app(link.slice(s.origin.length + 1));
  assert.deepEqual(await figures(copy), await figures(page));
  await page.close();
  await copy.close();
});

test('yearly, upfront and with a horizon; unprofitable; retention reaching exactly 100 %', async () => {
  const econ = { ...DEFAULTS, period: 'year', revenue: 60000, margin: 35, serve_cost: 6000, retention: 95, discount: 8, cac: 45000, horizon: 10, timing: 'upfront' };
  const biz = { base: 400, new_customers: 0, plan_years: 5, programme_cost: 1500, programme_lift: 3, uplift: 5 };
  const query = Object.entries({ ...econ, ...biz }).map(([k, v]) => `${k}=${v}`).join('&');
  let page = await app(`?${query}`);
  const shown = await figures(page);
  const want = acquisitionReference(econ, biz);
  assert.equal(want.steady_base_uplifted, undefined);
  assertClose(shown, want, 'yearly to 100 %');
  for (const absent of ['steady_base_uplifted', 'steady_profit_uplifted', 'profit_uplift']) {
    assert.equal(await page.$(`[data-metric=${absent}]`), null, absent);
  }
  assert.ok(await page.$('[data-notice=no-steady-state]'));
  await page.close();
  page = await app('?cac=5000');
  const poor = await figures(page);
  assert.ok(Number(poor.steady_profit) <= 0);
  assert.equal(poor.profit_uplift, undefined);
  assert.ok(await page.$('[data-notice=not-profitable]'));
  await page.close();
});

test('bad input: a message beside the field, and the last good figures stay', async () => {
  const page = await app();
  const before = await figures(page);
  for (const [name, text] of [['programme_lift', '0'], ['programme_lift', '3.5'], ['uplift', '40'], ['base', '0'], ['plan_years', '0'],
    ['plan_years', '2.5'], ['new_customers', '-5'], ['programme_cost', 'abc'], ['base', '']]) {
    await page.fill(`input[name=${name}]`, text);
    assert.ok(await page.$(`[data-error-for=${name}]`), `${name}=${text}`);
    assert.deepEqual(await figures(page), before, `${name}=${text} keeps the last good figures`);
    await page.fill(`input[name=${name}]`, name === 'new_customers' ? '' : String(BUSINESS[name]));
  }
  // A programme lift to exactly 100 % is valid.
  await page.fill('input[name=programme_lift]', '3');
  assert.equal(await page.$('[data-error-for=programme_lift]'), null);
  assert.equal(Number((await figures(page)).cost_per_saved).toFixed(2), '66.67');
  const text = await page.textContent('#acquisition');
  assert.doesNotMatch(text, /NaN|Infinity|inf\b/);
  await page.close();
});

test('with the barrier model carried into lifetime value, the section uses it and says so', async () => {
  const page = await app('?use_model=yes');
  const all = await metrics(page);
  const r = 1 - Number(all.churn_whatif);
  assert.ok(await page.$('[data-notice=acquisition-modelled]'));
  assertClose(await figures(page), acquisitionReference({ ...DEFAULTS, retention: 100 * r }, BUSINESS), 'modelled');
  await page.close();
});

test('in Chinese: the section, its inputs and its stories', async () => {
  const page = await app('?lang=zh', undefined, { locale: 'zh-CN' });
  assert.match(await page.textContent('nav.sections'), /获客与留存/);
  const shown = await figures(page);
  assertClose(shown, acquisitionReference(DEFAULTS, BUSINESS), 'zh');
  assert.match(await page.textContent('[data-story=holding]'), /27,000\.00/);
  await page.close();
});
