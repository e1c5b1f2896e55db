import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelNames } from '../../../src/shared/contract';
import { createCore, type Core } from '../../../src/main/core';
import { MemorySecretStore } from '../../../src/main/secrets/memory-secret-store';
import { tempDir } from '../../support/temp-dir';

const validKey = { apiKey: 'rx-key-0123456789abcdef', apiSecret: 'secret-0123456789' };

/** One malformed input per channel: each must be refused by the contract before its handler runs. */
const badInputs: Record<string, unknown[]> = {
  'app.info': [{ extra: 1 }, 'text'],
  'connections.list': [{ venue: 'rapidx' }, 42],
  'connections.add': [
    {},
    { venue: 'nasdaq', label: 'x', baseUrl: 'https://a.example', credentials: validKey },
    { venue: 'rapidx', label: '', baseUrl: 'https://a.example', credentials: validKey },
    { venue: 'rapidx', label: 'x', baseUrl: 'http://evil.example', credentials: validKey },
    { venue: 'rapidx', label: 'x', baseUrl: 'https://a.example', credentials: { apiKey: 'k' } },
    { venue: 'cadenza', label: 'x', baseUrl: 'https://a.example', credentials: { email: 'not-an-email', password: 'p' } },
    { venue: 'treadfi', label: 'x', baseUrl: 'https://a.example', credentials: { token: '   ' } },
  ],
  'connections.update': [{}, { id: 'not-a-uuid', label: 'x' }, { id: '5f0c3b1e-1f1d-4a7e-9c5e-2d5b8f3a9e10', pollIntervalSec: 1 }],
  'connections.remove': [{}, { id: 12 }],
  'connections.test': [{}, { id: 'x' }],
  'sync.now': [{ connectionId: 'nope' }, { all: true }],
  'sync.status': [{ verbose: true }],
  'sync.pause': [{ connectionId: 5 }],
  'sync.resume': [{ connectionId: 'x' }],
  'sync.log': [{}, { id: '5f0c3b1e-1f1d-4a7e-9c5e-2d5b8f3a9e10', limit: 0 }],
  'portfolio.summary': [{ at: 'now' }],
  'portfolio.priceChecks': [{ asset: 'BTC' }],
  'portfolio.holdings': [{ at: 'yesterday' }, { groupBy: 'colour' }, { filter: { venue: 'nyse' } }],
  'portfolio.allocation': [{ at: 'yesterday' }, { by: 'asset' }],
  'positions.list': [{ at: 3 }],
  'history.series': [{ range: '2y' }, { maxPoints: 5000 }],
  'portfolio.exposure': [{ at: 'yesterday' }, { extra: 1 }],
  'portfolio.changes': [{ from: 'last week' }, { to: 5 }],
  'portfolio.risk': [{ at: 'soon' }],
  'alerts.list': [{ limit: 5 }],
  'accounts.list': [{ connectionId: 'x' }],
  'accounts.setAlias': [{}, { connectionId: 'not-a-uuid', accountId: '1', alias: 'x' }, { connectionId: '5f0c3b1e-1f1d-4a7e-9c5e-2d5b8f3a9e10', accountId: '', alias: 'x' }, { connectionId: '5f0c3b1e-1f1d-4a7e-9c5e-2d5b8f3a9e10', accountId: '1', alias: 'a\nb' }],
  'history.bounds': [{ at: 'now' }],
  'export.csv': [{}, { report: 'taxes' }, { report: 'history', range: 'forever' }],
  'settings.get': [{ theme: 'dark' }],
  'settings.update': [{ theme: 'neon' }, { privacyMode: 'yes' }, { smallBalanceUsd: '1e3' }, { unknown: 1 }, { keepRunningInTray: 'on' }, { checkForUpdates: 1 }],
  'demo.start': [{ seed: 1 }, 'now'],
  'demo.leave': [{ keep: true }],
  'prices.list': [{ asset: 'EUR' }],
  'prices.set': [{ asset: 'EUR' }, { asset: '', price: '1' }, { asset: 'EUR', price: 1.08 }, { asset: 'EUR', price: '1', extra: 1 }],
  'prices.remove': [{}, { asset: 7 }, { asset: 'EUR', price: '1' }],
};

