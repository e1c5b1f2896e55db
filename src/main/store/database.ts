import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ensurePrivateFile } from '../data-dir';
import { DatabaseTooNewError, latestVersion, migrate, schemaVersion } from './migrations';
import { storageProblem } from './storage-failure';

export type Db = Database.Database;

/**
 * How long a write waits for another process's write to finish before SQLite gives up with "database is
 * busy". Every write transaction in Holdfast is short (one snapshot, one day of compaction), so a wait
 * this long means something is wrong; the snapshot write then retries a few times (sync/save-retry.ts).
 */
export const DEFAULT_BUSY_TIMEOUT_MS = 3000;

export interface OpenOptions {
  /** Path to a better-sqlite3 binary built for another runtime (the Electron shell passes its own). */
  readonly nativeBinding?: string;
  /** Commands that only read open the file read-only: they never migrate, check or write, so they work on a full disk. */
  readonly readOnly?: boolean;
  readonly busyTimeoutMs?: number;
}

function connect(file: string, options: OpenOptions, readonly: boolean): Db {
  return new Database(file, {
    readonly,
    fileMustExist: readonly,
    timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
}

function tuneForReading(db: Db): void {
  db.pragma('foreign_keys = ON');
  // 32 MiB of page cache: a year of history is a few hundred MiB and its hot pages should stay in memory.
  // Measured smaller: at 16 MiB an export of 1M holdings took 12.6 s instead of 8.0 (its per-row cost 1.4× the
  // 100k export's, over the 1.3 target), at 8 MiB the 1-year history a third longer. The sets polling
  // writes are let go after each commit (SnapshotsRepo), so only reading fills it.
  db.pragma('cache_size = -32768');
}

/**
 * Opens (creating if needed) the database file and brings its schema up to date.
 * WAL keeps readers unblocked while any process writes; FULL sync makes a committed snapshot survive a crash.
 * A read-only open falls back to a writable one only where the file is missing or its schema is behind.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (options.readOnly && existsSync(file)) {
    const db = openForReading(file, options);
    if (db) return db;
  }
  try {
    ensurePrivateFile(file);
  } catch {
    // A file that cannot be made (a full disk, a read-only folder) fails the open below, in SQLite's words,
    // which the storage checks understand.
  }
  const db = connect(file, options, false);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    tuneForReading(db);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** A read-only connection, or null when the schema must first be migrated by a writable one. */
function openForReading(file: string, options: OpenOptions): Db | null {
  let db = connect(file, options, true);
  try {
    let version: number;
    try {
      version = schemaVersion(db);
    } catch (error) {
      const problem = storageProblem(error, dirname(file));
      if (problem !== 'disk_full' && problem !== 'io') throw error;
      db.close();
      db = readWithoutSharedMemory(file, options);
      version = schemaVersion(db);
    }
    if (version > latestVersion) throw new DatabaseTooNewError(version, latestVersion);
    if (version < latestVersion) {
      db.close();
      return null;
    }
    tuneForReading(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * On a full disk SQLite cannot grow the WAL's shared-memory index (-shm) that every connection maps, so
 * even a read fails with "disk I/O error". In exclusive locking mode the index lives in this process's
 * memory instead; query_only keeps the connection from writing. It holds the file while the command runs,
 * which is only ever one short read on a disk nothing else can write to either.
 */
function readWithoutSharedMemory(file: string, options: OpenOptions): Db {
  const db = connect(file, options, false);
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('query_only = ON');
  return db;
}
