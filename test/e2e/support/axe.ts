import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';

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

/**
 * No serious or critical WCAG A/AA violation on the whole page as it stands.
 *
 * axe runs in the page itself, and its 580 kB source is put there once per document: the app changes
 * views without reloading, so a spec scanning several views pays for it once. (@axe-core/playwright
 * evaluated the source twice per scan, which was two thirds of a scan's time; the app has no frames, the
 * only thing its per-frame injection is for.)
 */
export async function expectAccessible(page: Page, view: string): Promise<void> {
  // The source goes in as a script evaluated over the DevTools protocol, which the page's CSP does not govern.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axe.source);
  const results = await page.evaluate((o) => (globalThis as AxeWindow).axe!.run(o), options);
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(bad, `axe on ${view}`).toEqual([]);
}
