import { statfsSync } from 'node:fs';
import { AppError } from '../../shared/app-error';

/** What went wrong on this computer's side of a database or file write. */
export type StorageProblem = 'disk_full' | 'busy' | 'read_only' | 'damaged' | 'io';

// SQLite reports a disk that filled while it grew a side file (the -shm index) as an I/O error, not SQLITE_FULL.
const NEARLY_FULL_BYTES = 1024 * 1024;

function codeOf(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

function diskNearlyFull(dir: string): boolean {
  try {
    const stats = statfsSync(dir);
    return stats.bavail * stats.bsize < NEARLY_FULL_BYTES;
  } catch {
    return false;
  }
}

/**
 * Classifies an error from SQLite (better-sqlite3 gives the extended code, e.g. SQLITE_IOERR_WRITE) or
 * from the file system; null when it is not a storage failure at all. `dir` is the data folder, whose
 * disk is asked how full it is when SQLite says only "disk I/O error".
 */
export function storageProblem(error: unknown, dir: string): StorageProblem | null {
  const code = codeOf(error);
  if (code === null) return null;
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC' || code === 'EDQUOT') return 'disk_full';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'read_only';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'damaged';
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN') || code === 'EIO') return diskNearlyFull(dir) ? 'disk_full' : 'io';
  return null;
}

/** The end of "Holdfast could not … because …": what happened, naming the folder, never a venue. */
export function storageReason(problem: StorageProblem, dir: string): string {
  switch (problem) {
    case 'disk_full':
      return `the disk holding ${dir} is full`;
    case 'busy':
      return `other Holdfast processes kept the database in ${dir} busy for too long`;
    case 'read_only':
      return `the database in ${dir} cannot be written (check the folder’s permissions)`;
    case 'damaged':
      return `the database in ${dir} is damaged; Holdfast checks and repairs it at its next start`;
    case 'io':
      return `the disk holding ${dir} reported an error`;
  }
}

/** A request that failed on storage, as the user's sentence ("Holdfast could not do this because the disk … is full."), or null. */
export function storageAppError(error: unknown, dir: string): AppError | null {
  const problem = storageProblem(error, dir);
  return problem === null ? null : new AppError('storage_unavailable', `Holdfast could not do this because ${storageReason(problem, dir)}.`);
}
