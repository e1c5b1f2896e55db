import type { Page } from '@playwright/test';
import { formatPrice } from '../../src/renderer/src/format/amount';
import { Dec } from '../../src/shared/decimal';
import { expect, test } from './served-app';
import { call } from './support/api';
import { expectAccessible } from './support/axe';

test.use({ demo: 'shared', viewport: { width: 1440, height: 900 } });

/** The shared demo is held still (see SharedDemo): its simulated prices move, and these tests compare the screen with the API. */
async function openPausedDemo(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('net-worth')).toBeVisible();
}

async function nav(page: Page, view: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: view }).click();
  await expect(page.getByRole('heading', { name: view, level: 1 })).toBeVisible();
}

test('the dashboard sizes what net worth leaves out: per asset, its quantity and where it sits, masked in privacy mode', async ({ app, page }) => {
  await openPausedDemo(page, app.url);
  const summary = await call(page, 'portfolio.summary', {});
  // The demo's Cadenza holds EUR, which no venue prices: three accounts, one asset.
  const eur = summary.unpriced.find((u) => u.asset === 'EUR');
  if (!eur) throw new Error('the demo holds no unpriced EUR');
  expect(eur.places.length).toBeGreaterThan(1);
  expect(eur.indicative).toBeNull();
  expect(eur.quantity).toBe(eur.places.reduce((sum, p) => sum.plus(p.quantity), new Dec(0)).toFixed());

  await expect(page.getByTestId('unpriced-sized')).toHaveText(`${summary.unpriced.length} asset${summary.unpriced.length === 1 ? '' : 's'}`);
  await page.getByRole('button', { name: `${summary.unpricedCount} unpriced holdings not in the total` }).click();
  const breakdown = page.getByRole('region', { name: 'Not in net worth' });
  const table = breakdown.getByRole('table', { name: 'Unpriced assets' });
  await expect(table.locator('tbody tr')).toHaveCount(summary.unpriced.length);
  const row = table.locator('tr[data-asset="EUR"]');
  await expect(row.locator('td').first().locator('.amount')).toHaveAttribute('data-full', eur.quantity);
  for (const place of eur.places) {
    await expect(row.getByRole('listitem').filter({ hasText: place.accountLabel }).locator('.amount')).toHaveAttribute('data-full', place.quantity);
  }
  await expect(row.locator('.unpriced__value')).toHaveText('no price');
  await expect(row.getByRole('button', { name: 'Set price for EUR' })).toBeVisible();
  await expectAccessible(page, 'dashboard with the unpriced breakdown', breakdown);

  // Privacy mode masks every quantity of the breakdown.
  await page.getByRole('banner').getByRole('button', { name: 'Privacy' }).click();
  await expect(row.locator('.amount').first()).toHaveText('•••••');
  await expect(row.locator('.amount[data-full]')).toHaveCount(0);
  await page.getByRole('banner').getByRole('button', { name: 'Privacy' }).click();

  // The holdings themselves are one click on.
  await breakdown.getByRole('link', { name: `Show the ${summary.unpricedCount} holdings in Holdings` }).click();
  await expect(page.getByRole('heading', { name: 'Holdings', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Filter Value (USD)')).toHaveValue('unpriced');
});

test('a manual price values EUR after every venue price, marked manual with its date, and removing it unprices EUR again', async ({ app, page }) => {
  await openPausedDemo(page, app.url);
  const before = await call(page, 'portfolio.summary', {});
  const eur = before.unpriced.find((u) => u.asset === 'EUR');
  if (!eur) throw new Error('the demo holds no unpriced EUR');

  await page.getByRole('button', { name: /unpriced holdings? not in the total/ }).click();
  await page.getByRole('button', { name: 'Set price for EUR' }).click();
  const price = page.getByLabel('USD price of EUR');
  // Garbage is refused with a sentence, and nothing is stored.
  await price.fill('one euro');
  await page.getByRole('button', { name: 'Save price' }).click();
  await expect(page.getByRole('region', { name: 'Not in net worth' }).getByRole('alert')).toHaveText('Enter a price in USD, e.g. 1.08 or 1,000.5.');
  expect(await call(page, 'prices.list', {})).toEqual([]);

  await price.fill('1.08');
  await page.getByRole('button', { name: 'Save price' }).click();
  // The Cadenza connection is read again and valued with it: EUR leaves the unpriced part.
  await expect(page.getByRole('table', { name: 'Unpriced assets' }).locator('tr[data-asset="EUR"]')).toHaveCount(0);
  const [manual] = await call(page, 'prices.list', {});
  expect(manual).toMatchObject({ asset: 'EUR', priceUsd: '1.08' });
  const view = await call(page, 'portfolio.holdings', {});
  const rows = view.holdings.filter((h) => h.asset === 'EUR');
  expect(rows.length).toBe(eur.holdings);
  for (const h of rows) expect(h.valueUsd).toBe(new Dec(h.quantity).times('1.08').toFixed());
  expect(view.bookPrices.filter((b) => b.asset === 'EUR').map((b) => b.origin.kind)).toEqual(['manual']);
  // The dashboard names the manual price under the total.
  await expect(page.getByTestId('manual-valued')).toContainText(`EUR at a manual price of ${formatPrice('1.08')} (set`);

  // Holdings marks each EUR row manual, and its price says when it was set.
  await nav(page, 'Holdings');
  await page.getByRole('searchbox', { name: 'Search holdings' }).fill('EUR');
  const eurRows = page.getByRole('table', { name: 'Holdings' }).locator('tbody tr').filter({ has: page.locator('td:first-child', { hasText: /^EUR$/ }) });
  await expect(eurRows).toHaveCount(rows.length);
  await expect(eurRows.first().locator('.tag--manual')).toHaveText('manual');
  await expect(eurRows.first().locator('.amount[data-full="1.08"]')).toHaveAttribute('title', /^1\.08 — Manual price, set /);

  // Settings lists it; removing it reads Cadenza again and EUR is unpriced once more.
  await nav(page, 'Settings');
  const list = page.getByRole('table', { name: 'Manual prices' });
  await expect(list.locator('tr[data-asset="EUR"]')).toContainText('$1.08');
  await expectAccessible(page, 'settings with a manual price', page.getByRole('region', { name: 'Manual prices' }));
  await list.getByRole('button', { name: 'Remove the manual price of EUR' }).click();
  await expect(page.getByRole('region', { name: 'Manual prices' })).toContainText('No manual prices.');
  await expect.poll(async () => (await call(page, 'portfolio.summary', {})).unpriced.map((u) => u.asset)).toContain('EUR');

  // The form in Settings takes "1,000.5" as the threshold field does.
  await page.getByLabel('Asset', { exact: true }).fill('xyz');
  await page.getByLabel('USD price', { exact: true }).fill('1,000.5');
  await page.getByRole('button', { name: 'Save price' }).click();
  await expect(list.locator('tr[data-asset="XYZ"] .amount')).toHaveAttribute('data-full', '1000.5');
});

test('prices spread wider than 1 % are listed in Data checks, and every Holdings price says where it came from', async ({ app, page }) => {
  await openPausedDemo(page, app.url);
  const btc = (await call(page, 'portfolio.priceChecks', {})).find((c) => c.asset === 'BTC');
  if (!btc) throw new Error('the demo has no BTC price spread');
  expect(new Dec(btc.spread).gt('0.01')).toBe(true);

  const checks = page.getByRole('region', { name: 'Data checks' });
  await checks.getByText(/assets? (is|are) priced more than 1 % apart across rows/).click();
  const row = checks.getByRole('table', { name: 'Price spreads' }).locator('tr[data-asset="BTC"]');
  await expect(row.locator(`.amount[data-full="${btc.min.priceUsd}"]`)).toBeVisible();
  await expect(row.locator(`.amount[data-full="${btc.max.priceUsd}"]`)).toBeVisible();
  await expect(row).toContainText(/as of/);
  await expectAccessible(page, 'dashboard with data checks', checks);

  // Each BTC row's price names its source and time on hover: a venue's own, or the price book's for Cadenza.
  const view = await call(page, 'portfolio.holdings', {});
  await nav(page, 'Holdings');
  await page.getByRole('searchbox', { name: 'Search holdings' }).fill('BTC');
  const table = page.getByRole('table', { name: 'Holdings' });
  const price = (venue: string, value: string) => table.locator('tbody tr').filter({ hasText: venue }).locator(`.amount[data-full="${value}"]`).first();
  const cadenzaBtc = view.holdings.find((h) => h.asset === 'BTC' && h.venue === 'cadenza' && h.kind === 'token' && h.priceUsd !== null);
  const rapidxBtc = view.holdings.find((h) => h.asset === 'BTC' && h.venue === 'rapidx' && h.kind === 'token');
  if (!cadenzaBtc?.priceUsd || !rapidxBtc?.priceUsd) throw new Error('the demo has no BTC at Cadenza and RapidX');
  await expect(price('RapidX', rapidxBtc.priceUsd)).toHaveAttribute('title', new RegExp(`^${rapidxBtc.priceUsd} — RapidX “.+” price as of `));
  await expect(price('Cadenza', cadenzaBtc.priceUsd)).toHaveAttribute('title', /— Price book: (RapidX|ConneX|LTP|Tread\.fi) “.+” price as of /);
});
