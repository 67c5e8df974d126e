// End-to-end tests of what no figure shows: the page before the app starts, copying the
// link where the clipboard is missing, contrast, focus, the live region, and inputs and
// targets on a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './suite.mjs';

const s = suite();
const PHONE = { width: 390, height: 844 };

/**
 * A page in a context of its own, `init` run in it before any of the page's scripts, opened
 * at `search`; `ready`: wait for the charts. Its requests to other origins are recorded,
 * and its errors unless `failing` (a page meant to meet a failed load).
 */
async function open({ search = '', init, locale = 'en-US', viewport = { width: 1280, height: 900 },
  deviceScaleFactor = 1, route, words, ready = true, failing = false } = {}) {
  const context = await s.browser.newContext({ viewport, locale, deviceScaleFactor });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  // Closing the page closes its context; once the browser is closed that may fail, harmlessly.
  page.on('close', () => context.close().catch(() => {}));
  const outside = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(s.origin) && !r.url().startsWith('data:')) outside.push(r.url());
  });
  s.outside.push(outside);
  if (!failing) {
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    s.errors.push(errors);
  }
  if (route) await page.route('**/*.wasm', route);
  if (words) await page.route('**/words-*.txt', words);
  await page.goto(`${s.origin}/${search}`);
  if (ready) await page.waitForSelector('canvas[data-chart="payback"][data-draws]');
  return page;
}

/** The texts of the page before the app starts that are on screen. */
const bootTexts = (page) => page.$$eval('.boot p, .boot h1', (els) =>
  els.filter((e) => e.getClientRects().length > 0).map((e) => e.textContent));

test('before the app starts: the name, what it does and "Loading…", in the browser\'s language', async () => {
  const zh = ['Moat', '一位客户值多少钱，赢得一位客户要花多少钱。', '加载中…'];
  const french = () => {
    Object.defineProperty(Navigator.prototype, 'languages', { get: () => ['fr-FR', 'zh-TW', 'en'] });
  };
  const cases = [
    ['en-US', undefined, ['Moat', 'What a customer is worth, and what it costs to win one.', 'Loading…']],
    ['zh-CN', undefined, zh],
    ['fr-FR', french, zh],
  ];
  for (const [locale, init, texts] of cases) {
    let release;
    const held = new Promise((ok) => { release = ok; });
    const page = await open({
      locale, init, ready: false, route: async (route) => { await held; await route.continue(); },
    });
    await page.waitForTimeout(300);
    assert.deepEqual(await bootTexts(page), texts, locale);
    assert.equal(await page.$('canvas'), null, 'the app has not started');
    release();
    await page.waitForSelector('canvas[data-chart="payback"][data-draws]');
    assert.equal(await page.$('.boot'), null, 'the app replaced the loading page');
    assert.equal(await page.getAttribute('html', 'data-boot'), null);
    await page.close();
  }
});

test('without WebAssembly, or when the app fails to load, the page says so', async () => {
  const cases = [
    ['en-US', () => { delete window.WebAssembly; }, null, /cannot run in this browser: it needs WebAssembly/],
    ['zh-CN', () => { delete window.WebAssembly; }, null, /无法在此浏览器中运行：它需要 WebAssembly/],
    ['en-US', undefined, (route) => route.abort(), /could not start: the app did not load/],
    ['zh-CN', undefined, (route) => route.fulfill({ status: 404, body: '' }), /无法启动：应用未能加载/],
    ['en-US', undefined, null, /could not start: the app did not load/, (route) => route.abort()],
    ['zh-CN', undefined, null, /无法启动：应用未能加载/, (route) => route.fulfill({ body: 'words' })],
  ];
  for (const [locale, init, route, message, words] of cases) {
    const page = await open({ locale, init, route, words, ready: false, failing: true });
    await page.waitForSelector('[data-boot-state]:not([data-boot-state="loading"]):visible', { timeout: 5000 });
    const texts = await bootTexts(page);
    assert.equal(texts.length, 3, texts.join(' | '));
    assert.match(texts[2], message);
    await page.close();
  }
});

