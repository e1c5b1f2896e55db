import type { Holding } from '../../src/shared/domain/holding';
import type { HoldingsView } from '../../src/shared/domain/portfolio';
import { expect, test } from './served-app';

test.use({ viewport: { width: 1440, height: 900 } });

const assets = ['BTC', 'ETH', 'SOL', 'USDT', 'USDC', 'ARB', 'DOGE', 'PEPE', 'XRP', 'LINK'];

/** 20 connections × 1 000 holdings, answered in place of the core's own. */
function bigPortfolio(): HoldingsView {
  const holdings: Holding[] = [];
  for (let c = 0; c < 20; c += 1) {
    for (let i = 0; i < 1000; i += 1) {
      const value = `${(c * 1000 + i) % 9973}.${String(i % 100).padStart(2, '0')}`;
      holdings.push({
        connectionId: `00000000-0000-4000-8000-${String(c).padStart(12, '0')}`,
        venue: 'rapidx',
        accountId: String(1_000_000 + c * 10 + (i % 10)),
        accountLabel: `Portfolio ${c}-${i % 10}`,
        wallet: null,
        exchange: ['BINANCE', 'OKX', 'BYBIT'][i % 3] ?? null,
        asset: `${assets[i % assets.length]}${i >= 500 ? i : ''}`,
        kind: 'token',
        quantity: `${i}.123456789`,
        available: null,
        locked: null,
        borrowed: null,
        equity: null,
        priceUsd: '1.5',
        valueUsd: i % 97 === 0 ? null : value,
        exposureUsd: null,
        unrealizedPnl: null,
        sourceUpdatedAt: null,
        fetchedAt: '2026-01-01T00:00:00.000Z',
      });
    }
  }
  return { asOf: new Date().toISOString(), past: false, totalUsd: '0', unpricedCount: 0, holdings, groups: null, unpriced: [], bookPrices: [] };
}

test('20 000 holdings: only the rows in view are in the DOM, scrolling reaches the end, switching views keeps them, sort and search work', async ({ app, page }) => {
  const body = JSON.stringify({ ok: true, data: bigPortfolio() });
  await page.route('**/api/portfolio.holdings', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto(`${app.url}#/holdings`);
  const totals = page.getByTestId('holdings-totals');
  // Parsing and laying out 20 000 rows waits on the CPU: a budget for a machine that is busy, not a speed check.
  await expect(totals).toContainText('20000 holdings', { timeout: 60_000 });
  const rows = page.getByRole('table', { name: 'Holdings' }).locator('tbody tr:not([aria-hidden])');
  expect(await rows.count()).toBeLessThan(80);

  const scroller = page.getByLabel('Holdings table, scrollable');
  await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect(rows.last().locator('td').first()).not.toBeEmpty();
  expect(await rows.count()).toBeLessThan(80);

  // Switching away and back keeps the rows (how fast is bench/'s view_switch_20k_ms, not a test's business).
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await nav.getByRole('link', { name: 'Holdings' }).click();
  await expect(totals).toContainText('20000 holdings');
  await expect(rows.first()).toBeVisible();

  await page.getByRole('table', { name: 'Holdings' }).getByRole('columnheader', { name: /Asset/ }).getByRole('button').click();
  await expect(page.getByRole('table', { name: 'Holdings' }).getByRole('columnheader', { name: /Asset/ })).toHaveAttribute('aria-sort', 'ascending');
  await page.getByRole('searchbox', { name: 'Search holdings' }).fill('Portfolio 7-3');
  await expect(totals).toContainText('100 of 20000 holdings');
});
