import { expect, test } from './served-app';
import { call } from './support/api';
import { expectAccessible } from './support/axe';
import { connectAndSync } from './support/connect';
import { screenshot } from './support/screens';
import { knownData, startTreadfi } from './support/sims';

test.use({ viewport: { width: 1440, height: 900 } });

const alpha = knownData.accounts[0]!;
const beta = knownData.accounts[1]!;

test('account names: named in the connection\'s details, the name shows in Holdings, Positions, Exposure and Risk with the venue\'s name on hover', async ({ app, page }) => {
  const sim = await startTreadfi(knownData);
  try {
    await page.goto(app.url);
    await connectAndSync(page, sim, 'Known desk');
    await call(page, 'sync.pause', {});
    await page.goto(`${app.origin}/#/connections`);
    await page.getByRole('table', { name: 'Connections' }).getByRole('button', { name: 'Details of Known desk' }).click();
    const details = page.getByRole('region', { name: 'Known desk' });
    const accounts = details.getByRole('table', { name: 'Accounts of Known desk' });
    // Each account with the venue's name and its id.
    await expect(accounts.locator(`tr[data-account="${alpha.id}"]`)).toContainText(alpha.name);
    await expect(accounts.locator(`tr[data-account="${beta.id}"]`)).toContainText(beta.name);

    const name = details.getByLabel(`Your name for account ${alpha.id}`);
    await name.fill('x'.repeat(65));
    await name.press('Enter');
    await expect(details.getByRole('alert')).toHaveText('An account name must be at most 64 characters.');
    await name.fill('  Main hedge book ');
    await accounts.locator(`tr[data-account="${alpha.id}"]`).getByRole('button', { name: 'Save' }).click();
    await expect(accounts.locator(`tr[data-account="${alpha.id}"]`).getByRole('status')).toHaveText('Saved.');
    await expect(name).toHaveValue('Main hedge book');
    await expectAccessible(page, 'connections (accounts)', details);
    await screenshot(page, 'connection-accounts', true);

    const hover = `Main hedge book · venue’s name “${alpha.name}” · id ${alpha.id}`;
    // Holdings: the Account column and grouping by account.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Holdings' }).click();
    const table = page.getByRole('table', { name: 'Holdings' });
    await page.getByText('Columns', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Account' }).check();
    await page.getByText('Columns', { exact: true }).click();
    const named = table.getByRole('cell').getByText('Main hedge book', { exact: true });
    await expect(named.first()).toBeVisible();
    await expect(named.first()).toHaveAttribute('title', hover);
    await expect(table.getByRole('cell').getByText(alpha.name, { exact: true })).toHaveCount(0);
    await expect(table.getByRole('cell').getByText(beta.name, { exact: true }).first()).toBeVisible();
    await page.getByLabel('Group by').selectOption('account');
    await expect(table.getByText('Tread.fi · Main hedge book')).toBeVisible();
    await page.getByLabel('Group by').selectOption('');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Positions' }).click();
    const position = page.getByRole('table', { name: 'Positions' }).locator('tbody tr').first();
    await expect(position.getByText('Main hedge book', { exact: true })).toHaveAttribute('title', hover);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exposure' }).click();
    await expect(page.locator('tr[data-underlying="BTC"] .legs li').first()).toContainText('Main hedge book');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Risk' }).click();
    await expect(page.getByRole('table', { name: 'Margin health' }).getByRole('rowheader').getByText('Main hedge book')).toHaveAttribute('title', hover);

    // Cleared: the venue's name is back everywhere.
    const after = await call(page, 'accounts.setAlias', { connectionId: (await call(page, 'connections.list', {}))[0]!.id, accountId: alpha.id, alias: '' });
    expect(after.label).toBe(alpha.name);
    await page.reload();
    await expect(page.getByRole('table', { name: 'Margin health' }).getByRole('rowheader')).toContainText(alpha.name);
  } finally {
    await sim.close();
  }
});
