import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ServedApp {
  /** The URL `holdfast serve` printed, token included. */
  readonly url: string;
  readonly origin: string;
  readonly dataDir: string;
}

const root = join(import.meta.dirname, '..', '..');

/** Starts the built app in browser mode exactly as a user does (`holdfast serve`), on a fresh data dir. */
async function startServe(dataDir: string, demo: boolean): Promise<{ child: ChildProcess; url: string }> {
  const args = [join(root, 'bin/holdfast.mjs'), 'serve', '--port', '0', '--data-dir', dataDir, ...(demo ? ['--demo'] : [])];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, HOLDFAST_KEYCHAIN_SERVICE: `holdfast-e2e-${randomUUID()}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`holdfast serve printed no URL: ${output}`)), 15_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`holdfast serve exited with ${code}: ${output}`)));
  });
  return { child, url };
}

export const test = base.extend<{ app: ServedApp; demo: boolean; damagedDatabase: boolean }>({
  /** `test.use({ demo: true })`: serve the demo portfolio (five seeded venue simulators) instead of an empty one. */
  demo: [false, { option: true }],
  /** Start on a database file that is not SQLite, as after a crash mid-write: the app moves it aside and says so. */
  damagedDatabase: [false, { option: true }],
  app: async ({ demo, damagedDatabase }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'holdfast-e2e-'));
    if (damagedDatabase) writeFileSync(join(dataDir, 'holdfast.sqlite'), 'this is not a database');
    const { child, url } = await startServe(dataDir, demo);
    await use({ url, origin: new URL(url).origin, dataDir });
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
