import type { Page } from '@playwright/test';

/** Saves a screenshot under test-results/screenshots/, where the README's images come from. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage });
}
