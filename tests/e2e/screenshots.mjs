// Screenshots of every view at desktop and phone width, into tests/e2e/out/.
import { mkdir } from 'node:fs/promises';
import { serve, launch, open } from './harness.mjs';

const out = new URL('./out/', import.meta.url).pathname;
await mkdir(out, { recursive: true });
const server = await serve();
const browser = await launch();
const views = [
  ['default', ''],
  ['bad-input', null],
  ['never', '?cac=5000&horizon=24&timing=upfront&currency=EUR&period=year&revenue=1200&retention=80'],
  ['bad-link', '?margin=150&revenue=abc&period=week'],
  ['model-in-clv', '?use_model=yes&cost_change=-50&setup_cost=400'],
  ['no-model', '?base_churn=5&personal=9'],
];
// Each section on its own, as well as the whole page.
const sections = ['value', 'switching', 'barrier'];
try {
  for (const [width, height, tag] of [[1280, 900, 'desktop'], [390, 844, 'phone']]) {
    for (const [name, search] of views) {
      const { page } = await open(browser, server.origin, search ?? '', { width, height });
      if (search === null) {
        await page.fill('input[name=margin]', '150');
        await page.fill('input[name=revenue]', 'abc');
        await page.fill('input[name=personal]', '9');
        await page.fill('input[name=advantage]', '0');
      }
      await page.screenshot({ path: `${out}${name}-${tag}.png`, fullPage: true });
      if (name === 'default') {
        for (const id of sections) {
          await page.locator(`#${id}`).screenshot({ path: `${out}section-${id}-${tag}.png` });
        }
      }
      await page.close();
    }
  }
  const { page } = await open(browser, server.origin, '', { width: 1000, height: 1400 });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${out}print.png`, fullPage: true });
  await page.close();
} finally {
  await browser.close();
  server.close();
}
console.log(`screenshots in ${out}`);
