import { test as base } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServeProcess } from '../support/serve-process';

export interface ServedApp {
  /** The URL `holdfast serve` printed, token included. */
  readonly url: string;
  readonly origin: string;
  readonly dataDir: string;
}

export const test = base.extend<{ app: ServedApp; demo: boolean; damagedDatabase: boolean }>({
  /** `test.use({ demo: true })`: serve the demo portfolio (five seeded venue simulators) instead of an empty one. */
  demo: [false, { option: true }],
  /** Start on a database file that is not SQLite, as after a crash mid-write: the app moves it aside and says so. */
  damagedDatabase: [false, { option: true }],
  app: [async ({ demo, damagedDatabase }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'holdfast-e2e-'));
    if (damagedDatabase) writeFileSync(join(dataDir, 'holdfast.sqlite'), 'this is not a database');
    const { child, url } = await startServeProcess(dataDir, demo ? ['--demo'] : []);
    await use({ url, origin: new URL(url).origin, dataDir });
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  },
  // The demo writes a year of history before it serves: its own budget, not the test's.
  { timeout: 240_000 }],
});

export { expect } from '@playwright/test';
