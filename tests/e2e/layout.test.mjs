// End-to-end tests of what a rep at the table sees: the answer near each section's start on a
// phone, the summary bar, results beside inputs on wider screens, figures that never wrap
// inside an amount, the "At the table" answer, and the warnings and marks around the figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './suite.mjs';

const s = suite();
const PHONE = [{ width: 390, height: 844 }, { deviceScaleFactor: 3 }];
const FRAME = { width: 700, height: 900 };
const COMPRESSOR = '?period=year&currency=CNY&revenue=600000&margin=35&serve_cost=60000&retention=88'
  + '&cac=450000&setup_cost=1500000&competitor_price=540000';

const value = async (page, metric) => Number(await page.getAttribute(`[data-metric=${metric}]`, 'data-value'));

test('phone: each section shows its answer within one screen of its start', async () => {
  for (const locale of ['en-US', 'zh-CN']) {
    const page = await s.app('', PHONE[0], { ...PHONE[1], locale });
    for (const id of ['value', 'switching', 'barrier']) {
      const [section, answer] = await page.$$eval(`#${id}, #${id} .answer .figures`,
        (els) => els.map((e) => e.getBoundingClientRect().top + window.scrollY));
      assert.ok(answer !== undefined, `${id}: no answer`);
      assert.ok(answer - section < 844 / 2, `${id} (${locale}): answer ${answer - section} px below the start`);
    }
    await page.close();
  }
});

test('the summary bar stays at the top while scrolling, and follows the inputs', async () => {
  for (const [viewport, options] of [PHONE, [FRAME, {}], [{ width: 1280, height: 900 }, {}]]) {
    const page = await s.app('', viewport, options);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const bar = await page.$eval('.summary', (e) => e.getBoundingClientRect().toJSON());
    assert.ok(Math.abs(bar.top) < 1 && bar.bottom > 40, `bar at ${bar.top}..${bar.bottom}`);
    assert.equal(await page.textContent('[data-summary=clv]'), '$1,915.78');
    assert.equal(await page.textContent('[data-summary=ltv_cac]'), '2.13 : 1');
    assert.match(await page.textContent('[data-summary=premium]'), /^\s*\$11\.30 a month\s*$/);
    await page.fill('input[name=revenue]', '240');
    assert.notEqual(await page.textContent('[data-summary=clv]'), '$1,915.78');
    await page.close();
  }
});

test('no width scrolls sideways, with the examples menu closed or open', async () => {
  for (const [viewport, options] of [PHONE, [FRAME, {}], [{ width: 1280, height: 900 }, {}]]) {
    for (const locale of ['en-US', 'zh-CN']) {
      const page = await s.app(COMPRESSOR, viewport, { ...options, locale });
      const wide = () => page.evaluate(() => document.documentElement.scrollWidth);
      assert.equal(await wide(), viewport.width, `${viewport.width} ${locale}`);
      await page.click('details.examples summary');
      assert.equal(await wide(), viewport.width, `${viewport.width} ${locale}, menu open`);
      await page.close();
    }
  }
});

test('a section\'s link lands on the section the first time, at every width', async () => {
  for (const [viewport, options] of [PHONE, [FRAME, {}], [{ width: 1280, height: 900 }, {}]]) {
    for (const id of ['barrier', 'switching', 'value']) {
      const page = await s.app('', viewport, options);
      await page.click(`nav.sections a[href="#${id}"]`);
      await page.waitForTimeout(300);
      const top = await page.$eval(`#${id}`, (e) => e.getBoundingClientRect().top);
      assert.ok(top >= 0 && top < 100, `${viewport.width} #${id} at ${top}`);
      await page.close();
    }
  }
});

test('700 px frame and desktop: results beside their inputs, and in view while the inputs scroll', async () => {
  for (const viewport of [FRAME, { width: 1280, height: 900 }]) {
    const page = await s.app('', viewport);
    const [inputs, results] = await page.$$eval('#switching > .inputs, #switching .answer',
      (els) => els.map((e) => e.getBoundingClientRect().toJSON()));
    assert.ok(results.left >= inputs.right, `${viewport.width}: results below the inputs`);
    // Halfway down the long switching inputs, the answer is on screen.
    await page.evaluate(() => {
      const inputs = document.querySelector('#switching > .inputs');
      window.scrollTo(0, inputs.getBoundingClientRect().top + window.scrollY + inputs.offsetHeight / 2);
    });
    const answer = await page.$eval('#switching [data-metric=premium]', (e) => e.getBoundingClientRect().toJSON());
    assert.ok(answer.top > 0 && answer.bottom < viewport.height, `${viewport.width}: premium at ${answer.top}`);
    await page.close();
  }
});

test('a section\'s answer never slides over its charts and working while scrolling', async () => {
  for (const viewport of [FRAME, { width: 1280, height: 900 }]) {
    const page = await s.app('?competitor_price=110', viewport);
    const height = await page.evaluate(() => document.body.scrollHeight);
    for (let y = 0; y < height; y += 300) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      const over = await page.$$eval('.layout', (sections) => sections.flatMap((section) => {
        const answer = section.querySelector('.answer').getBoundingClientRect();
        const details = section.querySelector('.details')?.getBoundingClientRect();
        return details && answer.bottom > details.top + 1 ? [section.id] : [];
      }));
      assert.deepEqual(over, [], `${viewport.width} at ${y}`);
    }
    // An answer taller than the window scrolls on its own: its last line can be reached.
    const fits = await page.$$eval('.answer', (all) => all.every((a) => a.getBoundingClientRect().height <= innerHeight));
    assert.ok(fits);
    await page.close();
  }
});

