// End-to-end tests: the release build in headless Chromium, checked against an independent
// implementation of docs/formulas.md §2–4 written in JavaScript (reference.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './suite.mjs';
import { reference, switchingReference, DEFAULTS, metrics, assertClose } from './reference.mjs';

const s = suite();
const app = s.app;

async function drawCount(page, chart) {
  return Number(await page.getAttribute(`canvas[data-chart="${chart}"]`, 'data-draws'));
}

/**
 * Scrolls `chart` into view, as a user looking at it does, and waits until it has been drawn
 * more than `n` times: a chart far from the window is drawn only once it comes near it.
 */
async function seen(page, chart, n) {
  await page.$eval(`canvas[data-chart="${chart}"]`, (c) => c.scrollIntoView({ block: 'center' }));
  await page.waitForFunction(([name, n]) =>
    Number(document.querySelector(`canvas[data-chart="${name}"]`).dataset.draws) > n, [chart, n]);
}

/** Non-white pixels on a canvas, and its pixel size against its CSS size. */
async function canvasInfo(page, chart) {
  return page.$eval(`canvas[data-chart="${chart}"]`, (c) => {
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) ink++;
    return { ink, width: c.width, height: c.height, cssWidth: c.clientWidth, cssHeight: c.clientHeight, dpr: devicePixelRatio };
  });
}

test('default scenario: headline figures match the reference', async () => {
  const page = await app();
  assertClose(await metrics(page), reference(DEFAULTS), 'defaults');
  assert.equal(await page.inputValue('input[name=revenue]'), '120');
  await page.close();
});

test('formulas.md worked example to the cent (upfront, arrears, 5 periods)', async () => {
  const base = '?period=year&revenue=250&margin=40&serve_cost=0&retention=80&discount=10&cac=0';
  const cases = [
    ['&timing=upfront', '$366.67', 366.6666666],
    ['&timing=arrears', '$266.67', 266.6666666],
    ['&timing=upfront&horizon=5', '$292.06', 292.0633836],
  ];
  for (const [extra, shown, value] of cases) {
    const page = await app(base + extra);
    assert.equal(await page.textContent('[data-metric=clv]'), shown);
    assert.ok(Math.abs(Number(await page.getAttribute('[data-metric=clv]', 'data-value')) - value) < 1e-3);
    const lifetime = Number(await page.getAttribute('[data-metric=lifetime]', 'data-value'));
    assert.ok(Math.abs(lifetime - (extra.includes('horizon') ? 3.3616 : 5)) < 1e-12, `lifetime ${lifetime}`);
    await page.close();
  }
});

test('typing inputs updates every figure and redraws both charts', async () => {
  const page = await app();
  const before = [await drawCount(page, 'payback'), await drawCount(page, 'survival')];
  const inputs = { revenue: 2500, margin: 62.5, serve_cost: 140, retention: 92, discount: 8, cac: 7000, horizon: 36 };
  // The period first: switching it converts what is already entered.
  await page.check('input[name=period][value=year]');
  for (const [name, value] of Object.entries(inputs)) await page.fill(`input[name=${name}]`, String(value));
  await page.check('input[name=timing][value=upfront]');
  assertClose(await metrics(page), reference({ ...DEFAULTS, ...inputs, period: 'year', timing: 'upfront' }), 'typed');
  await seen(page, 'payback', before[0]);
  await seen(page, 'survival', before[1]);
  const survival = await drawCount(page, 'survival');
  const payback = await drawCount(page, 'payback');
  await page.fill('input[name=cac]', '6500');
  await seen(page, 'payback', payback);
  assert.equal(await drawCount(page, 'survival'), survival, 'a money edit leaves the survival curve undrawn');
  await page.close();
});

test('thousands separators and symbols are read as people type them', async () => {
  const page = await app();
  await page.fill('input[name=revenue]', '1,200');
  await page.fill('input[name=cac]', '$9 000');
  await page.fill('input[name=margin]', '80%');
  assertClose(await metrics(page), reference({ ...DEFAULTS, revenue: 1200, cac: 9000, margin: 80 }), 'separators');
  assert.match(await page.textContent('[data-metric=clv]'), /^\$\d{1,3}(,\d{3})+\.\d\d$/);
  await page.close();
});

