import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * No serious or critical WCAG A/AA violation on the page as it stands.
 *
 * Every rule of these tags runs on the whole page; two settings only drop work whose output nobody reads,
 * which made a scan of a demo view three to four times cheaper (a scan was the dearest step of most specs):
 * - legacy mode runs axe in the page itself. The default runs it per frame and then assembles the results
 *   in a new blank page (a renderer process started and axe's source injected again, per scan), which
 *   only matters for cross-origin frames, and the app has no frames at all;
 * - `resultTypes: ['violations']` keeps every node of a violation but one example each of the passes,
 *   which are otherwise collected, serialised and sent back node by node.
 */
export async function expectAccessible(page: Page, view: string): Promise<void> {
  // options() replaces every option set before it, so it comes before withTags (which sets runOnly).
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .setLegacyMode(true)
    .analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(bad, `axe on ${view}`).toEqual([]);
}
