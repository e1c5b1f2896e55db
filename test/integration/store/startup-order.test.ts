import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../src/main/core';
import { MemorySecretStore } from '../../../src/main/secrets/memory-secret-store';
import { tempDir } from '../../support/temp-dir';

describe('startup checks after the first answer', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.remove());

  it('answers the first summary before the integrity check, the backup or compaction has run', async () => {
    const events: string[] = [];
    let startUpkeep = () => {};
    const core = createCore({
      dataDir: dir.path,
      mode: 'browser',
      secrets: new MemorySecretStore(),
      upkeepScheduler: (firstAnswer, start) => {
        void firstAnswer.then(() => events.push('first answer'));
        startUpkeep = () => {
          events.push('upkeep');
          start();
        };
        return () => {};
      },
    });
    const checkedAt = () => core.db.prepare("SELECT value FROM settings WHERE key = 'integrity.checkedAt'").pluck().get();
    try {
      core.startPolling();
      expect(checkedAt()).toBeUndefined();
      const reply = await core.dispatch('portfolio.summary', {});
      expect(reply.ok).toBe(true);
      await Promise.resolve();
      expect(events).toEqual(['first answer']);
      // Nothing ran in front of that answer.
      expect(checkedAt()).toBeUndefined();
      expect(existsSync(join(dir.path, 'backups'))).toBe(false);
      startUpkeep();
    } finally {
      await core.close();
    }
    expect(events).toEqual(['first answer', 'upkeep']);
    expect(existsSync(join(dir.path, 'backups'))).toBe(true);
  });
});
