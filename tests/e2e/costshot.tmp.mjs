import { serve, launch, open } from './harness.mjs';
const [search = '', width = '1280', name = 'costs', lang = 'en'] = process.argv.slice(2);
const server = await serve();
const browser = await launch();
try {
  const { page, errors } = await open(browser, server.origin, search, { width: Number(width), height: 900 }, { locale: lang === 'zh' ? 'zh-CN' : 'en-US', deviceScaleFactor: 1 });
  await page.addStyleTag({ content: '.layout, .chart, .explain[open] { content-visibility: visible !important; }' });
  const el = await page.$('#costs');
  await el.scrollIntoViewIfNeeded();
  await page.waitForTimeout(800);
  await el.screenshot({ path: `/tmp/shots/${name}.png` });
  console.log('errors', errors);
} finally { await browser.close(); server.close(); }