test('numbers are read as typed, the field says how, and misreadings are named', async () => {
  const page = await app();
  await page.fill('input[name=revenue]', '6万');
  await page.fill('input[name=cac]', '１，２００');
  assert.equal(await page.textContent('[data-understood-for=revenue]'), '= 60,000');
  assert.equal(await page.textContent('[data-understood-for=cac]'), '= 1,200');
  assert.equal(await page.inputValue('input[name=revenue]'), '6万', 'the text stays as typed');
  assertClose(await metrics(page), reference({ ...DEFAULTS, revenue: 60000, cac: 1200 }), 'read');
  await page.waitForFunction(() => location.search.includes('revenue=60000&'));
  const cases = [
    ['serve_cost', '1,5', 'Use “.” for decimals'],
    ['setup_cost', '1.234,56', 'Use “.” for decimals'],
    ['risk_loss', '12%', 'Remove “%”'],
    ['eval_hours', '¥12', 'Remove “¥”: this field is not an amount of money.'],
    ['hourly_cost', '1_000', 'A number cannot contain “_”'],
  ];
  for (const [name, text, message] of cases) {
    await page.fill(`input[name=${name}]`, text);
    const error = await page.textContent(`[data-error-for=${name}]`);
    assert.ok(error.includes(message), `${name}="${text}": ${error}`);
    assert.equal(await page.$(`[data-understood-for=${name}]`), null);
  }
  await page.fill('input[name=revenue]', '120');
  assert.equal(await page.$('[data-understood-for=revenue]'), null);
  const modes = await page.$$eval('.field input[type=text]', (els) => els.map((e) => e.inputMode));
  assert.ok(modes.length > 20 && modes.every((m) => m === 'decimal'), modes.join());
  await page.close();
});

test('a field that takes negatives has a ± button a finger can hit', async () => {
  const page = await app();
  const signed = await page.$$eval('[data-sign-for]', (bs) => bs.map((b) => b.dataset.signFor));
  assert.deepEqual(signed, ['cost_change']);
  const button = page.locator('[data-sign-for=cost_change]');
  assert.equal(await button.getAttribute('aria-label'), 'Switch between plus and minus');
  const box = await button.boundingBox();
  assert.ok(box.width >= 44 && box.height >= 44, JSON.stringify(box));
  await button.click();
  assert.equal(await page.inputValue('input[name=cost_change]'), '-25');
  assert.equal(await page.evaluate(() => document.activeElement.name), 'cost_change', 'back to typing');
  await page.waitForFunction(() => location.search.includes('cost_change=-25&'));
  await button.click();
  assert.equal(await page.inputValue('input[name=cost_change]'), '25');
  await page.close();
});

test('churn can be entered instead of retention', async () => {
  const page = await app();
  await page.click('[data-action=rate-kind]');
  assert.equal(await page.inputValue('input[name=churn]'), '3');
  await page.fill('input[name=churn]', '5');
  assertClose(await metrics(page), reference({ ...DEFAULTS, retention: 95 }), 'churn');
  assert.match(await s.link(page), /[?&]churn=5(&|$)/);
  await page.close();
});

test('canvases are painted, at device-pixel resolution', async () => {
  for (const deviceScaleFactor of [1, 2]) {
    const page = await s.browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor });
    await page.goto(s.origin + '/');
    await page.waitForSelector('canvas[data-chart="survival"][data-draws]');
    for (const chart of ['payback', 'survival']) {
      const c = await canvasInfo(page, chart);
      assert.equal(c.width, Math.round(c.cssWidth * deviceScaleFactor), `${chart} width at ${deviceScaleFactor}x`);
      assert.equal(c.height, Math.round(c.cssHeight * deviceScaleFactor));
      assert.ok(c.ink > 0.02 * c.width * c.height, `${chart} has ink: ${c.ink}`);
    }
    await page.close();
  }
});

test('a chart far from the window is drawn when it comes near it, not at every keystroke', async () => {
  const page = await app();
  await page.waitForSelector('canvas[data-chart="holding"][data-draws]', { state: 'attached' });
  const far = await drawCount(page, 'holding');
  const near = await drawCount(page, 'payback');
  await page.fill('input[name=retention]', '90');
  await seen(page, 'payback', near);
  assert.equal(await drawCount(page, 'holding'), far, 'not drawn while far below');
  await seen(page, 'holding', far);
  const c = await canvasInfo(page, 'holding');
  assert.ok(c.ink > 0);
  await page.close();
});

