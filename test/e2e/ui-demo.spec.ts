import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './served-app';
import { call } from './support/api';
import { expectAccessible } from './support/axe';
import { screenshot } from './support/screens';

test.use({ viewport: { width: 1440, height: 900 } });

/** What the real profile's database holds: the demo must never put anything there. */
function realProfileCounts(dataDir: string): { connections: number; snapshots: number } {
  const file = join(dataDir, 'holdfast.sqlite');
  if (!existsSync(file)) return { connections: 0, snapshots: 0 };
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const count = (table: string) => db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
    return { connections: count('connections'), snapshots: count('snapshots') };
  } finally {
    db.close();
  }
}

test('first run: try the demo, find a lived-in year in every view, leave it for the empty real profile', async ({ app, page }) => {
  await page.goto(app.url);
  await expect(page.getByText('No connections yet')).toBeVisible();
  await page.getByRole('button', { name: 'Try with demo data' }).click();

  const badge = page.locator('.demo-badge');
  await expect(badge.getByText('DEMO', { exact: true })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  const info = await call(page, 'app.info', {});
  expect(info.demo).toBe(true);
  expect(info.dataDir).not.toBe(app.dataDir);
  expect(realProfileCounts(app.dataDir)).toEqual({ connections: 0, snapshots: 0 });

  // Every range has a year of history behind it: a line that starts and ends with values, and moves.
  const ranges = page.getByRole('group', { name: 'Range' });
  for (const [label, words] of [
    ['1D', 'the last day'],
    ['1W', 'the last week'],
    ['1M', 'the last month'],
    ['1Y', 'the last year'],
    ['All', 'all time'],
  ] as const) {
    await ranges.getByRole('button', { name: label }).click();
    const chart = page.getByRole('img', { name: new RegExp(`Net worth over ${words}: from \\$`) });
    await expect(chart).toBeVisible();
    const description = (await chart.getAttribute('aria-label')) ?? '';
    const [, first, last] = /from (\S+) to (\S+?)[,.]/.exec(description) ?? [];
    expect(first, description).toMatch(/^\$[\d,]+/);
    expect(first, `${label} should move: ${description}`).not.toBe(last);
    await expect(page.getByText('No history in this range yet')).toHaveCount(0);
  }
  // Change figures over 24 h, 7 d and 30 d come from that history, never "since now".
  const changes = page.locator('.change');
  await expect(changes).toHaveCount(3);
  for (const change of await changes.all()) {
    await expect(change.locator('.change__value')).toBeVisible();
    await expect(change).not.toContainText('no data');
    await expect(change.locator('.change__since')).toHaveCount(0);
  }
  await screenshot(page, 'demo-dashboard');

  // Holdings and positions are populated, and so is a time a year ago.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Holdings' }).click();
  await expect(page.getByRole('heading', { name: 'Holdings', level: 1 })).toBeVisible();
  const yearAgo = await call(page, 'portfolio.holdings', { at: new Date(Date.now() - 300 * 86_400_000).toISOString() });
  expect(yearAgo.holdings.length).toBeGreaterThan(100);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Positions' }).click();
  await expect(page.getByRole('heading', { name: 'Positions', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nothing to show yet' })).toHaveCount(0);

  // Leaving the demo: back to the real profile, still empty, and the demo's folder is gone.
  await page.getByRole('button', { name: 'Leave demo' }).click();
  await expect(page.getByText('No connections yet')).toBeVisible({ timeout: 30_000 });
  await expect(badge).toHaveCount(0);
  const real = await call(page, 'app.info', {});
  expect(real.demo).toBe(false);
  expect(real.dataDir).toBe(app.dataDir);
  expect(await call(page, 'connections.list', {})).toEqual([]);
  expect(realProfileCounts(app.dataDir)).toEqual({ connections: 0, snapshots: 0 });
  expect(existsSync(info.dataDir)).toBe(false);
});

test.describe('serve --demo', () => {
  // Its own demo, for what the shared one cannot undo: alerts that fired, and leaving the demo. One test, as
  // a demo start (a year of history written) costs more than everything it checks.
  test.use({ demo: 'own' });

  test('starts on the demo with its badge; Risk: the account in MARGIN_CALL leads the board, and its alert shows as a toast and in the alert log; leaving the demo opens the real profile', async ({ app, page }) => {
    await page.goto(app.url);
    await expect(page.locator('.demo-badge').getByText('DEMO', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
    // Paused only: this test makes the read that fires the alert itself.
    await call(page, 'sync.pause', {});
    await page.getByRole('link', { name: 'Risk' }).click();
    await expect(page.getByRole('heading', { name: 'Risk', level: 1 })).toBeVisible();
    const risk = await call(page, 'portfolio.risk', {});
    const rows = page.getByRole('table', { name: 'Margin health' }).locator('tbody tr');
    await expect(rows).toHaveCount(risk.accounts.length);
    await expect(rows.first()).toContainText('MARGIN_CALL');
    await expectAccessible(page, 'risk');

    // A read of the venue crosses the status line: the alert fires once, as a toast in browser mode.
    const rapidx = (await call(page, 'connections.list', {})).find((c) => c.venue === 'rapidx');
    if (!rapidx) throw new Error('the demo has no RapidX connection');
    expect(await call(page, 'alerts.list', {})).toEqual([]);
    await call(page, 'sync.now', { connectionId: rapidx.id });
    const fired = await call(page, 'alerts.list', {});
    const marginCalls = fired.filter((a) => a.kind === 'account-status' && a.title.includes('MARGIN_CALL'));
    expect(marginCalls.length).toBeGreaterThan(0);
    const toasts = page.getByRole('region', { name: 'Alerts' });
    await expect(toasts.getByRole('status')).toHaveCount(Math.min(3, fired.length));
    await expect(toasts.getByRole('status').first()).toContainText(fired[0]?.title ?? '');
    // Read again: the same lines are still crossed, so nothing fires anew.
    await call(page, 'sync.now', { connectionId: rapidx.id });
    expect(await call(page, 'alerts.list', {})).toHaveLength(fired.length);
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('list', { name: 'Alert log' }).getByRole('listitem')).toHaveCount(fired.length);
    await expect(page.getByRole('list', { name: 'Alert log' }).getByRole('listitem').filter({ hasText: 'MARGIN_CALL' })).toHaveCount(marginCalls.length);

    // Leaving it: the real profile, empty.
    await page.getByRole('button', { name: 'Leave demo' }).click();
    await expect(page.getByText('No connections yet')).toBeVisible({ timeout: 30_000 });
    expect(realProfileCounts(app.dataDir)).toEqual({ connections: 0, snapshots: 0 });
  });
});
