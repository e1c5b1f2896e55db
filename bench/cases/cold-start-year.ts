import Database from 'better-sqlite3';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../src/main/core';
import { launchBrowser } from '../lib/browser';
import { benchDir } from '../lib/data';
import { median } from '../lib/measure';
import { timeToNetWorth } from '../lib/page-start';
import { startServe } from '../lib/serve';
import { yearDir } from '../lib/year-dir';

const RUNS = 4;

/** Makes every daily check due again, as on the first start of a day: no note of today's integrity check, no backups, no leases. */
function makeChecksDue(dir: string): void {
  const db = new Database(join(dir, DATABASE_FILE));
  db.prepare("DELETE FROM settings WHERE key = 'integrity.checkedAt' OR key LIKE 'lease.%'").run();
  db.close();
  rmSync(join(dir, 'backups'), { recursive: true, force: true });
}

/**
 * `holdfast serve` on a copy of the simulated-year database (≈ 280 MB) → dashboard rendered from cache,
 * with the day's integrity check, backup and compaction due at every start.
 */
export async function coldStartYear(): Promise<Record<string, number>> {
  const year = await yearDir();
  const dir = benchDir('cold-year');
  copyFileSync(join(year.dir, DATABASE_FILE), join(dir, DATABASE_FILE));
  if (year.owned) rmSync(year.dir, { recursive: true, force: true });
  const browser = await launchBrowser();
  try {
    const times: number[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      makeChecksDue(dir);
      const ms = await timeToNetWorth(browser, () => startServe(dir));
      if (run > 0) times.push(ms);
    }
    return { cold_start_year_ms: median(times) };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
