import type { Db } from '../store/database';
import { SnapshotsRepo } from '../store/snapshots-repo';
import { SyncLogRepo } from '../store/sync-log-repo';
import { inOutage, pastRead, planStory, sampleTimes, type PresentRead } from './demo-year';
import { PricePath } from './price-path';

export interface BackfillResult {
  readonly snapshots: number;
  readonly fromMs: number;
}

/**
 * Writes a year of plausible history before `nowMs` through the same store the poller writes to:
 * every sampled read is a snapshot, confirmed unchanged until the next sample (as a poller that saw
 * nothing move would), except across the outage, which stays a gap. One transaction per connection:
 * a year of fsyncs would be setup time, not safety.
 */
export function backfillYear(db: Db, reads: readonly PresentRead[], nowMs: number, days = 365): BackfillResult {
  const snapshots = new SnapshotsRepo(db);
  const syncLog = new SyncLogRepo(db);
  const story = planStory(reads, nowMs);
  const path = new PricePath(nowMs);
  const times = sampleTimes(nowMs, days);
  let written = 0;
  for (const read of reads) {
    db.transaction(() => {
      times.forEach((at, i) => {
        const past = pastRead(read, story, path, at);
        if (!past) return;
        const next = times[i + 1] ?? nowMs;
        const snapshot = { connectionId: read.connectionId, ...past };
        snapshots.record({ ...snapshot, at: new Date(at) });
        written += 1;
        // Confirmed until just before the next sample, unless the venue is about to go out.
        if (!inOutage(story, read.connectionId, next)) snapshots.confirmLatest(read.connectionId, new Date(next - 1));
      });
      const outage = story.outage;
      if (outage?.connectionId === read.connectionId) {
        syncLog.add(read.connectionId, new Date(outage.fromMs), 'network', 'The venue did not answer (a demo outage).');
        syncLog.add(read.connectionId, new Date(outage.toMs), 'ok', 'Read again after the outage.');
      }
    })();
  }
  return { snapshots: written, fromMs: times[0] ?? nowMs };
}
