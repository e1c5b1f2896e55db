import { formatUsd } from '../../src/renderer/src/format/amount';
import { expect, test } from './served-app';
import { screenshot } from './support/screens';
import { knownData, knownNetWorth, startTreadfi } from './support/sims';

test.use({ viewport: { width: 1440, height: 900 } });

test('keyboard only: add a connection, sync it, read its holdings', async ({ app, page }) => {
  const sim = await startTreadfi(knownData);
  try {
    await page.goto(app.url);
    await expect(page.getByText('No connections yet')).toBeVisible();
    const keys = page.keyboard;

    // Escape closes the palette and gives focus back to where it was.
    const addButton = page.getByRole('button', { name: 'Add connection' });
    await addButton.focus();
    await keys.press('Control+K');
    await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
    await keys.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeHidden();
    await expect(addButton).toBeFocused();

    await keys.press('Control+K');
    await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
    await keys.type('add conn');
    await keys.press('Enter');
    const form = page.getByRole('form', { name: 'Add a connection' });
    await expect(form.getByLabel('Venue')).toBeFocused();
    await keys.type('Tread');
    await expect(form.getByLabel('Venue')).toHaveValue('treadfi');
    await keys.press('Tab');
    await expect(form.getByLabel('Label')).toBeFocused();
    await keys.type('Keyboard desk');
    await keys.press('Tab');
    await keys.type('Custom');
    await expect(form.getByLabel('Server')).toHaveValue('custom');
    await keys.press('Tab');
    await expect(form.getByLabel('Base URL')).toBeFocused();
    await keys.type(sim.baseUrl);
    await keys.press('Tab');
    await expect(form.getByLabel('API token')).toBeFocused();
    // Focus is visible: the outline the stylesheet draws for :focus-visible.
    await expect(form.getByLabel('API token')).toHaveCSS('outline-style', 'solid');
    await keys.type(sim.credentials.token);
    await keys.press('Enter');
    await expect(form).toBeHidden();
    await expect(page.getByRole('table', { name: 'Connections' }).getByRole('row').filter({ hasText: 'Keyboard desk' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add connection' })).toBeFocused();

    await keys.press('Control+K');
    await keys.type('sync now');
    await keys.press('Enter');
    await expect(page.getByRole('banner')).toContainText('Synced 1 connection.');

    await keys.press('Control+K');
    await keys.type('holdings');
    await expect(page.getByRole('option', { name: 'Go to Holdings' })).toHaveAttribute('aria-selected', 'true');
    await keys.press('Enter');
    await expect(page.getByRole('heading', { name: 'Holdings', level: 1 })).toBeFocused();
    await expect(page.getByTestId('holdings-totals')).toContainText(formatUsd(knownNetWorth));
    // Tab reaches the table's controls: the search box, then on to the sortable headings.
    await keys.press('Tab');
    await expect(page.getByLabel('As of')).toBeFocused();
    await screenshot(page, 'keyboard-holdings');
  } finally {
    await sim.close();
  }
});
