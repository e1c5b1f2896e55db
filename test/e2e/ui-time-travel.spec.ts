import { sumDecimals } from '../../src/shared/decimal';
import { formatUsd } from '../../src/renderer/src/format/amount';
import { toLocalInput } from '../../src/renderer/src/format/date';
import { expect, test } from './served-app';
import { call } from './support/api';
import { connectAndSync } from './support/connect';
import { screenshot } from './support/screens';
import { knownData, knownNetWorth, startTreadfi } from './support/sims';

test.use({ viewport: { width: 1440, height: 900 } });

test('time travel: "as of" an earlier instant shows that snapshot’s totals, labelled as past', async ({ app, page }) => {
  const first = await startTreadfi(knownData);
  const second = await startTreadfi();
  try {
    await page.goto(app.url);
    await connectAndSync(page, first, 'Known desk');
    // The picker works to the second: the past instant is a whole second after the first read and before the second.
    const past = new Date(Math.ceil((Date.now() + 1) / 1000) * 1000);
    // Wait for the clock itself to pass that second (not a guessed pause): the second read is then after it.
    await expect.poll(() => Date.now(), { timeout: 5_000 }).toBeGreaterThan(past.getTime() + 1_000);
    await connectAndSync(page, second, 'Seeded desk');

    const now = await call(page, 'portfolio.holdings', {});
    const then = await call(page, 'portfolio.holdings', { at: past.toISOString() });
    expect(then.totalUsd).toBe(knownNetWorth);
    expect(now.totalUsd).not.toBe(then.totalUsd);
    expect(now.totalUsd).toBe(sumDecimals(now.holdings.flatMap((h) => (h.valueUsd === null ? [] : [h.valueUsd]))));

    await page.goto(`${app.origin}/#/holdings`);
    const totals = page.getByTestId('holdings-totals');
    await expect(totals).toContainText(formatUsd(now.totalUsd));
    await page.getByLabel('As of').fill(toLocalInput(past.toISOString()));
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Past snapshot.' })).toBeVisible();
    await expect(page.getByRole('banner').getByText('Past', { exact: true })).toBeVisible();
    await expect(totals).toContainText(formatUsd(then.totalUsd));
    await expect(totals).toContainText(`${then.holdings.length} holdings`);
    await screenshot(page, 'holdings-past');

    // Positions follow the same instant.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Positions' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Past snapshot.' })).toBeVisible();
    const positionsThen = await call(page, 'positions.list', { at: past.toISOString() });
    await expect(page.getByRole('table', { name: 'Positions' }).locator('tbody tr')).toHaveCount(positionsThen.positions.length);

    // The Dashboard does not follow the instant, and says so while "Past" is in the bar.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Live figures.' })).toContainText('The dashboard always shows now');
    await expect(page.getByRole('banner').getByText('Past', { exact: true })).toBeVisible();

    await page.getByRole('banner').getByRole('button', { name: 'Back to now' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Live figures.' })).toHaveCount(0);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Holdings' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Past snapshot.' })).toHaveCount(0);
    await expect(totals).toContainText(formatUsd(now.totalUsd));
  } finally {
    await Promise.all([first.close(), second.close()]);
  }
});