test('charts redraw to fit when the window is resized', async () => {
  const page = await app('', { width: 1280, height: 900 });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.$eval('canvas[data-chart="payback"]', (c) => c.scrollIntoView({ block: 'center' }));
  await page.waitForFunction(() => {
    const c = document.querySelector('canvas[data-chart="payback"]');
    return c.width === Math.round(c.clientWidth * devicePixelRatio);
  });
  const c = await canvasInfo(page, 'payback');
  assert.ok(c.cssWidth < 390 && c.ink > 0);
  await page.close();
});

test('an embedding page themes the charts through CSS custom properties', async () => {
  const page = await app();
  await page.addStyleTag({ content: ':root { --moat-chart-value: #ff00ff; }' });
  const drawn = await drawCount(page, 'payback');
  await page.setViewportSize({ width: 1200, height: 900 });
  await seen(page, 'payback', drawn);
  const magenta = await page.$eval('canvas[data-chart="payback"]', (c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] > 200 && d[i + 1] < 60 && d[i + 2] > 200) n++;
    return n;
  });
  assert.ok(magenta > 100, `magenta pixels: ${magenta}`);
  await page.close();
});

test('a share link reproduces the same inputs and numbers exactly', async () => {
  const page = await app();
  await page.fill('input[name=revenue]', '1234.56');
  await page.fill('input[name=margin]', '33.3333');
  await page.fill('input[name=horizon]', '48');
  await page.selectOption('#in-currency', 'EUR');
  await page.check('input[name=timing][value=upfront]');
  const link = await s.link(page);
  assert.ok(link.startsWith(s.origin + '/?v=1&'), link);
  const figures = await metrics(page);
  const shown = await page.textContent('[data-metric=clv]');
  assert.match(shown, /^€/);

  const copy = await app(link.slice(s.origin.length + 1));
  assert.deepEqual(await metrics(copy), figures);
  assert.equal(await copy.textContent('[data-metric=clv]'), shown);
  assert.equal(await copy.inputValue('input[name=margin]'), '33.3333');
  assert.equal(await s.link(copy), link);
  await page.close();
  await copy.close();
});

test('the address bar follows the scenario, so a reload keeps the inputs', async () => {
  const page = await app();
  await page.fill('input[name=cac]', '1500');
  await page.waitForFunction(() => location.search.includes('cac=1500'));
  await page.reload();
  await page.waitForSelector('canvas[data-chart="payback"][data-draws]');
  assert.equal(await page.inputValue('input[name=cac]'), '1500');
  await page.close();
});

test('plain documented query parameters prefill the calculator', async () => {
  const params = { period: 'year', revenue: 1200, margin: 40, serve_cost: 100, retention: 85, discount: 12, cac: 800, horizon: 10, timing: 'upfront' };
  const search = '?' + new URLSearchParams({ ...params, currency: 'gbp' });
  const page = await app(search);
  assertClose(await metrics(page), reference(params), 'query');
  assert.match(await page.textContent('[data-metric=clv]'), /^£/);
  assert.equal(await page.$('[data-notice=link]'), null);
  // Left out of a yearly link: the default business a year ($120 a month is $1,440 a year).
  const churn = await app('?churn=20&period=year');
  assertClose(await metrics(churn), reference({ ...DEFAULTS, period: 'year', retention: 80, revenue: 1440, serve_cost: 180 }), 'churn query');
  await page.close();
  await churn.close();
});

test('a malformed link shows a message and falls back to defaults', async () => {
  const page = await app('?revenue=abc&margin=150&period=week&timing=soon&currency=dollars&v=7');
  const notice = await page.textContent('[data-notice=link]');
  for (const part of ['revenue=abc', 'margin=150', 'period=week', 'timing=soon', 'currency=dollars', 'v=7']) {
    assert.ok(notice.includes(part), `notice names ${part}: ${notice}`);
  }
  assertClose(await metrics(page), reference(DEFAULTS), 'fallback');
  await page.click('[data-notice=link] button');
  assert.equal(await page.$('[data-notice=link]'), null);
  const garbage = await app('?revenue=1&revenue=2&%ZZ');
  assertClose(await metrics(garbage), reference({ ...DEFAULTS, revenue: 1 }), 'the first of a repeat');
  assert.match(await garbage.textContent('[data-notice=link]'), /revenue was given more than once; the first value, 1, was used/);
  await page.close();
  await garbage.close();
});

