import type { Page } from '@playwright/test';

/**
 * With HOLDFAST_SCREENSHOTS=1, saves a screenshot under test-results/screenshots/, where the README's
 * images come from. Off otherwise: nothing checks them, and encoding a full-page PNG is a second or two
 * of a core that `npm test` needs for its checks.
 */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  if (process.env.HOLDFAST_SCREENSHOTS !== '1') return;
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage });
}
