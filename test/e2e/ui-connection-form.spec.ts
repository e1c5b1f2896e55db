import type { Page } from '@playwright/test';
import { expect, test } from './served-app';
import { call } from './support/api';
import { expectAccessible } from './support/axe';
import { knownData, startTreadfi } from './support/sims';

test.use({ viewport: { width: 1280, height: 800 } });

async function fillForm(page: Page, label: string, baseUrl: string, token: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a connection' });
  await form.getByLabel('Venue').selectOption('treadfi');
  await form.getByLabel('Label').fill(label);
  await form.getByLabel('Server').selectOption('custom');
  await form.getByLabel('Base URL').fill(baseUrl);
  await form.getByLabel('API token').fill(token);
  await form.getByRole('button', { name: 'Add connection' }).click();
}

test('connection form: tested on save, kept only if the user says so; a duplicate label is refused with a sentence; no broken copy', async ({ app, page }) => {
  const sim = await startTreadfi(knownData);
  const gone = await startTreadfi();
  await gone.close(); // a URL where nothing answers
  try {
    await page.goto(`${app.url}#/connections`);
    const form = page.getByRole('form', { name: 'Add a connection' });
    const list = page.getByRole('table', { name: 'Connections' });

    // Unreachable: the form says so and offers both ways out; "Remove it" leaves nothing behind.
    await page.getByRole('button', { name: 'Add connection' }).click();
    await fillForm(page, 'Down desk', gone.baseUrl, gone.credentials.token);
    const problem = form.getByRole('alert').filter({ hasText: '“Down desk” could not be read' });
    await expect(problem).toBeVisible({ timeout: 30_000 });
    await expectAccessible(page, 'connection form (unreachable)', form);
    await problem.getByRole('button', { name: 'Remove it' }).click();
    await expect(problem).toBeHidden();
    await expect.poll(async () => (await call(page, 'connections.list', {})).length).toBe(0);

    // Corrected, it reads and the form closes.
    await form.getByLabel('Base URL').fill(sim.baseUrl);
    await form.getByLabel('API token').fill(sim.credentials.token);
    await form.getByRole('button', { name: 'Add connection' }).click();
    await expect(form).toBeHidden({ timeout: 30_000 });
    await expect(list.getByRole('row').filter({ hasText: 'Down desk' })).toBeVisible();

    // The same label again is refused, beside the field, and nothing is added.
    await page.getByRole('button', { name: 'Add connection' }).click();
    await fillForm(page, 'down desk', sim.baseUrl, sim.credentials.token);
    await expect(form.getByText('Another connection is already called “Down desk”; choose a different label.')).toBeVisible();
    await expect(form.getByLabel('Label')).toHaveAttribute('aria-invalid', 'true');
    expect((await call(page, 'connections.list', {})).length).toBe(1);

    // "Save anyway" keeps an unreachable one; its banner reads as a sentence.
    await fillForm(page, 'Spare desk', gone.baseUrl, gone.credentials.token);
    await form.getByRole('button', { name: 'Save anyway' }).click({ timeout: 30_000 });
    await expect(form).toBeHidden();
    await expect(list.getByRole('row').filter({ hasText: 'Spare desk' })).toBeVisible();
    await call(page, 'sync.now', {});
    const banner = page.locator('.banner').filter({ hasText: 'Spare desk is failing' });
    await expect(banner).toContainText('nothing read from it yet.', { timeout: 30_000 });
    await expect(page.locator('body')).not.toContainText('no data old');

    // A transport error reads as a sentence, with no raw Markdown backticks.
    await page.route('**/api/connections.list', (route) => route.abort('connectionrefused'));
    await page.reload();
    await expect(page.getByRole('alert').filter({ hasText: 'not answering' }).first()).toBeVisible();
    await expect(page.locator('body')).not.toContainText('`');
  } finally {
    await sim.close();
  }
});
