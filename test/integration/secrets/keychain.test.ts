import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/main/core';
import { KeytarSecretStore } from '../../../src/main/secrets/keytar-secret-store';
import { keychainProblem, testKeychainService } from '../../support/keychain';
import { tempDir } from '../../support/temp-dir';

const problem = await keychainProblem();

describe.skipIf(problem !== null)('keytar against the real OS keychain', () => {
  const service = testKeychainService();
  const store = new KeytarSecretStore(service);
  let dir: ReturnType<typeof tempDir>;
  let core: Core;

  beforeAll(() => {
    dir = tempDir();
    core = createCore({ dataDir: dir.path, mode: 'cli', secrets: store });
  });
  afterAll(async () => {
    await core.close();
    dir.remove();
  });

  it('reports itself available', async () => {
    expect(await store.status()).toEqual({ backend: 'keytar (OS keychain)', available: true, problem: null });
  });

  it('sets, reads and removes a secret', async () => {
    const account = randomUUID();
    await store.set(account, 'value-1');
    expect(await store.get(account)).toBe('value-1');
    await store.set(account, 'value-2');
    expect(await store.get(account)).toBe('value-2');
    expect(await store.delete(account)).toBe(true);
    expect(await store.get(account)).toBeNull();
    expect(await store.delete(account)).toBe(false);
  });

  it('keeps a connection’s credentials as JSON under its id, and removing the connection removes them', async () => {
    const credentials = { apiKey: `key-${randomUUID()}`, apiSecret: `secret-${randomUUID()}` };
    const added = await core.dispatch('connections.add', { venue: 'ltp', label: 'Desk', baseUrl: 'https://api.liquiditytech.com', credentials });
    if (!added.ok) throw new Error(added.error.message);
    const { id } = added.data as { id: string };
    expect(JSON.parse((await store.get(id)) ?? 'null')).toEqual(credentials);

    const removed = await core.dispatch('connections.remove', { id });
    expect(removed).toEqual({ ok: true, data: { removed: true } });
    expect(await store.get(id)).toBeNull();
  });
});