test('bad input gets a message beside the field and the last valid results stay', async () => {
  const page = await app();
  const good = await metrics(page);
  const cases = [
    ['revenue', '', 'Enter a value.'],
    ['revenue', 'abc', 'Enter a number'],
    ['revenue', '-5', 'Must be 0 or more.'],
    ['revenue', '1e15', 'Must be at most 1,000,000,000,000.'],
    ['margin', '150', 'Must be at most 100.'],
    ['retention', '-1', 'Must be 0 or more.'],
    ['horizon', '2.5', 'whole number'],
    ['discount', 'ten', 'Enter a number'],
    ['cac', 'NaN', 'Enter a number'],
  ];
  for (const [name, text, message] of cases) {
    await page.fill(`input[name=${name}]`, text);
    const error = await page.textContent(`[data-error-for=${name}]`);
    assert.ok(error.includes(message), `${name}="${text}": ${error}`);
    assert.equal(await page.getAttribute(`input[name=${name}]`, 'aria-invalid'), 'true');
    assert.deepEqual(await metrics(page), good, `results stay for ${name}="${text}"`);
    assert.ok(await page.isVisible('.stale-note'));
    await page.fill(`input[name=${name}]`, String(DEFAULTS[name] || ''));
    assert.equal(await page.$(`[data-error-for=${name}]`), null);
  }
  await page.close();
});

test('100 % retention with no discounting and no horizon is refused with a reason', async () => {
  const page = await app();
  const good = await metrics(page);
  await page.fill('input[name=discount]', '0');
  const afterDiscount = await metrics(page);
  await page.fill('input[name=retention]', '100');
  assert.match(await page.textContent('[data-error-for=retention]'), /no limit/);
  assert.deepEqual(await metrics(page), afterDiscount);
  assert.notDeepEqual(afterDiscount, good);
  await page.fill('input[name=horizon]', '24');
  assert.equal(await page.$('[data-error-for=retention]'), null);
  const m = await metrics(page);
  assert.equal(m.lifetime, '24');
  assertClose(m, reference({ ...DEFAULTS, retention: 100, discount: 0, horizon: 24 }), 'full retention');
  await page.close();
});

test('"never" and "none" are shown in words, never as infinity or NaN', async () => {
  const page = await app('?serve_cost=200&cac=0&retention=100&discount=5');
  const m = await metrics(page);
  assert.equal(m.payback_simple, 'never');
  assert.equal(m.ltv_cac, 'none');
  assert.equal(m.lifetime, 'unlimited');
  const text = await page.textContent('main');
  assert.doesNotMatch(text, /NaN|Infinity|inf\b/);
  await page.fill('input[name=serve_cost]', '15');
  await page.fill('input[name=cac]', '1e11');
  assert.equal((await metrics(page)).payback_cohort, 'never');
  assert.match(await page.textContent('[data-metric=payback_cohort]'), /Never/);
  await page.close();
});

test('copy, reset and undo', async () => {
  const context = await s.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.origin });
  const page = await context.newPage();
  await page.goto(s.origin + '/?revenue=300');
  await page.waitForSelector('canvas[data-chart="payback"][data-draws]');
  await page.click('[data-action=copy-link]');
  await page.waitForSelector('.share-status:has-text("Link copied.")');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.inputValue('#share-link'));
  const mine = await metrics(page);
  await page.fill('input[name=margin]', 'oops');
  await page.click('[data-action=reset]');
  assertClose(await metrics(page), reference(DEFAULTS), 'reset');
  assert.equal(await page.$('[data-error-for=margin]'), null);
  await page.click('[data-action=undo-reset]');
  assert.deepEqual(await metrics(page), mine, 'undo brings the inputs back');
  assert.equal(await page.inputValue('input[name=revenue]'), '300');
  assert.equal(await page.inputValue('input[name=margin]'), 'oops');
  assert.equal(await page.$('[data-notice=reset]'), null);
  await page.click('[data-action=reset]');
  await page.fill('input[name=revenue]', '150');
  assert.equal(await page.$('[data-notice=reset]'), null, 'a new edit ends the chance to undo');
  await context.close();
});

