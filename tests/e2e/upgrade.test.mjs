// Upgrade or trade-in: the worked example to the cent, every input against the independent
// reference (reference/upgrade.mjs), the share link, bad input, both languages and the charts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './suite.mjs';
import { DEFAULTS, metrics, assertClose } from './reference.mjs';
import { upgradeReference, UPGRADE_ECON, UPGRADE_WORKED } from './reference/upgrade.mjs';

const s = suite();
const app = s.app;

/** The section's figures and nothing else. */
async function figures(page) {
  const all = await metrics(page);
  const names = await page.$$eval('#upgrade [data-metric]', (els) => els.map((e) => e.dataset.metric));
  return Object.fromEntries(names.map((n) => [n, all[n]]));
}

const query = (o) => '?' + Object.entries(o).map(([k, v]) => `${k}=${v}`).join('&');

/** The app's defaults for this section (the registry's). */
const UPGRADE_DEFAULTS = {
  unit_price_old: 8000, unit_age: 4, unit_life: 5, depreciation: 'straight', decline_rate: 0,
  unit_price: 9000, unit_margin: 35, loyalty: 60, upgrade_price: 1500, upgrade_cost: 900,
  life_added: 2, loyalty_upgrade: 70, credit: 1000, recovery: 400, loyalty_tradein: 80, upsell: 10,
  run_old: 1200, run_new: 800, run_upgraded: 1000, customer_discount: '',
};

async function seenChart(page, name) {
  await page.$eval(`canvas[data-chart="${name}"]`, (c) => c.scrollIntoView({ block: 'center' }));
  await page.waitForSelector(`canvas[data-chart="${name}"][data-draws]`, { state: 'attached' });
}

test('the worked example: every figure to the cent, in words for the meeting', async () => {
  const { customer_discount, ...worked } = UPGRADE_WORKED;
  const page = await app(query({ ...UPGRADE_ECON, ...worked, currency: 'CNY' }));
  const shown = await figures(page);
  const cents = (name) => Number(shown[name]).toFixed(2);
  assert.equal(cents('renewal_value'), '38092.35');
  assert.equal(cents('npv_baseline'), '22570.91');
  assert.equal(cents('npv_upgrade'), '30243.30');
  assert.equal(cents('upgrade_gain'), '7672.39');
  assert.equal(cents('npv_tradein'), '37571.77');
  assert.equal(cents('tradein_gain'), '15000.86');
  assert.equal(cents('breakeven_credit'), '23000.86');
  assert.equal(cents('breakeven_upgrade_price'), '4327.61');
  assert.equal(cents('residual_old'), '10000.00');
  assert.equal(cents('min_credit'), '14389.57');
  assert.equal(cents('eac_upgrade'), '10505.48');
  assert.equal(cents('eac_new'), '15441.77');
  assertClose(shown, upgradeReference(UPGRADE_ECON, UPGRADE_WORKED), 'worked');
  assert.match(await page.textContent('#upgrade'), /You can credit up to CN¥23,000\.86 and still do better than waiting/);
  assert.match(await page.textContent('[data-story=zone]'), /CN¥14,389\.57 to CN¥23,000\.86.*CN¥8,000\.00 offered is too little/);
  assert.match(await page.textContent('[data-story=best]'), /Trading in now is worth most: CN¥15,000\.86/);
  assert.match(await page.textContent('table[data-table=options]'), /CN¥37,571\.77/);
  assert.equal(await page.$$eval('table[data-table=options] tbody tr', (rows) => rows.length), 3);
  await seenChart(page, 'cashflow');
  await seenChart(page, 'credit');
  await page.close();
});