/** The languages whose files of words `page` asks for from now on (named by their content). */
function wordsAsked(page) {
  const asked = [];
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.slice(1);
    // A file not named by its content shows up whole, and fails the comparison.
    if (name.startsWith('words')) asked.push(/^words-([a-z]+)-[0-9a-f]{16}\.txt$/.exec(name)?.[1] ?? name);
  });
  return asked;
}

test('a page fetches the words of the language on screen, each once', async () => {
  const context = await s.browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  page.on('close', () => context.close().catch(() => {}));
  const asked = wordsAsked(page);
  await page.goto(`${s.origin}/?lang=en`);
  await page.waitForSelector('canvas[data-chart="payback"][data-draws]');
  assert.deepEqual(asked, ['en'], 'the link\'s language, fetched once, before the app asked');
  for (const lang of ['zh', 'en', 'zh']) {
    await page.click(`[data-lang=${lang}]`);
    await page.waitForSelector(`[data-lang=${lang}][aria-pressed=true]`);
  }
  assert.equal(await page.textContent('#results-title'), '客户终身价值');
  assert.deepEqual(asked, ['en', 'zh']);
  await page.close();
});

test('a language whose words do not come is not switched to, and the page says so', async () => {
  let refuse = true;
  const page = await open({
    failing: true,
    words: (route) => (refuse && route.request().url().includes('words-zh') ? route.abort() : route.continue()),
  });
  await page.click('[data-lang=zh]');
  const notice = await page.waitForSelector('[data-notice=language-failed]');
  assert.equal(await notice.getAttribute('role'), 'alert');
  assert.match(await notice.textContent(), /^Moat could not switch to 中文: its words did not load\./);
  assert.equal(await page.getAttribute('[data-lang=en]', 'aria-pressed'), 'true');
  assert.equal(await page.textContent('#results-title'), 'Lifetime value');
  refuse = false;
  await page.click('[data-lang=zh]');
  await page.waitForSelector('[data-lang=zh][aria-pressed=true]');
  assert.equal(await page.$('[data-notice=language-failed]'), null);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  await page.close();
});

/** In the page: records what a copy event put on the clipboard, as `window.copied`. */
function recordCopies() {
  document.addEventListener('copy', () => {
    const el = document.activeElement;
    window.copied = el && 'selectionStart' in el
      ? el.value.slice(el.selectionStart, el.selectionEnd) : String(getSelection());
  });
}

const noClipboard = () => { delete Navigator.prototype.clipboard; };

test('with no navigator.clipboard (plain http), Copy copies the selected link', async () => {
  const page = await open({ init: `(${noClipboard})(); (${recordCopies})();` });
  assert.equal(await page.evaluate(() => typeof navigator.clipboard), 'undefined');
  await page.click('[data-action=copy-link]');
  await page.waitForSelector('.share-status:has-text("Link copied.")', { timeout: 5000 });
  const link = await page.inputValue('#share-link');
  assert.equal(await page.evaluate(() => window.copied), link);
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/\?v=1&/);
  await page.close();
});

test('a clipboard that refuses falls back to copying the selected link', async () => {
  const refusing = () => {
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      configurable: true,
      get: () => ({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }),
    });
  };
  const page = await open({ init: `(${refusing})(); (${recordCopies})();` });
  await page.click('[data-action=copy-link]');
  await page.waitForSelector('.share-status:has-text("Link copied.")', { timeout: 5000 });
  assert.equal(await page.evaluate(() => window.copied), await page.inputValue('#share-link'));
  await page.close();
});

