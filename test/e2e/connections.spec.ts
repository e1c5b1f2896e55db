import type { Page } from '@playwright/test';
import { expect, test } from './served-app';
import { screenshot } from './support/screens';

interface VenueCase {
  venue: string;
  name: string;
  label: string;
  fields: Record<string, string>;
  hint: string;
}

const cases: VenueCase[] = [
  { venue: 'rapidx', name: 'RapidX', label: 'RapidX main', fields: { 'API key': 'rx-k0000111122223333f3a1', 'API secret': 'rx-secret-value-1' }, hint: 'rx-k…f3a1' },
  { venue: 'connex', name: 'ConneX', label: 'ConneX prime', fields: { 'API key': 'cx-k9999888877776666aa02', 'API secret': 'cx-secret-value-2' }, hint: 'cx-k…aa02' },
  { venue: 'ltp', name: 'LTP', label: 'LTP DMA', fields: { 'API key': 'lt-k5555444433332222bb03', 'API secret': 'lt-secret-value-3' }, hint: 'lt-k…bb03' },
  { venue: 'cadenza', name: 'Cadenza', label: 'Cadenza desk', fields: { Email: 'ops@fund.example', Password: 'cadenza-pass-4' }, hint: 'o…@fund.example' },
  { venue: 'treadfi', name: 'Tread.fi', label: 'Tread.fi algo', fields: { 'API token': 'tf-token-0000aaaabbbbcc05' }, hint: '…cc05' },
];

async function addConnection(page: Page, c: VenueCase): Promise<void> {
  await page.getByRole('button', { name: 'Add connection' }).click();
  const form = page.getByRole('form', { name: 'Add a connection' });
  await form.getByLabel('Venue').selectOption(c.venue);
  await form.getByLabel('Label').fill(c.label);
  for (const [label, value] of Object.entries(c.fields)) await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByRole('button', { name: 'Add connection' }).click();
  // The venues' real hosts are out of reach here: the read on save fails, and the user keeps it anyway.
  await form.getByRole('button', { name: 'Save anyway' }).click();
  await expect(form).toBeHidden();
}

test('adds a connection of each venue, lists it masked, edits a label, removes one', async ({ app, page }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Connections', exact: true })).toBeVisible();
  await expect(page.getByText('No connections yet')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`^${app.origin}/$`));

  for (const c of cases) await addConnection(page, c);

  const table = page.getByRole('table', { name: 'Connections' });
  for (const c of cases) {
    const row = table.getByRole('row').filter({ hasText: c.label });
    await expect(row).toContainText(c.name);
    await expect(row).toContainText(c.hint);
    for (const secret of Object.values(c.fields).filter((v) => !v.includes('@'))) await expect(table).not.toContainText(secret);
  }
  await screenshot(page, 'connections', true);

  await table.getByRole('button', { name: 'Edit LTP DMA' }).click();
  const editForm = page.getByRole('form', { name: 'Edit “LTP DMA”' });
  await editForm.getByLabel('Label').fill('LTP DMA (Binance)');
  await editForm.getByRole('button', { name: 'Save' }).click();
  await expect(table.getByRole('row').filter({ hasText: 'LTP DMA (Binance)' })).toContainText('lt-k…bb03');

  await table.getByRole('button', { name: 'Remove ConneX prime' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove “ConneX prime”?' });
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(table.getByRole('row').filter({ hasText: 'ConneX prime' })).toHaveCount(0);
  await expect(table.getByRole('row')).toHaveCount(cases.length);

  await page.reload();
  // With connections, a fresh page opens on the Dashboard; Connections is one click away.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Connections' }).click();
  await expect(page.getByRole('table', { name: 'Connections' }).getByRole('row')).toHaveCount(cases.length);
});

test('shows validation errors next to the fields, and refuses remote http', async ({ app, page }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Add connection' }).click();
  const form = page.getByRole('form', { name: 'Add a connection' });
  await form.getByLabel('Server').selectOption('custom');
  await form.getByLabel('Base URL').fill('http://api.liquiditytech.com');
  await form.getByRole('button', { name: 'Add connection' }).click();
  await expect(form.getByText('Label is required')).toBeVisible();
  await expect(form.getByText('API key is required')).toBeVisible();
  await expect(form.getByText(/Base URL must start with https:\/\//)).toBeVisible();
  await expect(form.getByLabel('Label')).toHaveAttribute('aria-invalid', 'true');
  await screenshot(page, 'connections-validation', true);
});

test('a wrong token gets 401 and shows nothing of the app', async ({ app, page }) => {
  const response = await page.goto(`${app.origin}/?token=not-the-token`);
  expect(response?.status()).toBe(401);
  await expect(page.locator('#root')).toHaveCount(0);
  await expect(page.locator('body')).toContainText('Unauthorized');
  const api = await page.request.post(`${app.origin}/api/connections.list`, { data: {} });
  expect(api.status()).toBe(401);
});
