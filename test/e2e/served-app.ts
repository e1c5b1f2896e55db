import { test as base } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServeProcess, stopServeProcess } from '../support/serve-process';
import { SharedDemo } from './support/shared-demo';

export interface ServedApp {
  /** The URL `holdfast serve` printed, token included. */
  readonly url: string;
  readonly origin: string;
  readonly dataDir: string;
}

/**
 * Which app a test is served:
 * - false: an empty profile of its own;
 * - 'shared': the demo portfolio (five seeded venue simulators and a backfilled year) that the worker's
 *   demo tests share, held still and put back after each test (settings, manual prices);
 * - 'own': a demo of its own, for a test that changes what the reset cannot undo (alerts fired, the demo left).
 */
export type DemoOption = false | 'shared' | 'own';

export const test = base.extend<{ app: ServedApp; demo: DemoOption; damagedDatabase: boolean }, { sharedDemo: SharedDemo }>({
  demo: [false, { option: true }],
  /** Start on a database file that is not SQLite, as after a crash mid-write: the app moves it aside and says so. */
  damagedDatabase: [false, { option: true }],
  // Started only in a worker that runs a shared-demo test: a demo start backfills a year, the dearest setup here.
  sharedDemo: [
    async ({}, use) => {
      const shared = new SharedDemo();
      await use(shared);
      await shared.close();
    },
    { scope: 'worker', timeout: 240_000 },
  ],
  app: [
    async ({ demo, damagedDatabase, sharedDemo }, use) => {
      if (demo === 'shared') {
        const served = await sharedDemo.open();
        await use(served);
        await sharedDemo.reset();
        return;
      }
      const dataDir = mkdtempSync(join(tmpdir(), 'holdfast-e2e-'));
      if (damagedDatabase) writeFileSync(join(dataDir, 'holdfast.sqlite'), 'this is not a database');
      const { child, url } = await startServeProcess(dataDir, demo === 'own' ? ['--demo'] : []);
      await use({ url, origin: new URL(url).origin, dataDir });
      await stopServeProcess(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
    // The demo writes a year of history before it serves: its own budget, not the test's.
    { timeout: 240_000 },
  ],
});

export { expect } from '@playwright/test';
