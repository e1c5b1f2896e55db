import { randomUUID } from 'node:crypto';
import keytar from 'keytar';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { HEALTH_CHECK_ACCOUNT, KeytarSecretStore } from '../../../src/main/secrets/keytar-secret-store';
import { keychainProblem, testKeychainService } from '../../support/keychain';

const problem = await keychainProblem();

describe.skipIf(problem !== null)('the keychain health check', () => {
  const service = testKeychainService();
  const store = new KeytarSecretStore(service);
  const accounts = [randomUUID(), randomUUID(), randomUUID()];
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => {
    for (const account of accounts) await store.delete(account);
  });

  it('reads one entry that holds no secret, never every stored secret', async () => {
    for (const account of accounts) await store.set(account, `secret-${account}`);
    // Spies that call through: the real keychain answers, the test counts what was asked of it.
    const findAll = vi.spyOn(keytar, 'findCredentials');
    const readOne = vi.spyOn(keytar, 'getPassword');
    expect(await store.status()).toEqual({ backend: 'keytar (OS keychain)', available: true, problem: null });
    expect(findAll).not.toHaveBeenCalled();
    expect(readOne.mock.calls).toEqual([[service, HEALTH_CHECK_ACCOUNT]]);
    expect(await readOne.mock.results[0]?.value).toBeNull();
  });
});
