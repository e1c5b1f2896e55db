import { storageProblem } from '../store/storage-failure';

export interface SaveRetryPolicy {
  /** Tries in all, the first included. */
  readonly attempts: number;
  /** Pause before the second try; doubled before each later one. */
  readonly pauseMs: number;
}

/**
 * Each try already waits SQLite's busy timeout for the other processes' writes; a few more tries,
 * spaced out and without blocking the event loop, ride out a burst of them (many `holdfast sync` at once).
 */
export const defaultSaveRetry: SaveRetryPolicy = { attempts: 4, pauseMs: 100 };

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs a write, trying again while the database is busy with another process's write. Any other failure,
 * or a database still busy after the last try, goes to the caller unchanged.
 */
export async function saveWithRetry<T>(write: () => T, dataDir: string, policy: SaveRetryPolicy = defaultSaveRetry): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return write();
    } catch (error) {
      if (attempt >= policy.attempts || storageProblem(error, dataDir) !== 'busy') throw error;
      await pause(policy.pauseMs * 2 ** (attempt - 1));
    }
  }
}
