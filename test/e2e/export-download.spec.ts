import type { APIRequestContext } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { holdingFields, type Holding } from '../../src/shared/domain/holding';
import type { HoldingsView } from '../../src/shared/domain/portfolio';
import { expect, test } from './served-app';
import { openSession } from '../support/browser-session';
import { sessionHeaders } from './support/api';

test.use({ demo: 'shared' });

const decimalFields = new Set<string>(['quantity', 'available', 'locked', 'borrowed', 'equity', 'priceUsd', 'valueUsd', 'exposureUsd', 'unrealizedPnl']);
const guarded = (text: string) => (/^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text) ? `'${text}` : text);
const cellOf = (holding: Holding, field: keyof Holding) => {
  const value = holding[field];
  return value === null ? '' : decimalFields.has(field) ? value : guarded(value);
};

/** What the Export button does: a one-time ticket asked for with a session, then a plain GET. */
async function ticketFor(api: APIRequestContext, origin: string, headers: Record<string, string>, request: Record<string, string>): Promise<string> {
  const reply = await api.post(`${origin}/api/download/ticket`, { data: request, headers });
  const body = (await reply.json()) as { ok: boolean; data?: { ticket: string }; error?: { message: string } };
  if (!body.data) throw new Error(body.error?.message ?? 'no ticket');
  return body.data.ticket;
}

test('browser mode downloads the holdings CSV with the page session, equal to /api/portfolio.holdings', async ({ app, page }) => {
  // Opening the printed URL trades its one-time token for the page's session, kept in the page.
  await page.goto(app.url);
  const response = await page.request.get(`${app.origin}/api/download?ticket=${await ticketFor(page.request, app.origin, await sessionHeaders(page), { report: 'holdings' })}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const disposition = response.headers()['content-disposition'] ?? '';
  expect(disposition).toMatch(/^attachment; filename="holdfast-holdings-\d{4}-\d\d-\d\dT\d{4}Z\.csv"$/);

  const rows = parse(await response.body(), { bom: true }) as string[][];
  expect(rows[0]).toEqual([...holdingFields, 'asOf']);
  const asOf = rows[1]?.at(-1) ?? '';
  expect(disposition).toContain(`${asOf.slice(0, 10)}T${asOf.slice(11, 13)}${asOf.slice(14, 16)}Z`);

  // The same as-of time through the contract: the figures on screen, to the last digit.
  const reply = await page.request.post(`${app.origin}/api/portfolio.holdings`, { data: { at: asOf }, headers: await sessionHeaders(page) });
  const view = ((await reply.json()) as { ok: true; data: HoldingsView }).data;
  expect(view.holdings.length).toBeGreaterThan(20);
  expect(rows.slice(1)).toEqual(view.holdings.map((h) => [...holdingFields.map((f) => cellOf(h, f)), view.asOf]));
});

test('a bad report is a 400 with a sentence, and no session is no download', async ({ app, playwright }) => {
  // The API alone: the link traded for a session as the page trades it, with no page to render.
  const { headers } = await openSession(app.url);
  const api = await playwright.request.newContext();
  const bad = await api.post(`${app.origin}/api/download/ticket`, { data: { report: 'everything' }, headers });
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/^Bad download request: report must be one of holdings, .+\.$/);
  const stranger = await playwright.request.newContext();
  expect((await stranger.get(`${app.origin}/api/download?report=holdings`)).status()).toBe(401);
  const ticket = await ticketFor(api, app.origin, headers, { report: 'holdings' });
  expect((await stranger.get(`${app.origin}/api/download?ticket=${ticket}`)).status()).toBe(200);
  expect((await stranger.get(`${app.origin}/api/download?ticket=${ticket}`)).status()).toBe(410);
  await stranger.dispose();
  await api.dispose();
});

test('the Export button on Holdings downloads the file and says so', async ({ app, page }) => {
  await page.goto(`${app.url}#/holdings`);
  await expect(page.getByTestId('holdings-totals')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export holdings' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^holdfast-holdings-\d{4}-\d\d-\d\dT\d{4}Z\.csv$/);
  await expect(page.getByRole('status').filter({ hasText: 'Download started.' })).toBeVisible();
  const rows = parse(await readFile((await download.path()) ?? ''), { bom: true }) as string[][];
  const reply = await page.request.post(`${app.origin}/api/portfolio.holdings`, { data: { at: rows[1]?.at(-1) }, headers: await sessionHeaders(page) });
  expect(rows.length - 1).toBe(((await reply.json()) as { data: HoldingsView }).data.holdings.length);
});
