import axe from 'axe-core';
import { expect, type Locator, type Page } from '@playwright/test';

type AxeWindow = typeof globalThis & { axe?: typeof axe };

/**
 * Every rule of these tags runs on the whole page. `resultTypes: ['violations']` keeps every node of a
 * violation but one example each of the passes, which are otherwise collected, serialised and sent back
 * node by node.
 */
const options: axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  resultTypes: ['violations'],
};

/** Marks the part of the page a scan is limited to; axe takes CSS selectors, not Playwright locators. */
const SCOPE = 'data-axe-scope';

/**
 * No serious or critical WCAG A/AA violation on the whole page as it stands, or only `within` it.
 *
 * Each view is scanned whole once per theme; a test that brings a view into a new state (a failure, a
 * dialog, a panel opened) scans what that state adds. A whole-page scan costs the browser a core for about
 * a second under load, and a suite of them on views scanned already was a fifth of the browser tests' CPU.
 *
 * axe runs in the page itself, and its 580 kB source is put there once per document: the app changes
 * views without reloading, so a spec scanning several views pays for it once. (@axe-core/playwright
 * evaluated the source twice per scan, which was two thirds of a scan's time; the app has no frames, the
 * only thing its per-frame injection is for.)
 */
export async function expectAccessible(page: Page, view: string, within?: Locator): Promise<void> {
  // The source goes in as a script evaluated over the DevTools protocol, which the page's CSP does not govern.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axe.source);
  if (within) {
    await expect(within.first()).toBeVisible();
    await within.evaluateAll((elements, name) => elements.forEach((e) => e.setAttribute(name, '')), SCOPE);
  }
  const context = within ? { include: [`[${SCOPE}]`] } : { include: ['html'] };
  const results = await page.evaluate(([c, o]) => (globalThis as AxeWindow).axe!.run(c, o), [context, options] as const);
  if (within) await within.evaluateAll((elements, name) => elements.forEach((e) => e.removeAttribute(name)), SCOPE);
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(bad, `axe on ${view}`).toEqual([]);
}