test('the link field follows typing once it pauses; Copy at once copies the link of what is on screen', async () => {
  const context = await s.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.origin });
  const page = await context.newPage();
  await page.goto(s.origin + '/');
  await page.waitForSelector('canvas[data-chart="payback"][data-draws]');
  const before = await s.link(page);
  await page.fill('input[name=revenue]', '321');
  // Typing has not paused: the field still shows the last link, and says it is updating.
  assert.equal(await page.getAttribute('#share-link', 'aria-busy'), 'true');
  assert.equal(await page.inputValue('#share-link'), before);
  await page.click('[data-action=copy-link]');
  await page.waitForSelector('.share-status:has-text("Link copied.")');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /[?&]revenue=321(&|$)/);
  assert.equal(await page.inputValue('#share-link'), copied);
  await page.fill('input[name=revenue]', '322');
  assert.match(await s.link(page), /[?&]revenue=322(&|$)/);
  assert.match(await page.evaluate(() => location.search), /[?&]revenue=322(&|$)/);
  await context.close();
});

test('every figure has a thousands separator where it needs one', async () => {
  const page = await app('?revenue=100000&cac=2500000&currency=JPY');
  const clv = await page.textContent('[data-metric=clv]');
  assert.match(clv, /^¥\d{1,3}(,\d{3})+$/);
  await page.close();
});

const SWITCHING = {
  benefit_loss: 25, monetary_loss: 40, risk_chance: 5, risk_loss: 400, eval_hours: 1.5, learn_people: 1,
  learn_hours: 1, hourly_cost: 40, setup_cost: 25, personal: 3, brand: 2, function_risk: 2, self_image: 2,
  social_image: 1, point_value: 0.5, decision_horizon: 24, base_churn: 1, advantage: 10, cost_change: 25,
};

test('switching costs: default figures, negotiation sentence and caution', async () => {
  const page = await app();
  assertClose(await metrics(page), switchingReference(DEFAULTS, SWITCHING), 'switching defaults');
  assert.equal(await page.textContent('[data-metric=switching_cost]'), '$246.00');
  assert.equal(await page.textContent('[data-metric=premium]'), '$11.30 a month');
  const sentence = await page.textContent('.negotiation');
  assert.match(sentence, /undercut you by more than 9\.4 % \(\$11\.30 a month\) for switching to pay within 24 months/);
  const cautions = await page.$$eval('.caution', (els) => els.map((e) => e.textContent));
  assert.equal(cautions.length, 2);
  assert.ok(cautions.every((c) => c.includes('only once satisfaction, service quality and perceived value are adequate')));
  assert.match(await page.textContent('[data-story=barrier]'), /^Raising switching cost by 25 % to \$307\.50 moves churn from 3 % to 2\.58 % a month/);
  for (const chart of ['breakdown', 'barrier']) {
    const c = await canvasInfo(page, chart);
    assert.ok(c.ink > 0.02 * c.width * c.height, `${chart} has ink: ${c.ink}`);
  }
  await page.close();
});

test('typing every switching input updates the figures, the factor values and both charts', async () => {
  const page = await app();
  const before = [await drawCount(page, 'breakdown'), await drawCount(page, 'barrier')];
  const typed = {
    benefit_loss: 300, monetary_loss: 1250, risk_chance: 30, risk_loss: 2000, eval_hours: 12, learn_people: 4,
    learn_hours: 6, hourly_cost: 55, setup_cost: 900, personal: 6, brand: 4.5, function_risk: 5, self_image: 3,
    social_image: 2, point_value: 1.5, decision_horizon: 36, base_churn: 0.8, advantage: 15, cost_change: -40,
  };
  const econ = { ...DEFAULTS, revenue: 400, retention: 96 };
  await page.fill('input[name=revenue]', '400');
  await page.fill('input[name=retention]', '96');
  for (const [name, value] of Object.entries(typed)) await page.fill(`input[name=${name}]`, String(value));
  assertClose(await metrics(page), switchingReference(econ, typed), 'typed switching');
  // Each factor shows what it comes to: 30 % × $2,000, 12 h × $55, 4 × 6 h × $55.
  const factors = await page.$$eval('fieldset.factor legend', (els) => els.map((e) => e.textContent));
  assert.deepEqual(factors, ['Economic risk$600.00', 'Evaluation$660.00', 'Learning$1,320.00']);
  assert.match(await page.textContent('[data-metric=switching_cost]'), /^\$\d{1,3}(,\d{3})+\.\d\d$/);
  assert.match(await page.textContent('[data-story=barrier]'), /^Lowering switching cost by 40 %/);
  await seen(page, 'breakdown', before[0]);
  await seen(page, 'barrier', before[1]);
  await page.close();
});

