import { formatPrice, formatQuantity, formatUsd } from '../../src/renderer/src/format/amount';
import { expect, test } from './served-app';
import { call } from './support/api';
import { expectAccessible } from './support/axe';
import { connectAndSync } from './support/connect';
import { screenshot } from './support/screens';
import { knownData, knownNetWorth, startTreadfi } from './support/sims';

test.use({ viewport: { width: 1440, height: 900 } });

test('positions and holdings show the known data set’s figures, as the API returns them', async ({ app, page }) => {
  const sim = await startTreadfi(knownData);
  try {
    await page.goto(app.url);
    await connectAndSync(page, sim, 'Known desk');

    await page.goto(`${app.origin}/#/positions`);
    const table = page.getByRole('table', { name: 'Positions' });
    const { positions } = await call(page, 'positions.list', {});
    expect(positions).toHaveLength(1);
    const [p] = positions;
    const row = table.getByRole('row').filter({ hasText: 'BTC:PERP-USDT' });
    await expect(row).toContainText('Desk Alpha');
    await expect(row).toContainText('short');
    await expect(row).toContainText(formatQuantity(p?.quantity ?? null));
    await expect(row).toContainText(formatUsd('-47500'));
    await expect(row).toContainText(formatUsd('1250.25'));
    await expect(row).toContainText('5×');
    // The margins beyond the balance are one click away in the column picker.
    await page.getByText('Columns', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Initial margin' }).check();
    await page.getByRole('checkbox', { name: 'Maint. margin' }).check();
    await page.getByRole('checkbox', { name: 'Margin balance' }).check();
    await page.getByText('Columns', { exact: true }).click();
    await expect(row).toContainText(formatUsd('9500'));
    await expect(row).toContainText(formatUsd('237.5'));
    await expect(row).toContainText(formatUsd('10750.25'));
    await expect(page.getByTestId('position-totals')).toContainText(`Short notional${formatUsd('47500')}`);
    await expectAccessible(page, 'positions');
    await screenshot(page, 'positions');

    await page.goto(`${app.origin}/#/holdings`);
    const holdings = await call(page, 'portfolio.holdings', {});
    expect(holdings.totalUsd).toBe(knownNetWorth);
    const totals = page.getByTestId('holdings-totals');
    await expect(totals).toContainText(`${holdings.holdings.length} holdings`);
    await expect(totals).toContainText(formatUsd(knownNetWorth));
    await expect(totals).toContainText('1 unpriced');
    const btc = page.getByRole('table', { name: 'Holdings' }).getByRole('row').filter({ hasText: /^BTC/ }).filter({ hasNot: page.locator('.tag--position') });
    await expect(btc).toContainText(formatPrice('95000'));
    await expect(btc).toContainText(formatUsd('190000'));
    // Full precision on hover, and what a copy puts on the clipboard.
    await expect(btc.locator('.amount[data-full="190000"]')).toHaveAttribute('title', '190000');
  } finally {
    await sim.close();
  }
});

test('positions: an account without positions says so', async ({ app, page }) => {
  const sim = await startTreadfi({ userId: 1, username: 'x', accounts: [{ id: '33333333-3333-4333-8333-333333333333', name: 'Spot only', exchange: 'Binance', assets: [{ symbol: 'ETH', assetType: 'token', walletType: 'spot', marketType: 'spot', amount: '1', notional: '3400' }] }] });
  try {
    await page.goto(app.url);
    await connectAndSync(page, sim, 'Spot desk');
    await page.goto(`${app.origin}/#/positions`);
    await expect(page.getByRole('heading', { name: 'No open positions' })).toBeVisible();
    await expectAccessible(page, 'positions (empty)');
  } finally {
    await sim.close();
  }
});
