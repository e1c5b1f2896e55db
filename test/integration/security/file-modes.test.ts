import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE, type Core } from '../../../src/main/core';
import { MemorySecretStore } from '../../../src/main/secrets/memory-secret-store';
import { tempDir } from '../../support/temp-dir';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('the data folder and the database are private to their owner', () => {
  let dir: ReturnType<typeof tempDir>;
  let core: Core | undefined;
  afterEach(async () => {
    await core?.close();
    dir.remove();
  });

  it('creates the data folder 0700 and the database, its WAL and shared-memory files 0600', async () => {
    dir = tempDir();
    const dataDir = join(dir.path, 'Holdfast');
    core = createCore({ dataDir, mode: 'cli', secrets: new MemorySecretStore() });
    // A write, so that SQLite has made its WAL and shared-memory files.
    await core.dispatch('settings.update', { privacyMode: true });
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(join(dataDir, 'logs'))).toBe(0o700);
    for (const file of [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`]) {
      expect(existsSync(join(dataDir, file)), file).toBe(true);
      expect(modeOf(join(dataDir, file)), file).toBe(0o600);
    }
  });
});
