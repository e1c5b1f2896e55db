import type { Page } from '@playwright/test';
import { expect, test } from './served-app';
import { screenshot } from './support/screens';

test.use({ demo: true, viewport: { width: 1440, height: 900 } });

/** Amounts on screen that are readable: not blurred, or with the exact value in a tooltip. */
async function readableAmounts(page: Page): Promise<{ total: number; readable: number }> {
  return page.locator('.amount').evaluateAll((elements) => {
    // This runs in the page; the test's own TypeScript config has no DOM library.
    const style = (globalThis as unknown as { getComputedStyle(e: unknown): { filter: string } }).getComputedStyle;
    return {
      total: elements.length,
      readable: elements.filter((e) => !style(e).filter.includes('blur') || /\d/.test(e.getAttribute('title') ?? '')).length,
    };
  });
}

test('privacy mode blurs every amount on every view until it is turned off', async ({ app, page }) => {
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel(/Privacy mode/).check();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Privacy' })).toHaveAttribute('aria-pressed', 'true');

  for (const [view, ready] of [
    ['Dashboard', page.getByTestId('net-worth')],
    ['Holdings', page.getByTestId('holdings-totals')],
    ['Positions', page.getByTestId('position-totals')],
  ] as const) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: view }).click();
    await expect(ready).toBeVisible();
    const { total, readable } = await readableAmounts(page);
    expect(total, `${view} shows amounts`).toBeGreaterThan(0);
    expect(readable, `${view}: readable amounts`).toBe(0);
    if (view === 'Dashboard') {
      await expect(page.locator('.chart')).toHaveCSS('filter', /blur/);
      await screenshot(page, 'dashboard-privacy');
    }
  }

  // Toggled off from the top bar, the figures are readable again.
  await page.getByRole('banner').getByRole('button', { name: 'Privacy' }).click();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Privacy' })).toHaveAttribute('aria-pressed', 'false');
  const after = await readableAmounts(page);
  expect(after.readable).toBe(after.total);
});
