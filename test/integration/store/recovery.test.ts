import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE } from '../../../src/main/core';
import { MemorySecretStore } from '../../../src/main/secrets/memory-secret-store';
import { backupDaily } from '../../../src/main/store/backup';
import { openDatabase } from '../../../src/main/store/database';
import { latestVersion } from '../../../src/main/store/migrations';
import { tempDir } from '../../support/temp-dir';

describe('start-up with a damaged database', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.remove());

  it('moves a corrupt file aside (kept), starts fresh, and tells the user', async () => {
    const file = join(dir.path, DATABASE_FILE);
    const garbage = Buffer.from('this is not a SQLite database, just bytes that were once one '.repeat(200));
    writeFileSync(file, garbage);
    const core = createCore({ dataDir: dir.path, mode: 'cli', secrets: new MemorySecretStore() });
    try {
      expect(core.notices).toHaveLength(1);
      expect(core.notices[0]).toMatch(/damaged, so it was moved aside to .*holdfast\.sqlite\.corrupt-.* \(kept, not deleted\)/);
      const aside = readdirSync(dir.path).find((f) => f.startsWith(`${DATABASE_FILE}.corrupt-`));
      expect(aside).toBeDefined();
      expect(readFileSync(join(dir.path, aside ?? ''))).toEqual(garbage);
      const info = await core.dispatch('app.info', {});
      expect(info.ok && (info.data as { notices: string[] }).notices).toEqual(core.notices);
      expect(await core.dispatch('connections.list', {})).toEqual({ ok: true, data: [] });
    } finally {
      await core.close();
    }
  });

  it('detects damage inside a valid-looking file with the daily check after start, and moves it aside at the next start', async () => {
    const file = join(dir.path, DATABASE_FILE);
    const db = openDatabase(file);
    db.exec("CREATE TABLE filler (x TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO filler SELECT hex(randomblob(200)) FROM n;");
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 8192, 8192 + 4096 * 3);
    writeFileSync(file, bytes);
    let startUpkeep = () => {};
    const core = createCore({ dataDir: dir.path, mode: 'cli', secrets: new MemorySecretStore(), upkeepScheduler: (_first, start) => ((startUpkeep = start), () => {}) });
    expect(core.notices).toEqual([]);
    core.startPolling();
    startUpkeep();
    await core.close();
    expect(core.notices[0]).toMatch(/daily check found its database damaged/);
    expect(existsSync(join(dir.path, 'backups'))).toBe(false);
    const next = createCore({ dataDir: dir.path, mode: 'cli', secrets: new MemorySecretStore() });
    try {
      expect(next.notices[0]).toMatch(/moved aside/);
      expect(readdirSync(dir.path).some((f) => f.endsWith('.damaged'))).toBe(false);
    } finally {
      await next.close();
    }
  });

  it('does not treat a database from a newer Holdfast as damage', () => {
    const db = openDatabase(join(dir.path, DATABASE_FILE));
    db.pragma(`user_version = ${latestVersion + 1}`);
    db.close();
    expect(() => createCore({ dataDir: dir.path, mode: 'cli', secrets: new MemorySecretStore() })).toThrow(/newer Holdfast/);
    expect(readdirSync(dir.path).some((f) => f.includes('corrupt'))).toBe(false);
  });
});

describe('daily backups', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.remove());

  it('write one consistent, gzipped copy a day with the backup API and keep the newest three', async () => {
    const db = openDatabase(join(dir.path, DATABASE_FILE));
    db.prepare("INSERT INTO settings VALUES ('marker', '\"kept\"')").run();
    const backups = join(dir.path, 'backups');
    for (let day = 1; day <= 9; day += 1) {
      const written = await backupDaily(db, backups, new Date(Date.UTC(2026, 10, day, 9)));
      expect(written).toBe(join(backups, `holdfast-2026-11-0${day}.sqlite.gz`));
    }
    expect(await backupDaily(db, backups, new Date(Date.UTC(2026, 10, 9, 23)))).toBeNull();
    expect(readdirSync(backups).sort()).toEqual([7, 8, 9].map((d) => `holdfast-2026-11-0${d}.sqlite.gz`));
    writeFileSync(join(dir.path, 'restored.sqlite'), gunzipSync(readFileSync(join(backups, 'holdfast-2026-11-09.sqlite.gz'))));
    const copy = openDatabase(join(dir.path, 'restored.sqlite'));
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'marker'").pluck().get()).toBe('"kept"');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    db.close();
    expect(existsSync(join(dir.path, DATABASE_FILE))).toBe(true);
  });

  it('count the uncompressed backups an older Holdfast left, and remove the oldest of them first', async () => {
    const db = openDatabase(join(dir.path, DATABASE_FILE));
    const backups = join(dir.path, 'backups');
    await backupDaily(db, backups, new Date(Date.UTC(2026, 10, 1, 9)));
    for (let day = 2; day <= 8; day += 1) writeFileSync(join(backups, `holdfast-2026-10-0${day}.sqlite`), 'an older full copy');
    await backupDaily(db, backups, new Date(Date.UTC(2026, 10, 2, 9)));
    db.close();
    expect(readdirSync(backups).sort()).toEqual(['holdfast-2026-10-08.sqlite', 'holdfast-2026-11-01.sqlite.gz', 'holdfast-2026-11-02.sqlite.gz']);
  });
});
