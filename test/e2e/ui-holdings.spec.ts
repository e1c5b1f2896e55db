import { Dec } from '../../src/shared/decimal';
import type { Holding } from '../../src/shared/domain/holding';
import { formatUsd } from '../../src/renderer/src/format/amount';
import { expect, test } from './served-app';
import { call } from './support/api';
import { expectAccessible } from './support/axe';
import { screenshot } from './support/screens';

test.use({ demo: 'shared', viewport: { width: 1440, height: 900 } });

const byValueDesc = (a: Holding, b: Holding) => (a.valueUsd === null ? 1 : b.valueUsd === null ? -1 : new Dec(b.valueUsd).comparedTo(a.valueUsd));

test('holdings: totals match the API; sort, column filter, search, group and hide small balances', async ({ app, page }) => {
  await page.goto(app.url);
  // The shared demo is held still (see SharedDemo): its simulated prices move, and this test compares the
  // screen with the API.
  // A threshold some demo tokens fall under; the page reads settings as it opens.
  await call(page, 'settings.update', { smallBalanceUsd: '1000' });
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Holdings' }).click();
  const view = await call(page, 'portfolio.holdings', {});
  const summary = await call(page, 'portfolio.summary', {});
  const table = page.getByRole('table', { name: 'Holdings' });
  const rows = table.locator('tbody tr:not([aria-hidden])');
  const totals = page.getByTestId('holdings-totals');
  await expect(totals).toContainText(`${view.holdings.length} holdings`);
  await expect(totals).toContainText(formatUsd(view.totalUsd));
  await expect(totals).toContainText(`${view.unpricedCount} unpriced`);
  expect(view.totalUsd).toBe(summary.netWorthUsd);

  // Sorted by value, largest first; then smallest first with unpriced last.
  const sorted = [...view.holdings].sort(byValueDesc);
  await expect(rows.first().locator('td[data-column="value"] .amount')).toHaveAttribute('data-full', sorted[0]?.valueUsd ?? '');
  const valueHeader = table.getByRole('columnheader', { name: /Value/ });
  await valueHeader.getByRole('button').click();
  await expect(valueHeader).toHaveAttribute('aria-sort', 'ascending');
  const smallest = sorted.filter((h) => h.valueUsd !== null).at(-1);
  await expect(rows.first().locator('td[data-column="value"] .amount')).toHaveAttribute('data-full', smallest?.valueUsd ?? '');
  await table.getByRole('columnheader', { name: /Asset/ }).getByRole('button').click();
  await expect(table.getByRole('columnheader', { name: /Asset/ })).toHaveAttribute('aria-sort', 'ascending');
  const firstAsset = [...view.holdings].map((h) => h.asset).sort((a, b) => a.localeCompare(b))[0] ?? '';
  await expect(rows.first().locator('td').first()).toHaveText(firstAsset);

  // Column filter: one venue; the total is that connection's total.
  const ltp = summary.connections.find((c) => c.venue === 'ltp');
  await page.getByLabel('Filter Venue').selectOption('ltp');
  await expect(totals).toContainText(`${ltp?.holdingCount} of ${view.holdings.length} holdings`);
  await expect(totals).toContainText(formatUsd(ltp?.totalUsd ?? null));
  await page.getByLabel('Filter Venue').selectOption('');

  // Free-text search matches what the core's own filter matches.
  await page.getByRole('searchbox', { name: 'Search holdings' }).fill('SHIB');
  const shib = await call(page, 'portfolio.holdings', { filter: { text: 'SHIB' } });
  await expect(totals).toContainText(`${shib.holdings.length} of ${view.holdings.length} holdings`);
  await expect(totals).toContainText(formatUsd(shib.totalUsd));
  await page.getByRole('searchbox', { name: 'Search holdings' }).fill('');

  // Grouped by venue: one subtotal row per venue, equal to its connection's total.
  await page.getByLabel('Group by').selectOption('venue');
  await expect(table.locator('tr.group-row')).toHaveCount(5);
  for (const c of summary.connections) {
    const name = { rapidx: 'RapidX', connex: 'ConneX', ltp: 'LTP', cadenza: 'Cadenza', treadfi: 'Tread.fi' }[c.venue];
    const group = table.locator(`tr.group-row[data-group="${name}"]`);
    await expect(group).toContainText(`(${c.holdingCount})`);
    await expect(group.locator('.amount')).toHaveAttribute('data-full', c.totalUsd ?? '');
  }
  await expectAccessible(page, 'holdings (grouped)', table);
  await screenshot(page, 'holdings-grouped');
  const rapidx = table.locator('tr.group-row[data-group="RapidX"]').getByRole('button');
  await expect(rapidx).toHaveAttribute('aria-expanded', 'false');
  await rapidx.click();
  await expect(rapidx).toHaveAttribute('aria-expanded', 'true');
  await expect(rows.nth(1)).toContainText('RapidX');
  await page.getByLabel('Group by').selectOption('');

  // Hide small balances: tokens under the threshold ($1) go; unpriced holdings and positions stay.
  const settings = await call(page, 'settings.get', {});
  expect(settings.smallBalanceUsd).toBe('1000');
  const kept = view.holdings.filter((h) => !(h.kind === 'token' && h.valueUsd !== null && new Dec(h.valueUsd).abs().lt(settings.smallBalanceUsd)));
  expect(kept.length).toBeLessThan(view.holdings.length);
  await page.getByLabel('Hide balances under $1,000.00').check();
  await expect(totals).toContainText(`${kept.length} of ${view.holdings.length} holdings`);
  await page.getByLabel('Hide balances under $1,000.00').uncheck();
  await expect(totals).toContainText(`${view.holdings.length} holdings`);

  await expectAccessible(page, 'holdings');
  await screenshot(page, 'holdings');
});