test('figures never wrap inside an amount; long ones are shortened with the exact value beneath', async () => {
  for (const locale of ['en-US', 'zh-CN']) {
    for (const [viewport, options] of [PHONE, [FRAME, {}], [{ width: 1280, height: 900 }, {}]]) {
      const page = await s.app(`${COMPRESSOR}&lang=${locale.slice(0, 2)}`, viewport, { ...options, locale });
      const broken = await page.$$eval('.figure output, .summary-value', (els) => els
        .filter((e) => e.scrollWidth > e.clientWidth + 1
          || [...e.querySelectorAll('.amount')].some((a) => a.getClientRects().length > 1))
        .map((e) => e.textContent));
      assert.deepEqual(broken, [], `${locale} ${viewport.width}`);
      const exact = await page.textContent('[data-exact-for=clv]');
      const clv = await value(page, 'clv');
      assert.equal(exact.replace(/[^\d.]/g, ''), clv.toFixed(2));
      assert.match(await page.textContent('[data-metric=clv]'), locale === 'zh-CN' ? /^\s*¥[\d.]+万\s*$/ : /^\s*CN¥[\d.]+k\s*$/);
      await page.close();
    }
  }
});

test('at the table: the highest price against a competitor, inside or outside the room, and at the what-if', async () => {
  let page = await s.app('?competitor_price=110');
  assert.equal((await value(page, 'max_price')).toFixed(2), '121.30');
  assert.equal((await value(page, 'premium_whatif')).toFixed(2), '14.13');
  assert.match(await page.textContent('[data-story=table]'),
    /Against a competitor at \$110\.00 a month, this customer rationally pays you up to \$121\.30 a month.*Today's \$120\.00 is inside that room, with \$1\.30 to spare\./);
  assert.match(await page.textContent('[data-story=table-whatif]'), /\+25 % \(\$307\.50\).*\$14\.13 a month, up to \$124\.13\./);
  await page.fill('input[name=competitor_price]', '100');
  assert.match(await page.textContent('[data-story=table]'), /Today's \$120\.00 is \$8\.70 above it/);
  // The decision horizon sits beside the premium it drives.
  await page.fill('#switching .at-table input[name=decision_horizon]', '12');
  assert.ok(await value(page, 'premium') > 20);
  await page.fill('input[name=competitor_price]', '');
  assert.equal(await page.$('[data-metric=max_price]'), null);
  assert.match(await page.textContent('[data-story=table]'), /^Enter the competitor's price for the highest price/);
  await page.close();
  page = await s.app('?competitor_price=54000&lang=zh&currency=CNY&period=year&revenue=60000', undefined, { locale: 'zh-CN' });
  assert.match(await page.textContent('[data-story=table]'), /竞争对手报价每年 ¥54,000\.00 时/);
  await page.close();
});

test('the barrier model says when it extrapolates, and what to check', async () => {
  let page = await s.app();
  assert.equal(await page.$('[data-notice=extrapolating]'), null);
  await page.close();
  page = await s.app('?setup_cost=5000&cost_change=30');
  assert.match(await page.textContent('[data-notice=extrapolating]'), /extrapolating.*competitor's typical advantage and the decision horizon/);
  await page.close();
});

test('lifetime value beside the simple figure, and no horizon is not called a horizon', async () => {
  let page = await s.app();
  assert.equal((await value(page, 'clv_simple')).toFixed(2), '2500.00');
  assert.match(await page.textContent('[data-compare=simple]'), /Most calculators would say \$2,500\.00.*worth less today \(10 % a year\)/);
  await page.close();
  page = await s.app('?cac=100000');
  const note = await page.$eval('[data-metric=payback_cohort]', (e) => e.closest('.figure').textContent);
  assert.doesNotMatch(note, /horizon/);
  await page.close();
  page = await s.app('?cac=100000&horizon=24');
  assert.match(await page.$eval('[data-metric=payback_cohort]', (e) => e.closest('.figure').textContent), /within the horizon/);
  await page.close();
});

test('fields still holding the example\'s values are marked once the user has entered their own', async () => {
  const page = await s.app();
  assert.equal(await page.$('[data-example-mark]'), null);
  await page.fill('input[name=revenue]', '5000');
  assert.equal(await page.$('[data-example-mark=revenue]'), null);
  assert.ok(await page.$('[data-example-mark=benefit_loss]'));
  await page.click('details.examples summary');
  await page.click('[data-example=compressor]');
  assert.equal(await page.$('[data-example-mark]'), null);
  await page.close();
});

test('no request outside the origin and no error', () => {
  assert.deepEqual(s.outside.flat(), []);
  assert.deepEqual(s.errors.flat(), []);
});

test('what is far from the window waits to be rendered, except on paper', async () => {
  const page = await s.app('', { width: 1280, height: 900 });
  const skipped = () => page.$$eval('.layout, .chart, details.explain[open]',
    (all) => all.filter((e) => getComputedStyle(e).contentVisibility === 'auto').length);
  // Six sections, ten charts (the staffing chart shows with service-level staffing only)
  // and five open workings.
  assert.equal(await skipped(), 21);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await skipped(), 0);
  await page.close();
});
