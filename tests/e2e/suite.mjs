// What every end-to-end test file shares: the server and the browser, started before its
// tests and stopped after, and `app`, which opens a page and records what it asks of other
// origins and any error it logs.
import { before, after } from 'node:test';
import { serve, launch, open } from './harness.mjs';

export function suite() {
  const s = { outside: [], errors: [] };
  before(async () => {
    s.server = await serve();
    s.browser = await launch();
    s.origin = s.server.origin;
  });
  after(async () => {
    await s.browser?.close();
    s.server?.close();
  });
  /** Opens the app at `search`; `options` are the harness's (locale, device scale factor). */
  s.app = async (search = '', viewport = undefined, options = {}) => {
    const opened = await open(s.browser, s.origin, search, viewport, options);
    s.outside.push(opened.outside);
    s.errors.push(opened.errors);
    return opened.page;
  };
  /**
   * Ticks (or unticks) a box or radio far down the page as a user does: scrolled to, then,
   * once the sections above it have taken their real heights (they are laid out only when
   * near the window), clicked where it then is.
   */
  s.check = async (page, selector, on = true) => {
    await page.$eval(selector, (el) => el.scrollIntoView({ block: 'center' }));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.$eval(selector, (el) => el.scrollIntoView({ block: 'center' }));
    await (on ? page.check(selector) : page.uncheck(selector));
  };
  /** The share link once typing has paused and the link field has taken it. */
  s.link = async (page) => {
    await page.waitForSelector('#share-link:not([aria-busy])', { state: 'attached' });
    return page.inputValue('#share-link');
  };
  return s;
}
