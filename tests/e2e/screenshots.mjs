// Screenshots of every view, in English and Chinese, at desktop width, in a 700 px intranet
// frame and on a phone (390 px at device pixel ratio 3), into tests/e2e/out/. The sections come from the page's own
// navigation (the section registry).
import { mkdir } from 'node:fs/promises';
import { serve, launch, open } from './harness.mjs';

const out = new URL('./out/', import.meta.url).pathname;
await mkdir(out, { recursive: true });
const server = await serve();
const browser = await launch();
/** Each view: its name, the query it opens with, and what is done on the page before. */
const views = [
  ['default', ''],
  ['bad-input', '', async (page) => {
    await page.fill('input[name=margin]', '150');
    await page.fill('input[name=revenue]', 'abc');
    await page.fill('input[name=personal]', '9');
    await page.fill('input[name=advantage]', '0');
  }],
  ['never', '?cac=5000&horizon=24&timing=upfront&currency=EUR&period=year&revenue=1200&retention=80'],
  ['bad-link', '?margin=150&revenue=abc&period=week&cac=1&cac=2'],
  ['model-in-clv', '?use_model=yes&cost_change=-50&setup_cost=400'],
  ['no-model', '?base_churn=5&personal=9'],
  ['period-switch', '', (page) => page.check('input[name=period][value=year]')],
  ['at-the-table', '?period=year&currency=CNY&revenue=60000&margin=35&serve_cost=6000&retention=88&competitor_price=54000&setup_cost=150000'],
  ['extrapolating', '?setup_cost=5000&cost_change=30'],
  ['service-level', '?staffing=service_level&contacts_hour=200&aht=180&use_funnel=yes&use_channels=yes'],
  ['no-zone', '?unit_age=1&depreciation=declining'],
  ['example', '', async (page) => {
    await page.click('details.examples summary');
    await page.click('[data-example=compressor]');
  }],
];
const devices = [
  ['desktop', { width: 1280, height: 900 }, 1],
  ['frame', { width: 700, height: 900 }, 1],
  ['phone', { width: 390, height: 844 }, 3],
];
try {
  for (const lang of ['en', 'zh']) {
    const locale = lang === 'zh' ? 'zh-CN' : 'en-US';
    for (const [tag, viewport, deviceScaleFactor] of devices) {
      for (const [name, search, action] of views) {
        const { page } = await open(browser, server.origin, search, viewport, { locale, deviceScaleFactor });
        await action?.(page);
        // A section, chart or working far from the window is not rendered until scrolled to
        // (content-visibility): a full-page screenshot shows every one as when scrolled to.
        await page.addStyleTag({ content: '.layout, .chart, .explain { content-visibility: visible !important; }' });
        const file = `${out}${lang}-${name}-${tag}.png`;
        await page.screenshot({ path: file, fullPage: true });
        if (name === 'default') {
          await page.click('details.examples summary');
          await page.screenshot({ path: `${out}${lang}-examples-menu-${tag}.png` });
          await page.click('details.examples summary');
          const ids = await page.$$eval('nav.sections a', (links) => links.map((a) => a.hash.slice(1)));
          // A section on its own: what sticks while scrolling stays in its place.
          await page.addStyleTag({ content: '.summary, .layout .answer { position: static !important; }' });
          for (const id of ids) {
            await page.$$eval('details.explain', (all) => all.forEach((d) => { d.open = true; }));
            await page.locator(`#${id}`).screenshot({ path: `${out}${lang}-section-${id}-${tag}.png` });
          }
        }
        await page.close();
      }
    }
    const { page } = await open(browser, server.origin, `?lang=${lang}`, { width: 1000, height: 1400 }, { locale });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${out}${lang}-print.png`, fullPage: true });
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`screenshots in ${out}`);
