import type { Page } from '@playwright/test';
import { MASK } from '../../src/renderer/src/format/amount';
import { expect, test } from './served-app';
import { expectAccessible } from './support/axe';
import { hoverChart } from './support/chart';
import { screenshot } from './support/screens';

test.use({ demo: 'shared', viewport: { width: 1440, height: 900 } });

/** Every figure on screen that still tells something about size: digits in an amount, a share, a change, a tooltip or a copy source. */
async function leaks(page: Page): Promise<{ total: number; leaking: string[] }> {
  return page.locator('.amount, .allocation__share, .change__pct, .chart__readout').evaluateAll((elements) => ({
    total: elements.length,
    leaking: elements
      .filter((e) => {
        const text = e.textContent ?? '';
        // The readout's time has digits; its amounts may not.
        const figures = e.classList.contains('chart__readout') ? /\$/.test(text) : /\d/.test(text);
        return figures || e.hasAttribute('data-full') || /\d/.test(e.getAttribute('title') ?? '');
      })
      .map((e) => e.outerHTML.slice(0, 120)),
  }));
}

test('privacy mode masks every amount and share fully, chart readout and text alternative included, until it is turned off', async ({ app, page }) => {
  // Demo start-up and axe are slow while other work shares the machine's two cores.
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel(/Privacy mode/).check();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Privacy' })).toHaveAttribute('aria-pressed', 'true');

  for (const [view, ready] of [
    ['Dashboard', page.getByTestId('net-worth')],
    ['Holdings', page.getByTestId('holdings-totals')],
    ['Positions', page.getByTestId('position-totals')],
  ] as const) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: view }).click();
    await expect(ready).toBeVisible();
    await expect(ready.locator('.amount').first()).toHaveText(MASK);
    const { total, leaking } = await leaks(page);
    expect(total, `${view} shows amounts`).toBeGreaterThan(0);
    expect(leaking, `${view}: figures that give a size away`).toEqual([]);
    if (view === 'Dashboard') {
      await expect(page.getByTestId('net-worth')).toHaveText(MASK);
      await page.getByRole('group', { name: 'Range' }).getByRole('button', { name: 'All' }).click();
      const chart = page.getByRole('img', { name: /Net worth over all time/ });
      await expect(chart).toHaveAttribute('aria-label', /^[^$]*$/);
      // The hover readout: time, masked value, masked change.
      await hoverChart(page, 0.6);
      await expect(page.getByTestId('chart-readout')).toContainText(MASK);
      await expect(page.getByTestId('chart-readout')).not.toContainText('$');
      await expectAccessible(page, 'dashboard (privacy)');
      await screenshot(page, 'dashboard-privacy');
    }
  }

  // Toggled off from the top bar, the figures are readable again.
  await page.getByRole('banner').getByRole('button', { name: 'Privacy' }).click();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Privacy' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('position-totals').locator('.amount').first()).toHaveText(/\$\d/);
  await expect(page.locator('.amount', { hasText: MASK })).toHaveCount(0);
});
