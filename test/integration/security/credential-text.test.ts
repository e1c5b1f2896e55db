import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Connection } from '../../../src/shared/domain/connection';
import { createCore, type Core } from '../../../src/main/core';
import { MemorySecretStore } from '../../../src/main/secrets/memory-secret-store';
import { tempDir } from '../../support/temp-dir';

describe('a credential with a line break or anything outside printable ASCII', () => {
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

  it('is refused at add with a sentence, and nothing is stored', async () => {
    const reply = await core.dispatch('connections.add', { venue: 'rapidx', label: 'Desk', baseUrl: 'http://127.0.0.1:9', credentials: { apiKey: 'rx-key-0123\nX-Injected: 1', apiSecret: 'rx-secret-0123' } });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'credentials.apiKey: API key must be one line of printable ASCII, without spaces, line breaks or other characters: paste the key alone' },
    });
    expect(secrets.entries.size).toBe(0);
    expect(await core.dispatch('connections.list', {})).toEqual({ ok: true, data: [] });
  });

  it('is refused at update with a sentence, and the stored credentials stay', async () => {
    const added = await core.dispatch('connections.add', { venue: 'treadfi', label: 'Algo', baseUrl: 'http://127.0.0.1:9', credentials: { token: 'tf-token-0123456789' } });
    if (!added.ok) throw new Error(added.error.message);
    const { id } = added.data as Connection;
    const reply = await core.dispatch('connections.update', { id, credentials: { token: 'tf-token-0123\u00a0456789' } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'credentials.token: API token must be one line of printable ASCII, without spaces, line breaks or other characters: paste the token alone' } });
    expect(JSON.parse(secrets.entries.get(id) ?? '{}')).toEqual({ token: 'tf-token-0123456789' });
  });
});
