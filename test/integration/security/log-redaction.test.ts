import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/main/core';
import { MemorySecretStore } from '../../../src/main/secrets/memory-secret-store';
import { tempDir } from '../../support/temp-dir';

describe('the log', () => {
  let dir: ReturnType<typeof tempDir>;
  let core: Core;
  beforeEach(() => {
    dir = tempDir();
    core = createCore({ dataDir: dir.path, mode: 'cli', secrets: new MemorySecretStore(), http: { timeoutMs: 300, retry: { limit: 0, baseDelayMs: 1, maxDelayMs: 1 } } });
  });
  afterEach(async () => {
    await core.close();
    dir.remove();
  });

  it('masks every credential the core has handled, even inside an error someone logs', async () => {
    const credentials = { apiKey: 'key-7f1c9e2a4b6d8f0a', apiSecret: 'secret-3e5g7i9k1m3o5q7s' };
    const added = await core.dispatch('connections.add', { venue: 'ltp', label: 'Desk', baseUrl: 'http://127.0.0.1:9', credentials });
    expect(added.ok).toBe(true);
    // A read loads the credentials from the store; the venue is unreachable, which is fine here.
    await core.dispatch('sync.now', {});
    core.log.error('a venue echoed the request', new Error(`401 for key ${credentials.apiKey} signed with ${credentials.apiSecret}`));
    const text = readFileSync(join(dir.path, 'logs', 'holdfast.log'), 'utf8');
    expect(text).toContain('a venue echoed the request');
    expect(text).toContain('[redacted]');
    expect(text).not.toContain(credentials.apiKey);
    expect(text).not.toContain(credentials.apiSecret);
  });
});