test('every input moves its figures as the reference says, and travels in the share link', async () => {
  const page = await app();
  assertClose(await figures(page), upgradeReference(DEFAULTS, UPGRADE_DEFAULTS), 'defaults');
  const edited = {
    unit_price_old: 9500, unit_age: 3, unit_life: 7, unit_price: 11000, unit_margin: 28, loyalty: 55,
    upgrade_price: 2100, upgrade_cost: 1300, life_added: 3, loyalty_upgrade: 72, credit: 1800,
    recovery: 650, loyalty_tradein: 78, upsell: 15, run_old: 1500, run_new: 700, run_upgraded: 1100,
    customer_discount: 12,
  };
  for (const [name, value] of Object.entries(edited)) await page.fill(`input[name=${name}]`, String(value));
  await s.check(page, 'input[name=depreciation][value=declining]');
  await page.fill('input[name=decline_rate]', '25');
  const u = { ...UPGRADE_DEFAULTS, ...edited, depreciation: 'declining', decline_rate: 25 };
  const shown = await figures(page);
  assertClose(shown, upgradeReference(DEFAULTS, u), 'edited');
  const link = await s.link(page);
  assert.match(link, /unit_price_old=9500&unit_age=3&unit_life=7&decline_rate=25&.*customer_discount=12&.*depreciation=declining/);
  const copy = await app(link.slice(s.origin.length + 1));
  assert.deepEqual(await figures(copy), shown);
  // An empty decline rate is twice the straight-line rate, and says so.
  await page.fill('input[name=decline_rate]', '');
  assert.match(await page.textContent('[data-notice=decline-default]'), /28\.57 %/);
  assertClose(await figures(page), upgradeReference(DEFAULTS, { ...u, decline_rate: 0 }), 'default rate');
  await page.close();
  await copy.close();
});

test('bad input: a message beside the field, and the last good figures stay', async () => {
  const page = await app();
  const before = await figures(page);
  for (const [name, text] of [['credit', '20000'], ['unit_life', '0'], ['unit_age', '2.5'], ['loyalty', '120'],
    ['upsell', '-5'], ['unit_price', 'abc']]) {
    await page.fill(`input[name=${name}]`, text);
    assert.ok(await page.$(`[data-error-for=${name}]`), `${name}=${text}`);
    assert.deepEqual(await figures(page), before, `${name}=${text} keeps the last good figures`);
    await page.fill(`input[name=${name}]`, String(UPGRADE_DEFAULTS[name]));
  }
  // Endless loyalty with no cost of money: refused beside loyalty.
  await page.fill('input[name=discount]', '0');
  await page.fill('input[name=loyalty]', '100');
  assert.match(await page.textContent('[data-error-for=loyalty]'), /loyalty below 100 %/);
  await page.fill('input[name=loyalty]', '60');
  // A unit past its life is valid, and the page says what waiting means.
  await page.fill('input[name=unit_age]', '9');
  assert.ok(await page.$('[data-notice=past-life]'));
  assert.doesNotMatch(await page.textContent('#upgrade'), /NaN|Infinity|inf\b/);
  await page.close();
});

test('no zone: the page says no credit works for both, and what would change that', async () => {
  // A unit a year old: the customer wants more for it than trading in is worth to us.
  const page = await app(query({ unit_age: 1 }));
  const shown = await figures(page);
  assert.ok(Number(shown.min_credit) > Number(shown.breakeven_credit), 'no zone in this case');
  assert.ok(await page.$('[data-story=no-zone]'));
  assertClose(shown, upgradeReference(DEFAULTS, { ...UPGRADE_DEFAULTS, unit_age: 1 }), 'no zone');
  await seenChart(page, 'credit');
  await page.close();
});

test('in Chinese: the section, its table and its words for the meeting', async () => {
  const page = await app('?lang=zh', undefined, { locale: 'zh-CN' });
  assert.match(await page.textContent('nav.sections'), /升级或以旧换新/);
  const text = await page.textContent('#upgrade');
  assert.doesNotMatch(text, /Upgrade now|Trade in now|Walk-away/);
  assertClose(await figures(page), upgradeReference(DEFAULTS, UPGRADE_DEFAULTS), 'zh');
  await page.close();
});
