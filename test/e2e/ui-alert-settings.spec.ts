import { expect, test } from './served-app';
import { call } from './support/api';

test.use({ viewport: { width: 1280, height: 800 } });

test('alert settings: each switch and line is saved to its own rule, and a bad line is refused with a sentence', async ({ app, page }) => {
  await page.goto(`${app.url}#/settings`);
  const before = (await call(page, 'settings.get', {})).alerts;

  const failing = page.getByRole('checkbox', { name: 'A connection failing for longer than…' });
  await failing.setChecked(!before.connectionFailing.enabled);
  await expect.poll(async () => (await call(page, 'settings.get', {})).alerts.connectionFailing.enabled).toBe(!before.connectionFailing.enabled);

  const minutes = page.getByLabel('Minutes of failed reads', { exact: true });
  await minutes.fill('0');
  await minutes.press('Enter');
  await expect(page.getByText('Enter whole minutes, from 1 to 10080 (a week).')).toBeVisible();
  await minutes.fill('45');
  await minutes.press('Enter');
  await expect.poll(async () => (await call(page, 'settings.get', {})).alerts.connectionFailing.minutes).toBe(45);

  await page.getByLabel('Distance to liquidation under (%)', { exact: true }).fill('7.5');
  await page.getByLabel('Distance to liquidation under (%)', { exact: true }).press('Enter');
  await expect.poll(async () => (await call(page, 'settings.get', {})).alerts.liquidation.distancePct).toBe('7.5');

  const window = page.getByLabel('Within (minutes)', { exact: true });
  await window.fill('3');
  await window.press('Enter');
  await expect(page.getByText('At least 5 minutes.')).toBeVisible();
  await window.fill('90');
  await window.press('Enter');

  // Every other rule kept what it had: a save touches only its own rule's field.
  await expect.poll(async () => (await call(page, 'settings.get', {})).alerts).toEqual({
    connectionFailing: { ...before.connectionFailing, enabled: !before.connectionFailing.enabled, minutes: 45 },
    liquidation: { ...before.liquidation, distancePct: '7.5' },
    netWorthMove: { ...before.netWorthMove, windowMinutes: 90 },
  });

  // After a reload the form shows what was stored.
  await page.reload();
  await expect(page.getByLabel('Minutes of failed reads', { exact: true })).toHaveValue('45');
  await expect(page.getByLabel('Within (minutes)', { exact: true })).toHaveValue('90');
  await expect(page.getByRole('checkbox', { name: 'A connection failing for longer than…' })).toBeChecked({ checked: !before.connectionFailing.enabled });
});