test('when nothing can copy, the link is selected and the page says to press Ctrl+C', async () => {
  const failing = [
    ['en-US', () => { document.execCommand = () => false; }, /press Ctrl\+C \(⌘C on Mac\)/],
    ['en-US', () => { document.execCommand = () => { throw new Error('no'); }; }, /press Ctrl\+C/],
    ['zh-CN', () => { document.execCommand = () => false; }, /请按 Ctrl\+C（Mac 上按 ⌘C）复制/],
  ];
  for (const [locale, copyFails, message] of failing) {
    const page = await open({ locale, init: `(${noClipboard})(); (${copyFails})();` });
    await page.click('[data-action=copy-link]');
    await page.waitForFunction(() => document.querySelector('.share-status').textContent !== '', null, { timeout: 5000 });
    assert.match(await page.textContent('.share-status'), message);
    const selected = await page.evaluate(() => {
      const el = document.activeElement;
      return { id: el.id, start: el.selectionStart, end: el.selectionEnd, length: el.value.length };
    });
    assert.deepEqual(selected, { id: 'share-link', start: 0, end: selected.length, length: selected.length });
    await page.close();
  }
});

// Colours and contrast, measured in the page: any CSS colour is read by painting it.
const COLOUR = `
  const paint = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  const rgba = (css) => {
    paint.clearRect(0, 0, 1, 1); paint.fillStyle = '#000'; paint.fillStyle = css;
    paint.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = paint.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  };
  const over = ([r, g, b, a], [R, G, B]) => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];
  const background = (el) => {
    const chain = [];
    for (let e = el; e; e = e.parentElement) chain.unshift(e);
    return chain.reduce((bg, e) => over(rgba(getComputedStyle(e).backgroundColor), bg), [255, 255, 255, 1]);
  };
  const opacity = (el) => {
    let o = 1;
    for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
    return o;
  };
  const luminance = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const x = v / 255;
      return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
`;

test('results kept from the last valid inputs stay readable (≥ 4.5:1) and are marked stale', async () => {
  const page = await open();
  const marks = () => page.$$eval('.results .answer', (els) => els.map((e) => getComputedStyle(e).borderImageSource));
  assert.ok((await marks()).every((m) => m === 'none'), 'no mark while the inputs are valid');
  await page.fill('input[name=revenue]', 'abc');
  await page.fill('input[name=eval_hours]', '-4');
  await page.waitForSelector('#switching .results.stale');
  const stale = await marks();
  // Every section's answer: the three parts of where the costs come from among them.
  assert.equal(stale.length, 8);
  assert.ok(stale.every((m) => m.includes('gradient')), `hatched border: ${stale}`);
  const low = await page.evaluate(`(() => {
    ${COLOUR}
    const out = [];
    let checked = 0;
    for (const el of document.querySelectorAll('.results.stale *')) {
      const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (!text || el.getClientRects().length === 0 || el.closest('.visually-hidden')) continue;
      const bg = background(el);
      const [r, g, b, a] = rgba(getComputedStyle(el).color);
      const ratio = contrast(over([r, g, b, a * opacity(el)], bg), bg);
      checked++;
      if (ratio < 4.5) out.push(el.tagName + '.' + el.className + ' "' + el.textContent.slice(0, 30) + '" ' + ratio.toFixed(2));
    }
    return { checked, out };
  })()`);
  assert.ok(low.checked > 40, `${low.checked} texts checked`);
  assert.deepEqual(low.out, []);
  await page.close();
});

test('a keyboard user sees where focus is: a ring of ≥ 2 px at ≥ 3:1 on every control', async () => {
  const page = await open();
  await page.evaluate(COLOUR + `
    window.ring = () => {
      const el = document.activeElement;
      // A radio shown as a segment is invisible: its segment carries the ring.
      const drawn = opacity(el) === 0 ? [el.nextElementSibling] : [el, el.closest('.input-wrap')];
      const kind = el.tagName.toLowerCase() + (el.type ? ':' + el.type : '');
      for (const c of drawn.filter(Boolean)) {
        const cs = getComputedStyle(c);
        const width = parseFloat(cs.outlineWidth);
        if (cs.outlineStyle === 'none' || !(width >= 2)) continue;
        const behind = background(parseFloat(cs.outlineOffset) < 0 ? c : c.parentElement);
        const ratio = contrast(over(rgba(cs.outlineColor), behind), behind);
        if (ratio >= 3) return { kind, ok: true };
      }
      return { kind, ok: false, name: el.name || el.textContent.slice(0, 20) };
    };
  `);
  const seen = new Set();
  const missing = [];
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const r = await page.evaluate(() => window.ring());
    if (r.kind === 'body') break;
    seen.add(r.kind);
    if (!r.ok) missing.push(`${r.kind} ${r.name}`);
  }
  for (const kind of ['input:text', 'button:button', 'a', 'select:select-one', 'input:radio', 'input:checkbox', 'summary']) {
    assert.ok(seen.has(kind), `${kind} reached by Tab (${[...seen]})`);
  }
  assert.deepEqual(missing, []);
  await page.close();
});

