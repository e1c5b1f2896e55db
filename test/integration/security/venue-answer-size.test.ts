import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { maxAnswerBytes } from '../../../src/main/venues/shared/answer-limits';
import { createVenueHttp } from '../../../src/main/venues/shared/http';
import { simCore, type SimCore } from '../../support/sim-core';

const noRetry = { timeoutMs: 60_000, retry: { limit: 0, baseDelayMs: 1, maxDelayMs: 1 } };
const rate = { count: 100, perMs: 1_000 };

describe('a venue answer is capped at its venue limit', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
  });

  async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
    server = createServer(handler);
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('stops reading an endless answer at the limit and says so', async () => {
    let written = 0;
    let clientLeft = false;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const base = await serve((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.on('close', () => (clientLeft = true));
      // Never ends: only a client that stops reading ends this answer.
      const pump = () => {
        while (!response.destroyed && response.write(chunk)) written += chunk.length;
        if (!response.destroyed) response.once('drain', pump);
      };
      pump();
    });
    const http = createVenueHttp('connex', base, noRetry);
    await expect(http.send({ method: 'GET', path: '/api/v1/trading/portfolio/assets', endpointClass: 'size', rate })).rejects.toMatchObject({
      kind: 'bad_response',
      message: 'ConneX sent an answer Holdfast does not understand (GET /api/v1/trading/portfolio/assets: the answer passed 4 MiB, the most Holdfast reads of one answer, so it stopped reading). Holdfast kept your last good data. The venue may have changed its API; please report this.',
    });
    await expect.poll(() => clientLeft).toBe(true);
    // The socket buffers a little past the cut; nothing near an unbounded read.
    expect(written).toBeLessThan(maxAnswerBytes.connex * 2);
  });

  it('refuses a declared Content-Length over the limit before reading it', async () => {
    const base = await serve((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(300 * 1024 * 1024) });
      response.write('{"code":200000,"data":');
    });
    const http = createVenueHttp('treadfi', base, noRetry);
    await expect(http.send({ method: 'GET', path: '/api/accounts/', endpointClass: 'size', rate })).rejects.toMatchObject({
      kind: 'bad_response',
      message: expect.stringContaining('GET /api/accounts/: the answer is 300 MiB, more than the 16 MiB Holdfast reads of one answer'),
    });
  });

  it('reads an answer just under the limit in full, parsed with exact numbers', async () => {
    const padding = ' '.repeat(maxAnswerBytes.cadenza - 100);
    const base = await serve((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(`{"n":12345678901234567890${padding}}`);
    });
    const answer = await createVenueHttp('cadenza', base, noRetry).send({ method: 'GET', path: '/x', endpointClass: 'size', rate });
    expect((answer.body as { n: string }).n).toBe('12345678901234567890');
  });
});

describe('an oversized answer in a sync', () => {
  let env: SimCore;
  afterEach(() => env.stop());

  it('fails that connection with bad_response and its size; the other connection reads and the last good data stays', async () => {
    // Reading 16 MiB takes a moment on a busy machine: a timeout this long never decides this test.
    env = await simCore(['rapidx', 'connex'], { http: noRetry });
    const first = await env.call('sync.now');
    expect(first.map((o) => o.ok)).toEqual([true, true]);
    const good = await env.call('portfolio.summary');

    env.sims[0]?.faults.set({ kind: 'oversized', times: 100, megabytes: 64 });
    const outcomes = await env.call('sync.now');
    const rapidx = outcomes.find((o) => o.venue === 'rapidx');
    const connex = outcomes.find((o) => o.venue === 'connex');
    expect(rapidx).toMatchObject({ ok: false, error: { kind: 'bad_response' } });
    expect(rapidx?.error?.message).toContain('GET /api/v1/user/asset: the answer passed 16 MiB, the most Holdfast reads of one answer, so it stopped reading');
    expect(connex).toMatchObject({ ok: true, error: null });
    expect(connex?.holdings).toBeGreaterThan(0);

    const after = await env.call('portfolio.summary');
    expect(after.netWorthUsd).toBe(good.netWorthUsd);
    const rapidxAfter = after.connections.find((c) => c.venue === 'rapidx');
    expect(rapidxAfter).toMatchObject({ status: 'error', holdingCount: good.connections.find((c) => c.venue === 'rapidx')?.holdingCount, lastError: { kind: 'bad_response' } });
    const log = await env.call('sync.log', { id: env.connections[0]?.id ?? '' });
    expect(log[0]).toMatchObject({ kind: 'bad_response', message: expect.stringContaining('16 MiB') });
  });
});
