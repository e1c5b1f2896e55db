import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/store/database';
import { DatabaseTooNewError, latestVersion, migrate, migrations, schemaVersion } from '../../../src/main/store/migrations';
import { tempDir } from '../../support/temp-dir';

function tables(db: Database.Database): string[] {
  return db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all()
    .map((row) => row.name);
}

describe('migrations', () => {
  let dir: ReturnType<typeof tempDir>;
  let file: string;
  beforeEach(() => {
    dir = tempDir();
    file = join(dir.path, 'holdfast.sqlite');
  });
  afterEach(() => dir.remove());

  it('are numbered 1..n in order', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('bring an empty file to the latest version with WAL and foreign keys on', () => {
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(latestVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(tables(db)).toEqual(expect.arrayContaining(['connections', 'settings']));
    db.close();
  });

  for (let from = 0; from < latestVersion; from += 1) {
    it(`upgrade a database at version ${from} to the latest, keeping its rows`, () => {
      const db = new Database(file);
      migrate(db, from);
      expect(schemaVersion(db)).toBe(from);
      if (from >= 1) {
        db.prepare(
          "INSERT INTO connections VALUES ('c1', 'ltp', 'Kept', 'https://api.liquiditytech.com', 'ab…cd', 1, 60, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
        ).run();
      }
      migrate(db);
      expect(schemaVersion(db)).toBe(latestVersion);
      if (from >= 1) expect(db.prepare('SELECT label FROM connections').pluck().get()).toBe('Kept');
      db.close();
    });
  }

  it('001 creates connections with a venue check', () => {
    const db = new Database(file);
    migrate(db, 1);
    expect(tables(db)).toEqual(['connections']);
    expect(() =>
      db.prepare("INSERT INTO connections VALUES ('c1', 'nasdaq', 'x', 'u', 'h', 1, 60, 'a', 'b')").run(),
    ).toThrow(/CHECK constraint/);
    db.close();
  });

  it('002 creates settings', () => {
    const db = new Database(file);
    migrate(db, 2);
    db.prepare("INSERT INTO settings VALUES ('theme', '\"dark\"')").run();
    expect(db.prepare('SELECT value FROM settings').pluck().get()).toBe('"dark"');
    db.close();
  });

  it('003 creates the snapshot store, whose triggers count set references', () => {
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    migrate(db, 3);
    expect(tables(db)).toEqual(expect.arrayContaining(['series', 'holding_sets', 'snapshots', 'series_rollup', 'sync_log']));
    db.prepare("INSERT INTO connections VALUES ('c1', 'ltp', 'x', 'u', 'h', 1, 60, 'a', 'b')").run();
    db.prepare("INSERT INTO series (id, connection_id) VALUES (1, 'c1')").run();
    db.prepare("INSERT INTO holding_sets (id, content_hash, content) VALUES (7, x'00', x'7b7d')").run();
    const refs = () => db.prepare('SELECT refs FROM holding_sets WHERE id = 7').pluck().get();
    db.prepare("INSERT INTO snapshots (series, taken_at, total_usd, set_id) VALUES (1, 1, '1', 7), (1, 2, '1', 7)").run();
    expect(refs()).toBe(2);
    db.prepare('UPDATE snapshots SET set_id = NULL WHERE taken_at = 1').run();
    expect(refs()).toBe(1);
    db.prepare("DELETE FROM connections WHERE id = 'c1'").run();
    expect(refs()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM snapshots').pluck().get()).toBe(0);
    db.close();
  });

  it('004 creates account aliases, one per account, removed with their connection', () => {
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    migrate(db, 4);
    db.prepare("INSERT INTO connections VALUES ('c1', 'rapidx', 'x', 'u', 'h', 1, 60, 'a', 'b')").run();
    db.prepare("INSERT INTO account_aliases VALUES ('c1', '42', 'Hedge book', 't')").run();
    expect(() => db.prepare("INSERT INTO account_aliases VALUES ('c1', '42', 'Again', 't')").run()).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => db.prepare("INSERT INTO account_aliases VALUES ('nope', '42', 'Orphan', 't')").run()).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM connections WHERE id = 'c1'").run();
    expect(db.prepare('SELECT COUNT(*) FROM account_aliases').pluck().get()).toBe(0);
    db.close();
  });

  it('runs all pending migrations in one transaction: a failure leaves the old version', () => {
    const db = new Database(file);
    migrate(db, 1);
    db.exec('CREATE TABLE settings (x TEXT)');
    expect(() => migrate(db)).toThrow(/already exists/);
    expect(schemaVersion(db)).toBe(1);
    db.close();
  });

  it('refuses a database newer than the app with a clear error', () => {
    const db = new Database(file);
    db.pragma(`user_version = ${latestVersion + 5}`);
    db.close();
    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(file)).toThrow(/newer Holdfast/);
  });
});