test('each group of factors collapses and opens again', async () => {
  const page = await app();
  for (const group of ['Financial', 'Process', 'Emotional']) {
    const details = page.locator('details.group', { hasText: group });
    await details.locator('summary').click();
    assert.equal(await details.evaluate((d) => d.open), false, `${group} closed`);
    await details.locator('summary').click();
    assert.equal(await details.evaluate((d) => d.open), true, `${group} open`);
  }
  assert.ok(await page.isVisible('input[name=social_image]'));
  await page.close();
});

test('the modelled churn can drive lifetime value, so both views tell one story', async () => {
  const page = await app();
  const entered = await metrics(page);
  await s.check(page, 'input[name=use_model]');
  const modelled = await metrics(page);
  assertClose(modelled, { clv: Number(entered.clv_whatif) }, 'CLV uses the what-if churn');
  assertClose(modelled, { lifetime: Number(entered.lifetime_whatif) }, 'lifetime too');
  assert.match(await page.textContent('[data-notice=modelled]'), /switching cost of \$307\.50: 2\.58 % a month/);
  assert.ok(await page.isVisible('[data-notice=modelled-rate]'), 'the retention field says it only calibrates now');
  // The switching view keeps today's calibration.
  assertClose(modelled, { churn_today: Number(entered.churn_today), clv_whatif: Number(entered.clv_whatif) }, 'same model');
  await page.fill('input[name=cost_change]', '0');
  assertClose(await metrics(page), { clv: Number(entered.clv) }, 'no change, no difference');
  await page.fill('input[name=cost_change]', '25');
  await s.check(page, 'input[name=use_model]', false);
  assert.equal(await page.$('[data-notice=modelled]'), null);
  assert.equal(await page.$('[data-notice=modelled-rate]'), null);
  await page.close();
});

test('switching inputs travel in the share link and the documented query parameters', async () => {
  const page = await app();
  await page.fill('input[name=setup_cost]', '777.77');
  await page.fill('input[name=personal]', '6.5');
  await page.fill('input[name=cost_change]', '-20');
  await s.check(page, 'input[name=use_model]');
  const link = await s.link(page);
  assert.match(link, /setup_cost=777\.77&personal=6\.5&.*cost_change=-20&competitor_price=0&.*use_model=yes&/);
  const figures = await metrics(page);
  const copy = await app(link.slice(s.origin.length + 1));
  assert.deepEqual(await metrics(copy), figures);
  assert.equal(await copy.isChecked('input[name=use_model]'), true);
  await copy.close();

  const plain = { ...SWITCHING, setup_cost: 500, eval_hours: 8, decision_horizon: 12, advantage: 20 };
  const query = await app('?' + new URLSearchParams({ setup_cost: 500, eval_hours: 8, decision_horizon: 12, advantage: 20 }));
  assertClose(await metrics(query), switchingReference(DEFAULTS, plain), 'plain switching parameters');
  assert.equal(await query.$('[data-notice=link]'), null);
  await query.close();

  const bad = await app('?personal=9&advantage=0&use_model=perhaps');
  const notice = await bad.textContent('[data-notice=link]');
  for (const part of ['personal=9', 'advantage=0', 'use_model=perhaps']) assert.ok(notice.includes(part), notice);
  assertClose(await metrics(bad), switchingReference(DEFAULTS, SWITCHING), 'bad switching link');
  await bad.close();
  await page.close();
});

