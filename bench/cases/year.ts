import Database from 'better-sqlite3';
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createCore, DATABASE_FILE } from '../../src/main/core';
import { RETENTION } from '../../src/main/portfolio/policy';
import { MemorySecretStore } from '../../src/main/secrets/memory-secret-store';
import { openDatabase } from '../../src/main/store/database';
import { runUpkeep } from '../../src/main/store/upkeep';
import { dirSizeMb } from '../lib/dir-size';
import { rawHistoryRead } from '../lib/history-floor';
import { medianMs } from '../lib/measure';
import { YEAR_END } from '../lib/year-data';
import { yearDir } from '../lib/year-dir';

const DAY = 86_400_000;
/** Days of daily upkeep after the year: more than any retention keeps, so the backups reach their steady state. */
const UPKEEP_DAYS = 4;

/**
 * On the simulated year (see lib/year-data.ts): the database's size, a one-year net-worth series of at
 * most 2,000 points through the real handler against a raw read of the rows it needs, and the folder's
 * footprint (database plus backups) after a week of the app's daily upkeep.
 */
export async function simulatedYear(): Promise<Record<string, number>> {
  const { dir, owned } = await yearDir();
  try {
    const dbMb = statSync(join(dir, DATABASE_FILE)).size / 1024 / 1024;
    const core = createCore({ dataDir: dir, mode: 'cli', secrets: new MemorySecretStore(), now: () => new Date(YEAR_END) });
    let ms: number;
    try {
      ms = await medianMs(7, 2, async () => {
        const reply = await core.dispatch('history.series', { range: '1y', maxPoints: 2000 });
        if (!reply.ok) throw new Error(reply.error.message);
      });
    } finally {
      await core.close();
    }
    const raw = new Database(join(dir, DATABASE_FILE), { readonly: true });
    raw.pragma('cache_size = -32768');
    const floorMs = await medianMs(7, 2, () => rawHistoryRead(raw, '1y', YEAR_END, 2000));
    raw.close();

    const db = openDatabase(join(dir, DATABASE_FILE));
    const upkeepStarted = performance.now();
    try {
      for (let day = 1; day <= UPKEEP_DAYS; day += 1) await runUpkeep(db, join(dir, 'backups'), () => new Date(YEAR_END + day * DAY), RETENTION);
    } finally {
      db.close();
    }
    const upkeepSeconds = (performance.now() - upkeepStarted) / 1000 / UPKEEP_DAYS;
    return {
      history_1y_ms: ms,
      history_1y_floor_ms: floorMs,
      history_vs_floor: ms / floorMs,
      db_mb_1y: dbMb,
      disk_mb_1y: dirSizeMb(dir) - dirSizeMb(join(dir, 'logs')),
      upkeep_s_per_day: upkeepSeconds,
    };
  } finally {
    if (owned) rmSync(dir, { recursive: true, force: true });
  }
}
