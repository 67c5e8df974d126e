// End-to-end tests of the two languages, the examples and the period switch: the release
// build in headless Chromium, figures checked against reference.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './suite.mjs';
import { reference, DEFAULTS, metrics, assertClose } from './reference.mjs';

const s = suite();
const app = (search, options) => s.app(search, undefined, options);

const zh = { locale: 'zh-CN' };

/** Words of three Latin letters or more that Chinese pages may show: names and codes. */
const ALLOWED = new Set([
  'Moat', 'English', 'CLV', 'LTV', 'CAC', 'ISO', 'Gupta', 'Lehmann', 'Burnham', 'Frels', 'Mahajan',
  'MQL', 'SQL', 'AHT', 'SLA', 'Forrester', 'PwC',
]);

/** Every text a reader meets: rendered text with all details open, titles, labels, placeholders. */
async function allText(page) {
  return page.evaluate(() => {
    document.querySelectorAll('details').forEach((d) => { d.open = true; });
    const attributes = [...document.querySelectorAll('[aria-label], [placeholder], [title]')]
      .flatMap((e) => [e.getAttribute('aria-label'), e.getAttribute('placeholder'), e.getAttribute('title')]);
    const description = document.querySelector('meta[name=description]').content;
    return [document.body.innerText, document.title, description, ...attributes].filter(Boolean).join('\n');
  });
}

/** Latin words in `text` that are neither allowed names nor currency codes. */
function englishWords(text, currencies) {
  const words = text.match(/[A-Za-z]{3,}/g) ?? [];
  return [...new Set(words.filter((w) => !ALLOWED.has(w) && !currencies.includes(w)))];
}

async function inputs(page) {
  return page.$$eval('input[type=text]:not(#share-link), input[type=checkbox], input[type=radio]',
    (els) => els.map((e) => (e.type === 'text' ? e.value : e.checked)));
}

test('a browser whose language is zh-CN opens in Chinese, in CNY', async () => {
  const page = await app('', zh);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.match(await page.title(), /客户终身价值/);
  assert.equal(await page.textContent('#results-title'), '客户终身价值');
  assert.match(await page.textContent('[data-metric=clv]'), /^¥1,915\.78$/);
  assert.equal(await page.inputValue('#in-currency'), 'CNY');
  assert.equal(await page.getAttribute('[data-lang=zh]', 'aria-pressed'), 'true');
  assert.ok(await page.$('button.term[aria-label="什么是“毛利率”？"]'), 'terms are explained in Chinese');
  assertClose(await metrics(page), reference(DEFAULTS), 'same numbers in CNY');
  await page.close();
});

test('the switch turns every word Chinese and changes no number or input', async () => {
  const page = await app('?currency=EUR');
  await page.fill('input[name=margin]', 'oops');
  await page.fill('input[name=revenue]', '250');
  const [figures, typed] = [await metrics(page), await inputs(page)];
  const english = await page.textContent('main');
  await page.click('[data-lang=zh]');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  assert.deepEqual(await metrics(page), figures, 'every data-value unchanged');
  assert.deepEqual(await inputs(page), typed, 'every input as typed, the bad one too');
  assert.match(await page.textContent('[data-error-for=margin]'), /请输入数字/);
  assert.match(await s.link(page), /[?&]lang=zh&/);
  assert.match(await page.textContent('[data-metric=clv]'), /^€/);
  await page.click('details.examples summary');
  const currencies = await page.$$eval('#in-currency option', (os) => os.map((o) => o.value));
  const leftover = englishWords(await allText(page), currencies);
  assert.deepEqual(leftover, [], `English words on the Chinese page: ${leftover.join(', ')}`);
  await page.click('[data-lang=en]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.textContent('main'), english, 'back in English, word for word');
  await page.close();
});

test('the period notice and a refused link speak Chinese too', async () => {
  const page = await app('?lang=zh');
  await page.check('input[name=period][value=year]');
  const currencies = await page.$$eval('#in-currency option', (os) => os.map((o) => o.value));
  const notice = await page.textContent('[data-notice=period]');
  assert.deepEqual(englishWords(notice, currencies), [], notice);
  assert.match(notice, /按年计算/);
  await page.close();
  const link = await app('?lang=zh&margin=150');
  assert.match(await link.textContent('[data-notice=link]'), /margin=150：不能大于 100。已使用默认值。/);
  await link.close();
});

test('lang= in a link wins over the browser, and a bad one is named', async () => {
  const chinese = await app('?lang=zh');
  assert.equal(await chinese.getAttribute('html', 'lang'), 'zh-CN');
  assert.equal(await chinese.inputValue('#in-currency'), 'CNY');
  await chinese.close();
  const english = await app('?lang=en', zh);
  assert.equal(await english.getAttribute('html', 'lang'), 'en');
  assert.equal(await english.inputValue('#in-currency'), 'USD');
  await english.close();
  const bad = await app('?lang=fr');
  assert.match(await bad.textContent('[data-notice=link]'), /lang=fr: expected en or zh/);
  await bad.close();
});

test('the chosen language is remembered, and a browser without storage still switches', async () => {
  const context = await s.browser.newContext({ locale: 'en-US' });
  const first = await context.newPage();
  await first.goto(s.origin + '/');
  await first.waitForSelector('canvas[data-chart="payback"][data-draws]');
  await first.click('[data-lang=zh]');
  const later = await context.newPage();
  await later.goto(s.origin + '/');
  await later.waitForSelector('canvas[data-chart="payback"][data-draws]');
  assert.equal(await later.getAttribute('html', 'lang'), 'zh-CN');
  await context.close();

  const blocked = await s.browser.newContext({ locale: 'en-US' });
  const page = await blocked.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new Error('storage is off'); } });
  });
  await page.goto(s.origin + '/');
  await page.waitForSelector('canvas[data-chart="payback"][data-draws]');
  await page.click('[data-lang=zh]');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  assert.deepEqual(errors, []);
  await blocked.close();
});

