import { formatUsd } from '../../src/renderer/src/format/amount';
import { expect, test } from './served-app';
import { call } from './support/api';
import { expectAccessible } from './support/axe';
import { connectAndSync } from './support/connect';
import { screenshot } from './support/screens';
import { knownData, knownNetWorth, startTreadfi } from './support/sims';

test.use({ viewport: { width: 1440, height: 900 } });

test('a failing connection shows its sentence everywhere, and its last good data stays', async ({ app, page }) => {
  const sim = await startTreadfi(knownData);
  await page.goto(app.url);
  const id = await connectAndSync(page, sim, 'Known desk');
  await page.reload();
  await expect(page.getByTestId('net-worth')).toContainText(formatUsd(knownNetWorth));

  await sim.close(); // the venue goes away
  await page.getByRole('banner').getByRole('button', { name: 'Sync now' }).click();
  const summary = await (async () => {
    await expect.poll(async () => (await call(page, 'portfolio.summary', {})).connections[0]?.lastError, { timeout: 30_000 }).not.toBeNull();
    return call(page, 'portfolio.summary', {});
  })();
  const error = summary.connections[0]?.lastError;
  if (!error) throw new Error('no error recorded');

  await expect(page.getByRole('banner')).toContainText(`1 of 1 failed: ${error.message}`);
  await expect(page.getByText('Offline.')).toBeVisible();
  const card = page.getByRole('region', { name: 'Connection health' }).getByRole('listitem');
  await expect(card).toContainText('Failing');
  await expect(card).toContainText(error.message);
  await expect(page.getByTestId('net-worth')).toContainText(formatUsd(knownNetWorth));
  await expectAccessible(page, 'dashboard (failing)', page.getByRole('banner').or(card));
  await screenshot(page, 'dashboard-failing');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Holdings' }).click();
  await expect(page.getByTestId('holdings-totals')).toContainText(formatUsd(knownNetWorth));

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Connections' }).click();
  await page.getByRole('button', { name: 'Details of Known desk' }).click();
  const details = page.getByRole('region', { name: 'Known desk' });
  await expect(details).toContainText(`Last read failed (${error.kind}): ${error.message}`);
  const log = await call(page, 'sync.log', { id, limit: 50 });
  await expect(details.getByRole('table', { name: 'Sync log of Known desk' }).locator('tbody tr')).toHaveCount(log.length);
  await expect(details.getByRole('table', { name: 'Sync log of Known desk' }).locator('tbody tr').first()).toContainText(log[0]?.message ?? '');
  await details.getByRole('button', { name: 'Test connection' }).click();
  const tested = await call(page, 'connections.test', { id });
  await expect(details.getByRole('status').filter({ hasText: tested.message })).toBeVisible();
  await screenshot(page, 'connections-failing', true);
});
