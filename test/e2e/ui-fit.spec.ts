import type { Page } from '@playwright/test';
import { formatPrice, formatUsd } from '../../src/renderer/src/format/amount';
import { expect, test } from './served-app';
import { call } from './support/api';
import { expectAccessible } from './support/axe';

test.use({ demo: 'shared', viewport: { width: 1280, height: 800 } });

/** Amounts that are cut: an ellipsis, or wider than a box that clips them (the amount itself or a cell around it). */
async function cutAmounts(page: Page): Promise<string[]> {
  return page.locator('.amount').evaluateAll((elements) => {
    const style = (globalThis as unknown as { getComputedStyle(e: unknown): { overflowX: string; textOverflow: string } }).getComputedStyle;
    return elements.flatMap((element) => {
      const boxes = [element, element.parentElement, element.parentElement?.parentElement].filter((e) => e !== null && e !== undefined);
      const cut = (element.textContent ?? '').includes('…') || boxes.some((box) => style(box).overflowX !== 'visible' && box.scrollWidth > box.clientWidth + 1);
      return cut ? [`${element.textContent ?? ''} in ${element.parentElement?.outerHTML.slice(0, 80) ?? ''}`] : [];
    });
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`at 1280 px (${theme}): key holdings columns fit, perps are labelled, tiny prices keep their digits, no number is cut on any view`, async ({ app, page }) => {
    await page.goto(app.url);
    await call(page, 'settings.update', { theme });
    await page.goto(`${app.origin}/#/holdings`);
    const table = page.getByRole('table', { name: 'Holdings' });
    const scroller = page.getByLabel('Holdings table, scrollable');
    await expect(page.getByTestId('holdings-totals')).toBeVisible();

    // The key columns, no sideways scrolling; Account, Wallet and Kind wait in the column picker.
    for (const name of ['Asset', 'Venue', 'Exchange', 'Quantity', 'Price', 'Value (USD)']) await expect(table.getByRole('columnheader', { name })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Account' })).toHaveCount(0);
    expect(await scroller.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
    expect(await cutAmounts(page)).toEqual([]);
    await page.getByText('Columns', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Account' }).check();
    await expect(table.getByRole('columnheader', { name: 'Account' })).toBeVisible();
    await page.getByRole('checkbox', { name: 'Account' }).uncheck();
    await page.getByText('Columns', { exact: true }).click();

    // A perp's row says what its figures are: a mark price and its uPnL, not price × quantity.
    const { holdings } = await call(page, 'portfolio.holdings', {});
    const perp = holdings.find((h) => h.kind === 'position' && h.valueUsd !== null);
    if (!perp) throw new Error('the demo has no priced position');
    await page.getByRole('searchbox', { name: 'Search holdings' }).fill(perp.asset);
    const perpRow = table.locator('tbody tr', { hasText: perp.asset }).filter({ has: page.locator('.tag--position') }).first();
    await expect(perpRow.locator('td[data-column="asset"]')).toContainText('Position');
    await expect(perpRow.locator('td[data-column="value"]')).toContainText(`uPnL ${formatUsd(perp.valueUsd)}`);
    await expect(perpRow.locator('td[data-column="price"]')).toContainText('mark');

    // The smallest price keeps its significant figures, the exact value on hover.
    const tiny = holdings.filter((h) => h.priceUsd !== null && Number(h.priceUsd) < 0.0001)[0];
    if (!tiny?.priceUsd) throw new Error('the demo has no sub-0.0001 price');
    await page.getByRole('searchbox', { name: 'Search holdings' }).fill(tiny.asset);
    const price = table.locator(`td[data-column="price"] .amount[data-full="${tiny.priceUsd}"]`).first();
    await expect(price).toHaveText(formatPrice(tiny.priceUsd));
    await expect(price).toHaveText(/^\$0\.0[₀-₉]+\d{1,4}$/);
    // The exact value first; then where the price came from.
    await expect(price).toHaveAttribute('title', new RegExp(`^${tiny.priceUsd.replace('.', '\\.')} — `));
    await page.getByRole('searchbox', { name: 'Search holdings' }).fill('');
    // The light theme's Holdings and Positions are scanned whole by their own specs; here, the dark theme's.
    if (theme === 'dark') await expectAccessible(page, 'holdings at 1280 (dark)');

    for (const [view, ready] of [
      ['Dashboard', page.getByTestId('net-worth')],
      ['Positions', page.getByTestId('position-totals')],
    ] as const) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: view }).click();
      await expect(ready).toBeVisible();
      expect(await cutAmounts(page), view).toEqual([]);
    }
    expect(await page.getByLabel('Positions table, scrollable').evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
    if (theme === 'dark') await expectAccessible(page, 'positions at 1280 (dark)');
  });
}