/** Each example: what it sets, as the inputs show it. */
const EXAMPLES = {
  saas: { revenue: '120', retention: '97', period: 'month', currency: 'USD' },
  compressor: { revenue: '60000', retention: '88', period: 'year', currency: 'CNY', setup_cost: '15000' },
  consumer: { revenue: '12.99', retention: '93', period: 'month', currency: 'USD', decision_horizon: '12' },
  distributor: { revenue: '8000', retention: '98', period: 'month', currency: 'USD', advantage: '5' },
};

test('each example fills every input, and Undo brings the user\'s back', async () => {
  const page = await app('?revenue=500&margin=60&setup_cost=99&period=year&currency=GBP');
  const mine = [await metrics(page), await inputs(page)];
  for (const [key, expected] of Object.entries(EXAMPLES)) {
    await page.click('details.examples summary');
    await page.click(`[data-example=${key}]`);
    assert.equal(await page.$eval('details.examples', (d) => d.open), false, 'the menu closes');
    assert.ok(await page.isVisible('[data-notice=example]'));
    for (const [name, value] of Object.entries(expected)) {
      const got = name === 'period'
        ? await page.$eval('input[name=period]:checked', (e) => e.value)
        : await page.inputValue(name === 'currency' ? '#in-currency' : `input[name=${name}]`);
      assert.equal(got, value, `${key}: ${name}`);
    }
    assert.equal(await page.$('[aria-invalid=true]'), null, `${key} is valid`);
    assert.equal(await page.$('[data-notice=no-model]'), null, `${key} calibrates the model`);
    await page.click('[data-action=undo-example]');
    assert.deepEqual([await metrics(page), await inputs(page)], mine, `${key}: undone`);
    assert.equal(await page.$('[data-notice=example]'), null);
  }
  await page.close();
});

test('Month → Year converts every per-period input, says what changed, and undoes', async () => {
  const page = await app();
  const monthly = [await metrics(page), await inputs(page)];
  await page.check('input[name=period][value=year]');
  const expected = { revenue: '1440', serve_cost: '180', retention: '69.3842', base_churn: '11.3615', decision_horizon: '2', cac: '900' };
  for (const [name, value] of Object.entries(expected)) {
    assert.equal(await page.inputValue(`input[name=${name}]`), value, name);
  }
  assertClose(await metrics(page),
    reference({ ...DEFAULTS, period: 'year', revenue: 1440, serve_cost: 180, retention: 69.3842 }), 'yearly');
  const notice = await page.textContent('[data-notice=period]');
  assert.match(notice, /Revenue per customer: \$120\.00 a month → \$1,440\.00 a year/);
  assert.match(notice, /Retention: 97 % a month → 69\.3842 % a year/);
  assert.match(notice, /Decision horizon: 24 months → 2 years/);
  assert.match(notice, /from \$1,915\.78 to \$1,537\.48 because payments are now counted once a year: paying at the end of each period, a customer pays for a year only if it stays the whole year/);
  assert.match(notice, /Nothing else moves it/);
  assert.match(notice, /The barrier model is fitted again, in years/);
  await page.click('[data-action=undo-period]');
  assert.deepEqual([await metrics(page), await inputs(page)], monthly, 'undone exactly');
  await page.close();
});

test('Year → Month converts back; switching straight back restores; horizons are rounded and said so', async () => {
  const page = await app('?period=year&revenue=1200&retention=80&horizon=5&decision_horizon=3&base_churn=5&timing=upfront');
  await page.check('input[name=period][value=month]');
  const expected = { revenue: '100', horizon: '60', decision_horizon: '36', retention: '98.1577', base_churn: '0.4265' };
  for (const [name, value] of Object.entries(expected)) {
    assert.equal(await page.inputValue(`input[name=${name}]`), value, name);
  }
  assert.match(await page.textContent('[data-notice=period]'), /paying at the start of each period, a customer now pays month by month and stops paying when it leaves/);
  await page.check('input[name=period][value=year]');
  assert.equal(await page.inputValue('input[name=retention]'), '80');
  assert.equal(await page.inputValue('input[name=horizon]'), '5');
  await page.close();

  const monthly = await app('?decision_horizon=18&horizon=30');
  await monthly.check('input[name=period][value=year]');
  const notice = await monthly.textContent('[data-notice=period]');
  assert.match(notice, /Horizon: 30 months → 3 years \(rounded\)/);
  assert.match(notice, /Decision horizon: 18 months → 2 years \(rounded\)/);
  assert.match(notice, /The horizons marked \(rounded\) move it too\./);
  assert.doesNotMatch(notice, /Nothing else moves it/);
  await monthly.close();
});

test('a per-period field holding text that is not a number shows the value the switch converted', async () => {
  const page = await app();
  await page.fill('input[name=revenue]', '150x');
  await page.check('input[name=period][value=year]');
  assert.equal(await page.inputValue('input[name=revenue]'), '1440');
  assert.equal(await page.$('[data-error-for=revenue]'), null);
  assert.match(await page.textContent('[data-notice=period]'), /Revenue per customer: \$120\.00 a month → \$1,440\.00 a year/);
  await page.click('[data-action=undo-period]');
  assert.equal(await page.inputValue('input[name=revenue]'), '150x', 'Undo brings the text back');
  await page.close();
});

test('the Chinese pages made no request outside their origin and logged no error', () => {
  assert.ok(s.outside.length > 5);
  assert.deepEqual(s.outside.flat(), []);
  assert.deepEqual(s.errors.flat(), []);
});
