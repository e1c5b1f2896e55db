import type Database from 'better-sqlite3';
import { m001Connections } from './001-connections';
import { m002Settings } from './002-settings';
import { m003Snapshots } from './003-snapshots';
import { m004AccountAliases } from './004-account-aliases';
import { m005SetSummaries } from './005-set-summaries';

export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database.Database): void;
}

/** In order; a migration's version is its position, and the database's `user_version` is the last one applied. */
export const migrations: readonly Migration[] = [m001Connections, m002Settings, m003Snapshots, m004AccountAliases, m005SetSummaries];

export const latestVersion = migrations.length;

export class DatabaseTooNewError extends Error {
  constructor(found: number, known: number) {
    super(
      `This database was written by a newer Holdfast (schema version ${found}; this app knows up to ${known}). ` +
        'Update Holdfast, or point it at another data directory.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Runs every pending migration in one transaction: the schema moves a whole step or not at all. Two
 * processes starting on a new data folder at once both see pending steps; the IMMEDIATE transaction makes
 * the second wait for the first and then look again, so it never runs a step twice.
 */
export function migrate(db: Database.Database, target: number = latestVersion): void {
  const pendingFrom = (current: number) => {
    if (current > latestVersion) throw new DatabaseTooNewError(current, latestVersion);
    return migrations.filter((m) => m.version > current && m.version <= target);
  };
  if (pendingFrom(schemaVersion(db)).length === 0) return;
  db.transaction(() => {
    for (const migration of pendingFrom(schemaVersion(db))) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
}
