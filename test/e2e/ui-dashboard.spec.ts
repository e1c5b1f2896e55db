import { formatSignedUsd, formatUsd } from '../../src/renderer/src/format/amount';
import { expect, test } from './served-app';
import { call } from './support/api';
import { expectAccessible } from './support/axe';
import { hoverChart } from './support/chart';
import { screenshot } from './support/screens';

test.use({ demo: 'shared', viewport: { width: 1440, height: 900 } });

test('dashboard: net worth, unpriced, allocation and health match the API; chart ranges switch', async ({ app, page }) => {
  // Every call the page makes (the test's own calls go through page.request, not the page).
  const pageCalls: string[] = [];
  page.on('request', (request) => pageCalls.push(new URL(request.url()).pathname));
  // Demo start-up and axe are slow while other work shares the machine's two cores.
  await page.goto(app.url);
  // The shared demo is held still (see SharedDemo): its simulated prices move, and this test compares the
  // screen with the API.
  const summary = await call(page, 'portfolio.summary', {});
  const netWorth = page.getByTestId('net-worth').locator('.amount');
  await expect(netWorth).toHaveText(formatUsd(summary.netWorthUsd));
  await expect(netWorth).toHaveAttribute('data-full', summary.netWorthUsd);
  await expect(netWorth).toHaveAttribute('title', summary.netWorthUsd);

  // Each connection's health card, and its share in "by venue" (one demo connection per venue).
  const strip = page.getByRole('region', { name: 'Connection health' });
  await expect(strip.getByRole('listitem')).toHaveCount(summary.connections.length);
  const byVenue = page.getByRole('region', { name: 'By venue' });
  for (const c of summary.connections) {
    await expect(strip.getByRole('listitem').filter({ hasText: c.label })).toContainText(c.status === 'paused' ? 'Paused' : 'OK');
    await expect(strip.getByRole('button', { name: `Sync ${c.label} now` })).toBeVisible();
    await expect(byVenue.locator(`.amount[data-full="${c.totalUsd}"]`)).toHaveText(formatUsd(c.totalUsd));
  }
  // The change figures are the summary's, baseline and all: none where there was no data that far back.
  await expect(page.locator('.change')).toHaveCount(3);
  for (const change of summary.changes) {
    const figure = page.locator(`.change[data-range="${change.window}"]`);
    if (change.changeUsd === null) await expect(figure).toContainText(/no data .* ago/);
    else await expect(figure.locator('.amount')).toHaveText(formatSignedUsd(change.changeUsd));
    await expect(figure).not.toContainText('since');
  }

  // Allocation, as portfolio.allocation answers it: every group's name and exact value in order, the top 15
  // then an "Other" that opens to list the rest; one name per exchange (OKEX is OKX).
  const allocation = await call(page, 'portfolio.allocation', {});
  for (const [name, groups] of [
    ['By asset', allocation.byAsset],
    ['By venue', allocation.byVenue],
    ['By exchange', allocation.byExchange],
  ] as const) {
    const region = page.getByRole('region', { name });
    const top = region.locator('.allocation__list:not(.allocation__list--nested) > .allocation__row');
    await expect(top.locator('.allocation__label')).toHaveText(groups.slices.map((s) => s.key));
    expect(await top.locator('.amount').evaluateAll((amounts) => amounts.map((a) => a.getAttribute('data-full')))).toEqual(groups.slices.map((s) => s.valueUsd));
    if (!groups.other) {
      await expect(region.getByRole('button', { name: /Other/ })).toHaveCount(0);
      continue;
    }
    const other = region.getByRole('button', { name: /Other/ });
    await expect(other.locator('.amount')).toHaveAttribute('data-full', groups.other.valueUsd);
    await other.click();
    const rest = region.getByRole('list', { name: `${name}: other` }).getByRole('listitem');
    await expect(rest.locator('.allocation__label')).toHaveText(groups.other.slices.map((s) => s.key));
    expect(await rest.locator('.amount').evaluateAll((amounts) => amounts.map((a) => a.getAttribute('data-full')))).toEqual(groups.other.slices.map((s) => s.valueUsd));
  }
  // The demo holds more than 16 assets, so its Other is shown, and writes OKEX, which counts as OKX.
  expect(allocation.byAsset.other).not.toBeNull();
  const exchanges = page.getByRole('region', { name: 'By exchange' }).locator('.allocation__label');
  await expect(exchanges.filter({ hasText: /^OKX$/ })).toHaveCount(1);
  await expect(exchanges.filter({ hasText: /^OKEX$/i })).toHaveCount(0);
  await expect(exchanges.filter({ hasText: /^Binance$/ })).toHaveCount(1);
  // Drawn without every holding: the dashboard asked for the allocation, never for the holdings.
  expect(pageCalls).toContain('/api/portfolio.allocation');
  expect(pageCalls).not.toContain('/api/portfolio.holdings');

  await page.getByRole('group', { name: 'Range' }).getByRole('button', { name: '1W' }).click();
  await expect(page.getByRole('group', { name: 'Range' }).getByRole('button', { name: '1W' })).toHaveAttribute('aria-pressed', 'true');
  // A week's chart, or, while history holds a single reading, a sentence saying so: never one dot on a blank axis.
  await expect(page.getByRole('img', { name: /Net worth over the last week/ }).or(page.getByText(/History starts .* with one reading so far/))).toBeVisible();
  await page.getByRole('group', { name: 'Range' }).getByRole('button', { name: 'All' }).click();
  await expect(page.getByRole('img', { name: /Net worth over all time/ })).toBeVisible();
  await expect(page.locator('.uplot canvas')).toHaveCount(1);
  // Hovering reads the point out: its time, its value and the change from the range's start.
  await hoverChart(page, 0.9);
  const readout = page.getByTestId('chart-readout');
  await expect(readout.locator('time')).toHaveAttribute('datetime', /^\d{4}-/);
  await expect(readout.locator('.amount')).toHaveText(/^\$[\d,]+\.\d\d$/);
  await expect(readout).toContainText(/[+−]?\$[\d,.]+ \([+−]?[\d,.]+%\) from the range’s start/);

  await expectAccessible(page, 'dashboard');
  await screenshot(page, 'dashboard', true);

  // "Sync now" on one card reads that connection and its sync log grows.
  const first = summary.connections[0];
  if (!first) throw new Error('the demo has no connections');
  const before = await call(page, 'sync.log', { id: first.connectionId, limit: 50 });
  await strip.getByRole('button', { name: `Sync ${first.label} now` }).click();
  await expect.poll(async () => (await call(page, 'sync.log', { id: first.connectionId, limit: 50 }))[0]?.at).not.toBe(before[0]?.at);

  // The unpriced count opens what it leaves out, which leads to the holdings that have no price.
  await page.getByRole('button', { name: `${summary.unpricedCount} unpriced holdings not in the total` }).click();
  await page.getByRole('link', { name: `Show the ${summary.unpricedCount} holdings in Holdings` }).click();
  await expect(page.getByRole('heading', { name: 'Holdings', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Filter Value (USD)')).toHaveValue('unpriced');
  await expect(page.getByRole('table', { name: 'Holdings' }).locator('tbody tr:not([aria-hidden])')).toHaveCount(summary.unpricedCount);
  await screenshot(page, 'holdings-unpriced');
});
