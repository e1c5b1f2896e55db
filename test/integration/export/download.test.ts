import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../../src/main/server/http-server';
import { holdingFields } from '../../../src/shared/domain/holding';
import { openSession } from '../../support/browser-session';
import { cell, parseCsv } from './csv-oracle';
import { exportEnv, type ExportEnv } from './export-env';

const decimalFields = new Set<string>(['quantity', 'available', 'locked', 'borrowed', 'equity', 'priceUsd', 'valueUsd', 'exposureUsd', 'unrealizedPnl']);

describe('GET /api/download (browser mode)', () => {
  let env: ExportEnv;
  let server: BrowserServer;
  let bare: BrowserServer;
  let token: string;
  let origin: string;
  let at: string;
  const get = (path: string, headers: Record<string, string> = { Authorization: `Bearer ${token}` }) => fetch(`${origin}${path}`, { headers });

  beforeAll(async () => {
    env = await exportEnv();
    await env.call('sync.now');
    env.clock.frozenAt = Date.now();
    at = new Date(env.clock.frozenAt).toISOString();
    const core = env.core;
    server = await startBrowserServer({ port: 0, rendererDir: '/nonexistent', backend: core });
    bare = await startBrowserServer({ port: 0, rendererDir: '/nonexistent', backend: { dispatch: core.dispatch, events: core.events } });
    ({ session: token, origin } = await openSession(server.url));
  });
  afterAll(async () => {
    await server.close();
    await bare.close();
    await env.stop();
  });

  it('streams the report as a CSV attachment named for its as-of time, equal to the view', async () => {
    const response = await get(`/api/download?report=holdings&at=${encodeURIComponent(at)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="holdfast-holdings-${at.slice(0, 10)}T${at.slice(11, 13)}${at.slice(14, 16)}Z.csv"`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const view = await env.call('portfolio.holdings', { at });
    expect(parseCsv(Buffer.from(await response.arrayBuffer()))).toEqual([
      [...holdingFields, 'asOf'],
      ...view.holdings.map((h) => [...holdingFields.map((f) => cell(h[f], decimalFields.has(f) ? 'number' : 'text')), view.asOf]),
    ]);
  });

  it('serves every report', async () => {
    for (const query of ['report=positions', 'report=by-asset', 'report=history&range=1w']) {
      const response = await get(`/api/download?${query}`);
      expect(response.status, query).toBe(200);
      expect(parseCsv(await response.text()).length, query).toBeGreaterThan(1);
    }
  });

  it.each([
    ['', 'Bad download request: report must be one of holdings, positions, by-asset, history, exposure, changes.'],
    ['?report=everything', 'Bad download request: report must be one of holdings, positions, by-asset, history, exposure, changes.'],
    ['?report=holdings&at=yesterday', 'Bad download request: at must be an ISO-8601 UTC time such as 2026-11-21T10:30:00Z.'],
    ['?report=history&range=5y', 'Bad download request: range must be one of 1d, 1w, 1m, 1y, all.'],
    ['?report=holdings&at=2999-01-01T00:00:00Z', 'The "as of" time is in the future.'],
  ])('answers 400 with a sentence for %j', async (query, sentence) => {
    const response = await get(`/api/download${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe(sentence);
  });

  it('is behind the same guard as every other route: session token, Host, Origin; a cookie is no session', async () => {
    expect((await get('/api/download?report=holdings', {})).status).toBe(401);
    expect((await get('/api/download?report=holdings', { Authorization: `Bearer ${token}`, Origin: 'http://evil.example' })).status).toBe(403);
    expect((await get('/api/download?report=holdings', { Cookie: `holdfast_token_${new URL(origin).port}=${token}` })).status).toBe(401);
  });

  it('says so where the server was started without exports', async () => {
    const opened = await openSession(bare.url);
    const response = await fetch(`${opened.origin}/api/download?report=holdings`, { headers: { Authorization: `Bearer ${opened.session}` } });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ ok: false, error: { code: 'not_found', message: 'This server was started without CSV exports.' } });
  });
});
