import Database from 'better-sqlite3';
import { migrate } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to a better-sqlite3 binary built for another runtime (the Electron shell passes its own). */
  readonly nativeBinding?: string;
}

/**
 * Opens (creating if needed) the database file and brings its schema up to date.
 * WAL keeps readers unblocked while the poller writes; FULL sync makes a committed snapshot survive a crash.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // 32 MiB of page cache: a year of history is a few hundred MiB and its hot pages should stay in memory.
    db.pragma('cache_size = -32768');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
