import { expect, test } from './served-app';
import { call } from './support/api';
import { expectAccessible } from './support/axe';
import { connectAndSync } from './support/connect';
import { screenshot } from './support/screens';
import { knownData, startTreadfi } from './support/sims';

test.use({ viewport: { width: 1440, height: 900 } });

test('connections: poll interval, enable/disable, test with its sentence, and the sync log', async ({ app, page }) => {
  const sim = await startTreadfi(knownData);
  try {
    await page.goto(app.url);
    const id = await connectAndSync(page, sim, 'Known desk');
    await page.goto(`${app.origin}/#/connections`);
    const row = page.getByRole('table', { name: 'Connections' }).getByRole('row').filter({ hasText: 'Known desk' });
    await expect(row).toContainText('OK');
    await row.getByRole('button', { name: 'Details of Known desk' }).click();
    const details = page.getByRole('region', { name: 'Known desk' });

    const interval = details.getByLabel('Poll every');
    await interval.fill('5');
    await details.getByRole('button', { name: 'Save interval' }).click();
    await expect(details.getByText('Enter whole seconds from 10 to 86400.')).toBeVisible();
    await interval.fill('120');
    await details.getByRole('button', { name: 'Save interval' }).click();
    await expect.poll(async () => (await call(page, 'connections.list', {})).find((c) => c.id === id)?.pollIntervalSec).toBe(120);

    await details.getByRole('button', { name: 'Test connection' }).click();
    const result = await call(page, 'connections.test', { id });
    expect(result.ok).toBe(true);
    await expect(details.getByText(result.message)).toBeVisible();

    const log = await call(page, 'sync.log', { id, limit: 50 });
    const logRows = details.getByRole('table', { name: 'Sync log of Known desk' }).locator('tbody tr');
    await expect(logRows).toHaveCount(log.length);
    await expect(logRows.first()).toContainText(log[0]?.message ?? '');
    await expectAccessible(page, 'connections (details)');
    await screenshot(page, 'connections-details', true);

    await details.getByLabel('Enabled').uncheck();
    await expect.poll(async () => (await call(page, 'connections.list', {})).find((c) => c.id === id)?.enabled).toBe(false);
    await expect(row).toContainText('Disabled');
    await details.getByLabel('Enabled').check();
    await expect(row).not.toContainText('Disabled');
  } finally {
    await sim.close();
  }
});