/** In the page: inputs and what the live region says, timed, as `window.events`. */
function listen() {
  const region = document.querySelector('[data-announce=headline]');
  window.events = [];
  document.addEventListener('input', () => window.events.push({ at: performance.now() }), true);
  new MutationObserver(() => window.events.push({ at: performance.now(), said: region.textContent.trim() }))
    .observe(region, { childList: true, subtree: true, characterData: true });
}

test('headline figures are read out politely once typing pauses, in the page\'s language', async () => {
  for (const [locale, words] of [['en-US', /^Lifetime value \$[\d,.]+, LTV:CAC [\d.]+ : 1, room to price \$[\d,.]+ a month\.$/],
    ['zh-CN', /^客户终身价值 ¥[\d,.]+，LTV:CAC [\d.]+ : 1，溢价空间 每月 ¥[\d,.]+。$/]]) {
    const page = await open({ locale });
    const region = '[data-announce=headline]';
    assert.equal(await page.getAttribute(region, 'aria-live', { timeout: 5000 }), 'polite');
    await page.waitForTimeout(1300);
    assert.equal((await page.textContent(region)).trim(), '', 'nothing is read out when the page opens');
    await page.evaluate(listen);
    await page.click('input[name=revenue]', { clickCount: 3 });
    await page.keyboard.type('250', { delay: 250 });
    await page.waitForFunction(() => window.events.at(-1)?.said, null, { timeout: 5000 });
    const events = await page.evaluate(() => window.events);
    // Said only after a pause of about a second since the last keystroke.
    let typed = -Infinity;
    for (const e of events) {
      if (e.said === undefined) typed = e.at;
      else assert.ok(e.at - typed >= 900, `said ${Math.round(e.at - typed)} ms after a keystroke`);
    }
    const said = events.at(-1).said;
    assert.match(said, words);
    assert.ok(said.includes(await page.textContent('[data-metric=clv]')), said);
    await page.close();
  }
});

test('on a phone: inputs at 16 px or more, and every target 44 px high', async () => {
  for (const locale of ['en-US', 'zh-CN']) {
    const page = await open({ locale, viewport: PHONE, deviceScaleFactor: 3 });
    await page.click('.examples summary');
    const small = await page.$$eval('input, select, textarea', (els) => els
      .map((e) => [e.name || e.id, parseFloat(getComputedStyle(e).fontSize)])
      .filter(([, size]) => size < 16));
    assert.deepEqual(small, [], `${locale}: fonts under 16 px`);
    const targets = await page.$$eval(
      'button, a[href], summary, select, label:has(input[type=checkbox]), label:has(input[type=radio]), .input-wrap, .share-link',
      (els) => els.map((e) => ({ e, box: e.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 1 && box.height > 1)
        .map(({ e, box }) => [`${e.tagName.toLowerCase()}.${e.className} ${e.textContent.trim().slice(0, 24)}`, box.height]),
    );
    assert.ok(targets.length > 40, `${targets.length} targets`);
    assert.deepEqual(targets.filter(([, h]) => h < 44), [], `${locale}: targets under 44 px`);
    await page.close();
  }
});

test('these pages made no request outside their origin and logged no error', () => {
  assert.ok(s.outside.length > 10);
  assert.deepEqual(s.outside.flat(), []);
  assert.deepEqual(s.errors.flat(), []);
});
