import { formatUsd } from '../../src/renderer/src/format/amount';
import { toLocalInput } from '../../src/renderer/src/format/date';
import { expect, test } from './served-app';
import { call } from './support/api';
import { expectAccessible } from './support/axe';
import { connectAndSync } from './support/connect';
import { screenshot } from './support/screens';
import { knownData, knownNetWorth, startTreadfi } from './support/sims';

test.use({ viewport: { width: 1280, height: 800 } });

test('"as of" offers the first and latest snapshot, and refuses a time before history starts with a sentence instead of an empty portfolio', async ({ app, page }) => {
  const sim = await startTreadfi(knownData);
  try {
    await page.goto(app.url);
    await connectAndSync(page, sim, 'Known desk');
    await call(page, 'sync.pause', {});
    const { first } = await call(page, 'history.bounds', {});
    if (first === null) throw new Error('no history after a sync');
    // The picker works to the second: its first pickable instant is the first snapshot's second, rounded up.
    const firstSecond = new Date(Math.ceil(Date.parse(first) / 1000) * 1000).toISOString();

    await page.goto(`${app.origin}/#/holdings`);
    const picker = page.getByRole('form', { name: 'Time travel' });
    const input = picker.getByLabel('As of');
    await expect(input).toHaveAttribute('min', toLocalInput(firstSecond));
    await expect(picker.getByRole('button', { name: 'Latest' })).toBeDisabled();

    await input.fill(toLocalInput(new Date(Date.parse(first) - 3_600_000).toISOString()));
    await picker.getByRole('button', { name: 'Show' }).click();
    await expect(picker.getByRole('alert')).toHaveText(/^History starts .*\d{4}.* — pick a later time\.$/);
    await expect(page.getByRole('status').filter({ hasText: 'Past snapshot.' })).toHaveCount(0);
    await expect(page.getByText('No holdings at that time')).toHaveCount(0);
    await expectAccessible(page, 'holdings, as of refused', picker);
    await screenshot(page, 'as-of-before-history');

    await input.fill(toLocalInput(new Date(Date.now() + 86_400_000).toISOString()));
    await picker.getByRole('button', { name: 'Show' }).click();
    await expect(picker.getByRole('alert')).toHaveText('That is in the future; choose a past time.');

    await picker.getByRole('button', { name: 'First snapshot' }).click();
    await expect(picker.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Past snapshot.' })).toBeVisible();
    await expect(input).toHaveValue(toLocalInput(firstSecond));
    await expect(page.getByTestId('holdings-totals')).toContainText(formatUsd(knownNetWorth));

    await picker.getByRole('button', { name: 'Latest' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Past snapshot.' })).toHaveCount(0);
    await expect(input).toHaveValue('');

    await call(page, 'settings.update', { theme: 'dark' });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await input.fill(toLocalInput(new Date(Date.parse(first) - 60_000).toISOString()));
    await picker.getByRole('button', { name: 'Show' }).click();
    await expect(picker.getByRole('alert')).toContainText('History starts');
    await expectAccessible(page, 'holdings, as of refused (dark)', picker);
  } finally {
    await sim.close();
  }
});