describe('dispatch', () => {
  let dir: ReturnType<typeof tempDir>;
  let core: Core;
  let secrets: MemorySecretStore;

  beforeEach(() => {
    dir = tempDir();
    secrets = new MemorySecretStore();
    core = createCore({ dataDir: dir.path, mode: 'cli', secrets });
  });
  afterEach(async () => {
    await core.close();
    dir.remove();
  });

  it('has a bad-input case for every channel', () => {
    expect(Object.keys(badInputs).sort()).toEqual([...channelNames].sort());
  });

  for (const [channel, inputs] of Object.entries(badInputs)) {
    it(`refuses malformed input on ${channel} with field issues and changes nothing`, async () => {
      for (const input of inputs) {
        const reply = await core.dispatch(channel, input);
        expect(reply.ok, JSON.stringify(input)).toBe(false);
        if (!reply.ok) {
          expect(reply.error.code).toBe('invalid_input');
          expect(reply.error.issues?.length).toBeGreaterThan(0);
        }
      }
      expect(secrets.entries.size).toBe(0);
      const list = await core.dispatch('connections.list', {});
      expect(list).toEqual({ ok: true, data: [] });
    });
  }

  it('names the offending field in the issue path', async () => {
    const reply = await core.dispatch('connections.add', {
      venue: 'rapidx',
      label: 'Main',
      baseUrl: 'https://api.liquiditytech.com',
      credentials: { apiKey: 'k' },
    });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.issues).toContainEqual({ path: ['credentials', 'apiSecret'], message: 'API secret is required' });
  });

  it('refuses plain http except on loopback', async () => {
    // Labels must be unique: each connection is named for its URL.
    const add = (baseUrl: string) => core.dispatch('connections.add', { venue: 'treadfi', label: `T ${baseUrl}`, baseUrl, credentials: { token: 'tok-0123456789abcdef' } });
    const remote = await add('http://app.tread.fi');
    expect(remote.ok).toBe(false);
    if (!remote.ok) expect(remote.error.message).toContain('https://');
    expect((await add('http://127.0.0.1:9999/')).ok).toBe(true);
    expect((await add('http://localhost:9999')).ok).toBe(true);
  });

  it('answers an unknown channel with unknown_channel', async () => {
    const reply = await core.dispatch('connections.drop', {});
    expect(reply).toEqual({ ok: false, error: { code: 'unknown_channel', message: 'There is no channel named "connections.drop".' } });
  });

  it('never returns a credential: the reply carries a masked hint only', async () => {
    const reply = await core.dispatch('connections.add', { venue: 'rapidx', label: 'Main', baseUrl: 'https://api.liquiditytech.com', credentials: validKey });
    expect(reply.ok).toBe(true);
    const text = JSON.stringify(reply) + JSON.stringify(await core.dispatch('connections.list', {}));
    expect(text).not.toContain(validKey.apiKey);
    expect(text).not.toContain(validKey.apiSecret);
    expect(text).toContain('rx-k…cdef');
  });

  it('refuses to add a connection when no keychain is available, storing nothing', async () => {
    await core.close();
    core = createCore({ dataDir: dir.path, mode: 'cli', secrets: new MemorySecretStore(false) });
    const reply = await core.dispatch('connections.add', { venue: 'rapidx', label: 'Main', baseUrl: 'https://api.liquiditytech.com', credentials: validKey });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.code).toBe('keychain_unavailable');
    expect(await core.dispatch('connections.list', {})).toEqual({ ok: true, data: [] });
  });

  it('updates label and base URL, and replaces credentials checked against the venue', async () => {
    const added = await core.dispatch('connections.add', { venue: 'cadenza', label: 'Desk', baseUrl: 'https://cadenza-api.algo724.com', credentials: { email: 'ops@fund.example', password: 'pw-1' } });
    if (!added.ok) throw new Error('add failed');
    const id = (added.data as { id: string }).id;
    const wrongKind = await core.dispatch('connections.update', { id, credentials: { apiKey: 'a', apiSecret: 'b' } });
    expect(wrongKind.ok).toBe(false);
    const updated = await core.dispatch('connections.update', { id, label: 'Desk 2', credentials: { email: 'risk@fund.example', password: 'pw-2' } });
    expect(updated.ok).toBe(true);
    if (updated.ok) expect(updated.data).toMatchObject({ label: 'Desk 2', keyHint: 'r…@fund.example' });
    expect(JSON.parse(secrets.entries.get(id) ?? '{}')).toEqual({ email: 'risk@fund.example', password: 'pw-2' });
  });
});
