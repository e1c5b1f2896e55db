import { backupDaily } from './backup';
import { compact, type Retention } from './compaction';
import type { Db } from './database';
import { tryLease } from './lease';
import { checkIntegrityWhenDue } from './recovery';

// Long enough for a backup of a large database between renewals; short enough that a crashed process's
// lease frees the work for another one within the hour the upkeep timer waits anyway.
const LEASE_MS = 10 * 60_000;

/**
 * The background upkeep: the day's integrity check when due, today's backup, compaction of old holdings
 * detail. Run by one Holdfast process at a time across every process on the data folder: the one that
 * takes the lease does the work while the others skip it. A database found damaged is neither backed up
 * (the good backups stay) nor compacted: `onDamage` hears of it, and the next start moves it aside.
 * True when this process did the work.
 */
export async function runUpkeep(db: Db, backupsDir: string, now: () => Date, retention: Retention, onDamage: () => void = () => {}): Promise<boolean> {
  if (checkIntegrityWhenDue(db, now().getTime())) {
    onDamage();
    return false;
  }
  const lease = tryLease(db, 'upkeep', now().getTime(), LEASE_MS);
  if (!lease) return false;
  // Renewing is a write: done when a quarter of the lease has gone, not at every step of the work.
  let renewedAt = now().getTime();
  const keep = () => {
    const at = now().getTime();
    if (at - renewedAt < LEASE_MS / 4) return;
    lease.renew(at);
    renewedAt = at;
  };
  try {
    await backupDaily(db, backupsDir, now(), keep);
    await compact(db, now().getTime(), retention, async () => {
      keep();
      await new Promise((resolve) => setImmediate(resolve));
    });
    return true;
  } finally {
    lease.release();
  }
}
