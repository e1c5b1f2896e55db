import type { Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { launchBrowser } from '../lib/browser';
import { portfolioDir } from '../lib/portfolio-dir';
import { startServe } from '../lib/serve';

const REFRESHES = 240;
const SWITCHES = 240;
/** The summary's own refresh period (summary-store.ts): the page's clock is moved by this much per refresh. */
const SUMMARY_EVERY_MS = 5_000;

/**
 * Counts what a view could leave behind: live intervals, and listeners on window and document (a view's
 * own elements go with it; these do not). Installed after the page's fake clock, so it counts its timers.
 * Plain JavaScript text: tsx would wrap a function's inner functions in a helper the page does not have.
 */
const countLeftovers = `(() => {
  const live = new Set();
  const setInterval = window.setInterval.bind(window);
  const clearInterval = window.clearInterval.bind(window);
  window.setInterval = (handler, ms, ...args) => {
    const id = setInterval(handler, ms, ...args);
    live.add(id);
    return id;
  };
  window.clearInterval = (id) => {
    live.delete(id);
    clearInterval(id);
  };
  const listeners = new Map();
  const ids = new WeakMap();
  let next = 0;
  const idOf = (listener) => {
    if (listener === null || (typeof listener !== 'object' && typeof listener !== 'function')) return String(listener);
    if (!ids.has(listener)) ids.set(listener, (next += 1));
    return '#' + ids.get(listener);
  };
  const key = (type, listener, options) => type + ' ' + idOf(listener) + ' ' + (typeof options === 'boolean' ? options : Boolean(options && options.capture));
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (this === window || this === document) {
      const set = listeners.get(this) || new Set();
      set.add(key(type, listener, options));
      listeners.set(this, set);
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    const set = listeners.get(this);
    if (set) set.delete(key(type, listener, options));
    return remove.call(this, type, listener, options);
  };
  window.leftovers = () => ({ intervals: live.size, listeners: [...listeners.values()].reduce((sum, set) => sum + set.size, 0) });
})();`;

async function heapUsedMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1024 / 1024;
  } finally {
    await cdp.detach();
  }
}

async function leftovers(page: Page): Promise<{ intervals: number; listeners: number }> {
  return page.evaluate(() => (globalThis as unknown as { leftovers: () => { intervals: number; listeners: number } }).leftovers());
}

/** One summary refresh: the page's clock moves one refresh period and the page asks for the summary. */
async function refresh(page: Page): Promise<void> {
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/portfolio.summary'), { timeout: 20_000 });
  await page.clock.runFor(SUMMARY_EVERY_MS);
  await answered;
}

/** The views, by their links in the sidebar (each view's heading is its link's name). */
async function viewNames(page: Page): Promise<string[]> {
  return (await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts()).map((name) => name.trim());
}

async function switchTo(page: Page, views: readonly string[], index: number): Promise<void> {
  const name = views[index % views.length] ?? '';
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor({ timeout: 20_000 });
}

/**
 * The renderer over an hour of use in one page: 240 summary refreshes (a fake clock moves the page's
 * time, so an hour takes seconds) and 240 view switches round every view. JS heap after vs before
 * (after full collections), and intervals or window/document listeners a view left behind.
 */
export async function rendererHour(): Promise<Record<string, number>> {
  const dir = portfolioDir(5, 200);
  const served = await startServe(dir);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.clock.install();
    await context.addInitScript({ content: countLeftovers });
    const page = await context.newPage();
    await page.goto(served.url);
    await page.getByTestId('net-worth').waitFor({ state: 'visible', timeout: 30_000 });
    // Warm-up: every view twice and some refreshes, so lazy chunks, compiled code and caches are in
    // before the first figure.
    const views = await viewNames(page);
    for (let i = 1; i <= 2 * views.length; i += 1) {
      await switchTo(page, views, i);
      await refresh(page);
    }
    const heapBefore = await heapUsedMb(page);
    const before = await leftovers(page);
    for (let i = 0; i < Math.max(REFRESHES, SWITCHES); i += 1) {
      if (i < SWITCHES) await switchTo(page, views, i + 1);
      if (i < REFRESHES) await refresh(page);
    }
    // Back on the view the first figure was taken on, so the same view's own timers count in both.
    await switchTo(page, views, views.length);
    const heapAfter = await heapUsedMb(page);
    const after = await leftovers(page);
    await context.close();
    return {
      heap_mb_before: heapBefore,
      heap_mb_after: heapAfter,
      heap_growth_pct: ((heapAfter - heapBefore) / heapBefore) * 100,
      intervals_left: after.intervals - before.intervals,
      listeners_left: after.listeners - before.listeners,
    };
  } finally {
    await browser.close();
    await served.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
