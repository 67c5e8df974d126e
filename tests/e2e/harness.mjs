// Shared by the end-to-end tests, the benchmark and the screenshots: serves the release
// build from dist/ on loopback and drives Debian's Chromium through playwright-core.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

export const DIST = new URL('../../dist/', import.meta.url).pathname;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
};

/** Serves `dir` on 127.0.0.1 at a free port. */
export async function serve(dir = DIST) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    try {
      if (!file.startsWith(dir)) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Debian's Chromium, headless, with nothing of its own reaching the network. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-quic',
    ],
  });
}

/**
 * Opens the app at `origin + search` in a browser context of its own, whose language is
 * `locale`, and waits for the first section's charts to be drawn.
 */
export async function open(browser, origin, search = '', viewport = { width: 1280, height: 900 },
  { locale = 'en-US', deviceScaleFactor = 1 } = {}) {
  const context = await browser.newContext({ viewport, locale, deviceScaleFactor });
  const page = await context.newPage();
  // Not awaited: a context still closing when the browser closes is closed with it.
  page.on('close', () => context.close().catch(() => {}));
  const outside = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) outside.push(r.url());
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(origin + '/' + search);
  await page.waitForSelector('canvas[data-chart="payback"][data-draws]');
  await page.waitForSelector('canvas[data-chart="survival"][data-draws]');
  return { page, outside, errors };
}
