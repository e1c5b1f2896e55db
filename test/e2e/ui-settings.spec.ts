import { expect, test } from './served-app';
import { call } from './support/api';
import { expectAccessible } from './support/axe';
import { screenshot } from './support/screens';

test.use({ viewport: { width: 1440, height: 900 } });

test('settings: theme, threshold, export folder and CSV BOM are saved and applied', async ({ app, page }) => {
  await page.goto(`${app.url}#/settings`);
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  const html = page.locator('html');

  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('body')).toHaveCSS('color-scheme', 'dark');
  await expectAccessible(page, 'settings (dark)');
  await screenshot(page, 'settings-dark');
  await page.getByRole('radio', { name: 'Light' }).check();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expectAccessible(page, 'settings (light)');
  await screenshot(page, 'settings');

  const threshold = page.getByLabel('Small-balance threshold (USD)', { exact: true });
  await threshold.fill('ten dollars');
  await page.getByRole('button', { name: 'Save small-balance threshold (usd)' }).click();
  await expect(page.getByText('Enter an amount in USD, e.g. 1, 0.5 or 1,000.')).toBeVisible();
  await expect(threshold).toHaveAttribute('aria-invalid', 'true');
  // Written as people write amounts, with a thousands separator; the field says it saved.
  await threshold.fill('1,000');
  await threshold.press('Enter');
  await expect.poll(async () => (await call(page, 'settings.get', {})).smallBalanceUsd).toBe('1000');
  const thresholdSaved = page.locator('form').filter({ hasText: 'Small-balance threshold (USD)' }).getByRole('status');
  await expect(thresholdSaved).toHaveText('Saved.');
  await expect(page.getByRole('group', { name: 'Theme' }).getByRole('status')).toHaveText('Saved.');
  await threshold.fill('250.5');
  await expect(thresholdSaved).toHaveCount(0);
  await threshold.press('Enter');
  await expect.poll(async () => (await call(page, 'settings.get', {})).smallBalanceUsd).toBe('250.5');
  await expect(thresholdSaved).toHaveText('Saved.');

  await page.getByLabel('Default export folder', { exact: true }).fill('/tmp/holdfast-exports');
  await page.getByLabel('Default export folder', { exact: true }).press('Enter');
  await page.getByLabel(/byte order mark/).check();
  await expect(page.locator('.check', { hasText: 'byte order mark' }).getByRole('status')).toHaveText('Saved.');
  await expect.poll(async () => call(page, 'settings.get', {})).toMatchObject({ theme: 'light', csvBom: true, exportFolder: '/tmp/holdfast-exports' });

  // Saved, not just shown: a reload reads them back, and Holdings uses the new threshold.
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(page.getByLabel(/byte order mark/)).toBeChecked();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Holdings' }).click();
  await expect(page.getByLabel('Hide balances under $250.50')).toBeVisible();
});
