import { formatUsd } from '../../src/renderer/src/format/amount';
import { expect, test } from './served-app';
import { call } from './support/api';
import { expectAccessible } from './support/axe';

test.use({ demo: 'shared', viewport: { width: 1440, height: 900 } });

test('Exposure: every coin with its stance, legs and net USD as the core computes them; reachable by keyboard', async ({ app, page }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  // Keyboard: the command palette opens the view.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Go to Exposure');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Exposure', level: 1 })).toBeVisible();

  const view = await call(page, 'portfolio.exposure', {});
  const table = page.getByRole('table', { name: 'Net exposure per coin' });
  await expect(table.locator('tbody tr')).toHaveCount(view.underlyings.length);
  for (const u of view.underlyings.slice(0, 5)) {
    const row = table.locator(`tr[data-underlying="${u.underlying}"]`);
    await expect(row).toContainText(u.netQuantity);
    if (u.netUsd !== null) await expect(row).toContainText(formatUsd(u.netUsd));
    await expect(row.locator('.legs li')).toHaveCount(u.legs.length);
  }
  await expectAccessible(page, 'exposure');
});

test('What changed: the totals add up and equal net worth then and now', async ({ app, page }) => {
  await page.goto(`${app.url}`);
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'What changed' }).click();
  await expect(page.getByRole('heading', { name: 'What changed', level: 1 })).toBeVisible();
  const totals = page.getByTestId('changes-totals');
  await expect(totals).toBeVisible();
  const rows = page.getByRole('table', { name: 'Changes per asset' }).locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  // The figures on screen are the core's: change = price effect + quantity effect, to the cent.
  const change = await totals.locator('div', { hasText: 'Change' }).locator('.amount').getAttribute('data-full');
  const price = await totals.locator('div', { hasText: 'from prices' }).locator('.amount').getAttribute('data-full');
  const quantity = await totals.locator('div', { hasText: 'from quantities' }).locator('.amount').getAttribute('data-full');
  expect(Number(change)).toBeCloseTo(Number(price) + Number(quantity), 6);
  await page.getByRole('button', { name: '7 d ago' }).click();
  await expect(page.getByRole('button', { name: '7 d ago' })).toHaveAttribute('aria-pressed', 'true');
  await expectAccessible(page, 'changes');
});

test('Positions: liquidation price and distance, closest to liquidation first, "none" where the venue gives no price', async ({ app, page }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Positions' }).click();
  const { positions } = await call(page, 'positions.list', {});
  const withDistance = positions.filter((p) => p.distanceToLiquidation !== null).sort((a, b) => Number(a.distanceToLiquidation) - Number(b.distanceToLiquidation));
  expect(withDistance.length).toBeGreaterThan(0);
  const rows = page.getByRole('table', { name: 'Positions' }).locator('tbody tr');
  await expect(rows).toHaveCount(positions.length);
  await expect(rows.first().locator('[data-column="distance"]')).toHaveText(`${(Number(withDistance[0]?.distanceToLiquidation) * 100).toFixed(2)} %`);
  const cannot = positions.filter((p) => p.liquidationPrice === null).length;
  expect(cannot).toBeGreaterThan(0);
  await expect(rows.locator('[data-column="liquidation"]', { hasText: /^none$/ })).toHaveCount(cannot);
  await expectAccessible(page, 'positions-liquidation');
});
