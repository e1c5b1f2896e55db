import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { formatUsd } from '../../src/renderer/src/format/amount';
import { startServeProcess, stopServeProcess } from '../support/serve-process';
import { expect, test } from './served-app';
import { call } from './support/api';
import { expectAccessible } from './support/axe';
import { connectAndSync } from './support/connect';
import { knownData, knownNetWorth, startTreadfi } from './support/sims';

test.use({ viewport: { width: 1280, height: 800 } });

/**
 * What sets or clears a state is the summary's next poll, every 5 s (src/renderer/src/stores/summary-store.ts).
 * Each test installs the page's clock before it loads and jumps it to that poll instead of waiting 5 s.
 */
const POLL_MS = 5_000;
const nextPoll = (page: Page) => page.clock.fastForward(POLL_MS);

test('status: Loading before the first answer, Live, Offline while requests fail and cleared by the next good poll, Stale beside a failing connection', async ({ app, page }) => {
  const sim = await startTreadfi(knownData);
  const doomed = await startTreadfi();
  try {
    await page.clock.install();
    await page.goto(app.url);
    await connectAndSync(page, sim, 'Known desk');
    const status = page.getByRole('banner').getByRole('status').filter({ has: page.locator('.pill') });

    // Before the first summary arrives the bar says so; it never claims "Live" with nothing read.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/portfolio.summary', async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    await expect(status.locator('.pill')).toHaveText('Loading');
    release();
    await expect(status.locator('.pill')).toHaveText('Live');
    await page.unroute('**/api/portfolio.summary');
    await expect(page.getByTestId('net-worth')).toContainText(formatUsd(knownNetWorth));

    // Nothing answers: Offline, with the reason, and no health card claims "OK".
    await page.route(`${app.origin}/**`, (route) => route.abort('connectionrefused'));
    await nextPoll(page);
    await expect(status.locator('.pill')).toHaveText('Offline');
    await expect(status).toContainText('not answering');
    await expect(page.getByRole('alert').filter({ hasText: 'not answering' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Connection health' }).getByRole('listitem')).not.toContainText('OK');
    await expect(page.getByTestId('net-worth')).toContainText(formatUsd(knownNetWorth));
    await expectAccessible(page, 'dashboard (offline)', page.getByRole('banner').or(page.getByRole('region', { name: 'Connection health' })));

    // It answers again: the next good poll clears it, with no reload.
    await page.unroute(`${app.origin}/**`);
    await nextPoll(page);
    await expect(status.locator('.pill')).toHaveText('Live');
    await expect(page.getByText('not answering')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Connection health' }).getByRole('listitem')).toContainText('OK');

    // A second connection fails: the bar says Stale and names it, never Live beside it.
    await connectAndSync(page, doomed, 'Doomed desk');
    await doomed.close();
    await call(page, 'sync.now', {});
    await nextPoll(page);
    await expect(status.locator('.pill')).toHaveText('Stale');
    await expect(status).toContainText('Doomed desk is failing');
    await expect(page.getByRole('status').filter({ hasText: 'Doomed desk is failing' }).last()).toBeVisible();
  } finally {
    await Promise.all([sim.close(), doomed.close().catch(() => undefined)]);
  }
});

test('status: holdfast serve stopped says Offline (server not answering); restarted on the same port and data, the page says its session is over, and the new link is Live', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'holdfast-e2e-'));
  const keychain = `holdfast-test-${randomUUID()}`;
  const sim = await startTreadfi(knownData);
  let served = await startServeProcess(dataDir, [], keychain);
  try {
    const port = new URL(served.url).port;
    await page.clock.install();
    await page.goto(served.url);
    await connectAndSync(page, sim, 'Known desk');
    // The page opened on Connections (nothing was connected yet); the dashboard is one click away, no reload.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    const status = page.getByRole('banner').getByRole('status').filter({ has: page.locator('.pill') });
    await expect(status.locator('.pill')).toHaveText('Live');
    await expect(page.getByTestId('net-worth')).toContainText(formatUsd(knownNetWorth));

    await stopServeProcess(served.child);
    await nextPoll(page);
    await expect(status.locator('.pill')).toHaveText('Offline');
    await expect(status).toContainText('not answering');
    await expect(page.getByTestId('net-worth')).toContainText(formatUsd(knownNetWorth));

    served = await startServeProcess(dataDir, ['--port', port], keychain);
    // It answers again, but this tab's session was the old run's: the reason changes, nothing claims Live,
    // and the figures stay.
    await nextPoll(page);
    await expect(status).not.toContainText('not answering');
    await expect(status.locator('.pill')).toHaveText('Offline');
    await expect(status).toContainText('This page’s session is no longer valid. Open the newest link that “holdfast serve” printed');
    await expect(page.getByRole('alert').filter({ hasText: 'session is no longer valid' })).toBeVisible();
    await expect(page.getByTestId('net-worth')).toContainText(formatUsd(knownNetWorth));
    // The link the new run printed opens a new session in this tab, on the same data: Live again.
    await page.goto(served.url);
    await expect(status.locator('.pill')).toHaveText('Live');
    await expect(page.getByTestId('net-worth')).toContainText(formatUsd(knownNetWorth));
  } finally {
    await stopServeProcess(served.child);
    await sim.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
