import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../shared/app-error';
import type { Logger } from '../log/logger';
import { openDatabase, type Db, type OpenOptions } from './database';
import { tryLease } from './lease';
import { DatabaseTooNewError } from './migrations';
import { SettingsRepo } from './settings-repo';
import { storageProblem, storageReason } from './storage-failure';

const DAY = 86_400_000;
const CHECKED_KEY = 'integrity.checkedAt';

const CORRUPTION_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CANTOPEN_ISDIR']);

function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CORRUPTION_CODES.has(code);
}

/** Raises if SQLite finds the file damaged; quick_check reads every page without the slower index cross-checks. */
function checkIntegrity(db: Db): void {
  const result = db.pragma('quick_check', { simple: true });
  if (result !== 'ok') throw Object.assign(new Error(`integrity check failed: ${String(result)}`), { code: 'SQLITE_CORRUPT' });
}

/** Left beside a database the daily check found damaged: the next start moves it aside, as it would a file that does not open. */
function damageMarker(file: string): string {
  return `${file}.damaged`;
}

/**
 * The full check reads every page: on a large database that is seconds, so it runs once a day, by one
 * process at a time (a lease), in the background upkeep after the app has answered, never in front of
 * the first render. Damage met by an ordinary read in between still surfaces as SQLITE_CORRUPT. A
 * database too busy or too full to note the check is simply checked again next time. Damage found
 * leaves a marker, so the next start moves the file aside; true when it did.
 */
export function checkIntegrityWhenDue(db: Db, nowMs: number): boolean {
  try {
    checkWhenDue(db, nowMs);
    return false;
  } catch (error) {
    if (!isCorruption(error)) throw error;
    writeFileSync(damageMarker(db.name), new Date(nowMs).toISOString());
    return true;
  }
}

function checkWhenDue(db: Db, nowMs: number): void {
  const settings = new SettingsRepo(db);
  const last = settings.get(CHECKED_KEY);
  if (typeof last === 'number' && nowMs - last < DAY) return;
  let lease;
  try {
    lease = tryLease(db, 'integrity', nowMs, DAY);
  } catch (error) {
    const problem = storageProblem(error, dirname(db.name));
    if (problem === null || problem === 'damaged') throw error;
    return;
  }
  if (!lease) return;
  checkIntegrity(db);
  try {
    settings.set(CHECKED_KEY, nowMs);
    lease.release();
  } catch {
    // Not noted: the next start checks again.
  }
}

/** A database that cannot be opened for a local reason (full disk, busy, permissions) says so in a sentence, never "disk I/O error". */
function explainOpenFailure(error: unknown, file: string): unknown {
  const problem = storageProblem(error, dirname(file));
  if (problem === null) return error;
  const retry = problem === 'disk_full' || problem === 'busy' ? '; Holdfast kept your data and will retry' : '';
  return new AppError('storage_unavailable', `Holdfast could not open its database because ${storageReason(problem, dirname(file))}${retry}.`);
}

/**
 * Opens the database; a damaged one is moved aside (kept, never deleted, with its WAL) and a fresh one
 * created, and the user is told. A database from a newer Holdfast is not damage: that error goes up as is.
 * A read-only open (a command that only reads) neither checks nor moves anything: it must not write.
 */
export function openDatabaseSafely(file: string, options: OpenOptions, log: Logger, now: () => Date = () => new Date()): { db: Db; notices: string[] } {
  try {
    return options.readOnly ? { db: openDatabase(file, options), notices: [] } : openChecked(file, options, log, now);
  } catch (error) {
    throw explainOpenFailure(error, file);
  }
}

function openChecked(file: string, options: OpenOptions, log: Logger, now: () => Date): { db: Db; notices: string[] } {
  const marker = damageMarker(file);
  try {
    if (existsSync(marker)) throw Object.assign(new Error('the daily integrity check found damage'), { code: 'SQLITE_CORRUPT' });
    return { db: openDatabase(file, options), notices: [] };
  } catch (error) {
    if (error instanceof DatabaseTooNewError || !isCorruption(error)) throw error;
    const aside = `${file}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
    }
    rmSync(marker, { force: true });
    log.error(`database ${file} is damaged; moved aside to ${aside}`, error);
    const notice =
      `Holdfast’s database was damaged, so it was moved aside to ${aside} (kept, not deleted) and a fresh one was started. ` +
      'Add your connections again; daily backups are in the backups folder of the data directory.';
    return { db: openDatabase(file, options), notices: [notice] };
  }
}