test('bad switching input gets a message beside the field and the last results stay', async () => {
  const page = await app();
  const good = await metrics(page);
  const cases = [
    ['personal', '9', 'Must be at most 7.'],
    ['brand', '0', 'Must be at least 1.'],
    ['advantage', '0', 'Must be above 0.'],
    ['cost_change', '-150', 'Must be at least -100.'],
    ['decision_horizon', '2.5', 'Enter a whole number.'],
    ['risk_chance', 'abc', 'Enter a number, such as 1200 or 12.5.'],
    ['hourly_cost', '-40', 'Must be 0 or more.'],
    ['setup_cost', '', 'Enter a value.'],
  ];
  for (const [name, text, message] of cases) {
    await page.fill(`input[name=${name}]`, text);
    assert.equal(await page.textContent(`[data-error-for=${name}]`), message, name);
    assert.equal(await page.getAttribute(`input[name=${name}]`, 'aria-invalid'), 'true');
    assert.deepEqual(await metrics(page), good, `${name}=${text} keeps the last results`);
    assert.ok(await page.isVisible('#switching .results.stale'));
    await page.fill(`input[name=${name}]`, String(SWITCHING[name]));
    assert.equal(await page.$(`[data-error-for=${name}]`), null);
  }
  await page.close();
});

test('a churn model that cannot explain today\'s churn says why, and the rest still works', async () => {
  const page = await app('?base_churn=5');
  assert.match(await page.textContent('[data-error-for=base_churn]'), /above today's churn \(3 %\)/);
  assert.match(await page.textContent('[data-notice=no-model]'), /cannot explain today's churn/);
  assertClose(await metrics(page), reference(DEFAULTS), 'lifetime value unaffected');
  assert.equal(await page.$('canvas[data-chart=barrier]'), null);
  await page.fill('input[name=base_churn]', '2');
  assert.equal(await page.$('[data-notice=no-model]'), null);
  await page.waitForSelector('canvas[data-chart=barrier][data-draws]');

  const free = await app('?revenue=0');
  assert.match(await free.textContent('[data-notice=no-model]'), /needs revenue above 0/);
  assert.equal(await free.textContent('[data-metric=switching_periods]'), '–');
  const body = await free.textContent('body');
  assert.doesNotMatch(body, /\bNaN\b|\binf(inity)?\b/i);
  await free.close();
  await page.close();
});

test('each term has its meaning a tap away: a named 44 px button that the keyboard works too', async () => {
  const page = await app('', { width: 390, height: 844 });
  const buttons = await page.$$eval('button.term', (bs) => bs.map((b) => {
    const r = b.getBoundingClientRect();
    return { name: b.getAttribute('aria-label'), width: r.width, height: r.height, expanded: b.getAttribute('aria-expanded') };
  }));
  // Every input on screen (72: the staffing chosen shows its own, the decline rate only with
  // declining balance) and the headline figures the catalogue defines (23; those of the
  // other staffing way are not on screen).
  assert.equal(buttons.length, 95, buttons.map((b) => b.name).join(', '));
  for (const b of buttons) {
    assert.ok(b.width >= 44 && b.height >= 44, `${b.name}: ${b.width} × ${b.height}`);
    assert.equal(b.expanded, 'false', b.name);
  }
  const margin = page.locator('button[aria-label="What is “Gross margin”?"]');
  const define = page.locator('#in-margin-define');
  assert.equal(await define.isVisible(), false);
  await margin.click();
  assert.equal(await margin.getAttribute('aria-expanded'), 'true');
  assert.match(await define.innerText(), /share of each sale left after the direct costs/);
  const [button, text] = [await margin.boundingBox(), await define.boundingBox()];
  assert.ok(text.y >= button.y + button.height / 2 && text.width > 300, 'the definition sits below, on a line of its own');
  await page.keyboard.press('Escape');
  assert.equal(await define.isVisible(), false, 'Escape closes it');
  await page.keyboard.press('Enter');
  assert.ok(await define.isVisible(), 'Enter opens it');
  await page.click('[data-term="payback_cohort-define"]');
  assert.match(await page.innerText('#payback_cohort-define'), /cost of money/);
  // Labels, headings, figures, captions and notices in plain words; symbols only in the explanations.
  const shown = await page.$$eval('label, legend, dt, h2, figcaption, .notice, .negotiation, .message',
    (els) => els.filter((e) => !e.closest('.explain')).map((e) => e.innerText).join('\n'));
  assert.doesNotMatch(shown, /q₀|μ|A\(H|calibrat|arrears|cohort|discount rate/i);
  await page.close();
});

test('the page made no request outside its own origin and logged no error', () => {
  assert.ok(s.outside.length > 10);
  assert.deepEqual(s.outside.flat(), []);
  assert.deepEqual(s.errors.flat(), []);
});
