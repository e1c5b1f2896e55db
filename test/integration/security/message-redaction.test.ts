import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../../src/main/venues/shared/simulator/server';
import { createTreadfiClient } from '../../../src/main/venues/treadfi/client';
import { VenueError } from '../../../src/main/venues/shared/venue-error';
import { fastHttp, simCore, type SimCore } from '../../support/sim-core';

describe('secrets are masked in every message, before it is cut short, stored or returned', () => {
  let env: SimCore | undefined;
  let front: RunningSimulator | undefined;
  afterEach(async () => {
    await env?.stop();
    await front?.close();
    env = undefined;
    front = undefined;
  });

  it('Tread.fi: a token echoed across the 200-character cut leaves none of itself behind', async () => {
    const token = 'tf-token-abcdefghijklmnopqrstuvwxyz012345';
    // The echo starts 190 characters in: a cut at 200 before masking would keep "tf-token-a".
    front = await startSimulator(() => ({ status: 401, body: { detail: `${'x'.repeat(190)}${token} is not a valid token` } }));
    const client = createTreadfiClient({ connectionId: 'c', baseUrl: front.baseUrl, credentials: { token }, now: () => new Date(), http: fastHttp });
    const error = await client.read().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(VenueError);
    const message = (error as VenueError).message;
    expect(message).toContain('[redacted]');
    expect(message).not.toContain(token.slice(0, 6));
  });

  it('a venue message echoing the API key reaches neither the sync log nor the outcome, nor a test result', async () => {
    const apiKey = 'rx-key-0123456789abcdef0123';
    front = await startSimulator(() => ({ status: 200, body: { code: 499_999, message: `key ${apiKey} is not allowed here`, data: null } }));
    env = await simCore([]);
    const added = await env.core.dispatch('connections.add', { venue: 'rapidx', label: 'Echo', baseUrl: front.baseUrl, credentials: { apiKey, apiSecret: 'rx-secret-0123456789abcdef' } });
    if (!added.ok) throw new Error(added.error.message);
    const id = (added.data as { id: string }).id;

    const [outcome] = await env.call('sync.now');
    expect(outcome?.error?.message).toContain('key [redacted] is not allowed here');
    const log = await env.call('sync.log', { id });
    expect(log[0]?.message).toContain('key [redacted] is not allowed here');
    const test = await env.call('connections.test', { id });
    expect(test.message).toContain('[redacted]');
    const stored = env.core.db.prepare('SELECT message FROM sync_log').pluck().all() as string[];
    expect(stored.join('\n')).not.toContain(apiKey);
    expect(JSON.stringify([outcome, log, test])).not.toContain(apiKey);
  });

  it('Cadenza’s session tokens are masked in the log like every other secret', async () => {
    env = await simCore(['cadenza']);
    const [outcome] = await env.call('sync.now');
    expect(outcome?.ok).toBe(true);
    const sent = env.sims[0]?.requests.find((request) => request.headers.authorization?.startsWith('Bearer '))?.headers.authorization ?? '';
    const access = sent.slice('Bearer '.length);
    expect(access.length).toBeGreaterThan(10);
    env.core.log.error('a proxy echoed the request', new Error(`Authorization: Bearer ${access}`));
    const text = readFileSync(join(env.dataDir, 'logs', 'holdfast.log'), 'utf8');
    expect(text).toContain('Authorization: Bearer [redacted]');
    expect(text).not.toContain(access);
  });
});
