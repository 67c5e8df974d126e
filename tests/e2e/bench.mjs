// Benchmark (not a test): bundle size, time to first chart, and input-to-repaint latency
// of the release build in headless Chromium. Prints figures beside this targets.
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { serve, launch, DIST } from './harness.mjs';

const LOADS = 15;
const EDITS = 60;

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function summary(values) {
  const s = [...values].sort((a, b) => a - b);
  return { p50: quantile(s, 0.5), p95: quantile(s, 0.95), max: s[s.length - 1] };
}

const ms = (x) => `${x.toFixed(1)} ms`;

// 1. Bundle: gzip -9 of every file the page loads.
let gzipTotal = 0;
const files = [];
for (const name of (await readdir(DIST)).sort()) {
  if (!/\.(html|js|wasm|css)$/.test(name)) continue;
  const raw = await readFile(DIST + name);
  const gz = gzipSync(raw, { level: 9 }).length;
  gzipTotal += gz;
  files.push(`  ${name.padEnd(40)} ${String(raw.length).padStart(8)} B raw ${String(gz).padStart(8)} B gzip`);
}

// The catalogues' text, gzipped on its own: what each language's words weigh in the bundle.
async function catalogue(lang) {
  const dir = new URL(`../../src/i18n/${lang}/`, import.meta.url).pathname;
  let text = '';
  for (const name of await readdir(dir)) {
    const source = (await readFile(dir + name, 'utf8')).replace(/\\\n\s*/g, '');
    text += (source.match(/"(?:[^"\\]|\\.)*"/g) ?? []).join('');
  }
  return gzipSync(Buffer.from(text), { level: 9 }).length;
}
const catalogues = { en: await catalogue('en'), zh: await catalogue('zh') };

const server = await serve();
const browser = await launch();
try {
  // 2. Navigation start to the first chart drawn, on fresh pages.
  const firstChart = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      new MutationObserver((changes, observer) => {
        for (const c of changes) {
          if (c.attributeName === 'data-draws' && c.target.matches('canvas[data-chart]')) {
            window.__firstChart = performance.now();
            observer.disconnect();
            return;
          }
        }
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-draws'] });
    });
    await page.goto(server.origin + '/');
    await page.waitForFunction(() => window.__firstChart !== undefined);
    firstChart.push(await page.evaluate(() => window.__firstChart));
    await context.close();
  }

  // 3. Input event to figures and every chart it moves redrawn, then to the next frame
  //    painted. Retention moves payback, survival and the barrier curves; revenue moves
  //    payback, the switching-cost breakdown (rating points are a share of spend) and the
  //    barrier curves: the two heaviest edits.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.origin + '/');
  await page.waitForSelector('canvas[data-chart="barrier"][data-draws]');
  const edits = [
    ['retention', ['payback', 'survival', 'barrier'], (i) => String(85 + (i % 10))],
    ['revenue', ['payback', 'breakdown', 'barrier'], (i) => String(100 + 10 * (i % 10))],
  ];
  const latency = {};
  for (const [name, charts, value] of edits) {
    latency[name] = await page.evaluate(async ({ name, charts, values }) => {
      const input = document.querySelector(`input[name=${name}]`);
      const canvases = charts.map((c) => document.querySelector(`canvas[data-chart=${c}]`));
      const draws = () => canvases.map((c) => Number(c.dataset.draws));
      const update = [];
      const frame = [];
      for (const v of values) {
        const before = draws();
        const done = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            const now = draws();
            if (now.every((n, j) => n > before[j])) {
              observer.disconnect();
              resolve(performance.now());
            }
          });
          canvases.forEach((c) => observer.observe(c, { attributes: true, attributeFilter: ['data-draws'] }));
        });
        const t0 = performance.now();
        input.value = v;
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
        const drawn = await done;
        // rAF runs just before the next paint; the task after it runs once it is painted.
        const painted = await new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
        update.push(drawn - t0);
        frame.push(painted - t0);
        await new Promise((r) => setTimeout(r, 20));
      }
      return { update, frame };
    }, { name, charts, values: Array.from({ length: EDITS }, (_, i) => value(i)) });
  }

  const first = summary(firstChart);
  console.log('Moat benchmark (release build, headless Chromium, this machine)');
  console.log('bundle:');
  console.log(files.join('\n'));
  console.log(`  total gzip ${(gzipTotal / 1000).toFixed(1)} kB (${gzipTotal} B)    target <= 215 kB`);
  console.log(`  of which catalogue text (string literals, gzip on their own): en ${(catalogues.en / 1000).toFixed(1)} kB, zh ${(catalogues.zh / 1000).toFixed(1)} kB`);
  console.log(`first chart drawn after navigation (${LOADS} loads): p50 ${ms(first.p50)}, p95 ${ms(first.p95)}    target <= 300 ms`);
  for (const [name, charts] of edits) {
    const upd = summary(latency[name].update);
    const frm = summary(latency[name].frame);
    console.log(`input -> figures and ${charts.join(', ')} redrawn (${EDITS} ${name} edits): p50 ${ms(upd.p50)}, p95 ${ms(upd.p95)}, max ${ms(upd.max)}    target p95 <= 16 ms`);
    console.log(`input -> next frame painted (${EDITS} ${name} edits, includes waiting for the frame): p50 ${ms(frm.p50)}, p95 ${ms(frm.p95)}`);
  }
} finally {
  await browser.close();
  server.close();
}
