import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulatorFor, type StartedSimulator } from '../../../src/main/venues/simulators';
import { runCli } from '../../support/cli';
import { keychainProblem, testKeychainService } from '../../support/keychain';
import { tempDir } from '../../support/temp-dir';
import { mountTinyDisk, tinyDiskProblem, type TinyDisk } from './tiny-disk';

const problem = tinyDiskProblem() ?? (await keychainProblem());
if (problem) console.warn(problem);

/** What a read shows, without the time of the read itself (each read stamps its holdings' fetchedAt). */
function cached(json: string): unknown {
  const view = JSON.parse(json) as { totalUsd: string; unpricedCount: number; holdings: Record<string, unknown>[] };
  return { ...view, asOf: undefined, holdings: view.holdings.map((h) => ({ ...h, fetchedAt: undefined })) };
}

/**
 * The data folder on a disk that fills up while nothing of Holdfast runs: `holdfast sync` says the disk
 * is full and that it is Holdfast's problem, the commands that only read keep answering from the cache,
 * and once space is freed the next sync works and nothing was lost.
 */
describe.skipIf(problem !== null)('holdfast on a full disk (CLI)', () => {
  let disk: TinyDisk;
  let out: ReturnType<typeof tempDir>;
  let env: NodeJS.ProcessEnv;
  let dataDir: string;
  const sims: StartedSimulator[] = [];
  const cli = (args: string[], stdin?: string) => runCli(['--data-dir', dataDir, ...args], { stdin, env, timeoutMs: 60_000 });
  let before = '';

  beforeAll(async () => {
    disk = mountTinyDisk(16);
    out = tempDir('holdfast-full-disk-out-');
    dataDir = join(disk.path, 'data');
    env = { HOLDFAST_KEYCHAIN_SERVICE: testKeychainService() };
    for (const venue of ['rapidx', 'connex'] as const) {
      const sim = await startSimulatorFor(venue);
      sims.push(sim);
      const added = await cli(['connections', 'add', '--venue', venue, '--label', `${venue} sim`, '--base-url', sim.baseUrl], JSON.stringify(sim.credentials));
      expect(added.code, added.stderr).toBe(0);
    }
    expect((await cli(['sync'])).code).toBe(0);
    before = (await cli(['holdings', '--json'])).stdout;
    // The last writer to close removes the WAL and its index, as after any quiet spell: every process
    // that starts on the full disk must then build that index and cannot.
    const synced = await cli(['sync']);
    expect(synced.code, synced.stdout + synced.stderr).toBe(0);
    expect(existsSync(join(dataDir, 'holdfast.sqlite-shm'))).toBe(false);
    disk.fill();
  }, 120_000);
  afterAll(async () => {
    await Promise.all(sims.map((s) => s.close()));
    disk?.unmount();
    out?.remove();
  });

  it('sync says the disk holding the data folder is full, as Holdfast’s problem, not the venue’s', async () => {
    const result = await cli(['sync']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`holdfast: Holdfast could not open its database because the disk holding ${dataDir} is full; Holdfast kept your data and will retry.\n`);
  });

  it('holdings, positions, history and export still answer from the cache', async () => {
    const holdings = await cli(['holdings', '--json']);
    expect(holdings.stderr).toBe('');
    expect(holdings.code).toBe(0);
    expect(cached(holdings.stdout)).toEqual(cached(before));
    for (const args of [['positions', '--json'], ['history', '--range', '1d', '--json']]) {
      const result = await cli(args);
      expect(result.code, `${args[0]}: ${result.stderr}`).toBe(0);
    }
    const file = join(out.path, 'holdings.csv');
    const exported = await cli(['export', 'holdings', '--out', file]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(readFileSync(file, 'utf8').split('\r\n').length).toBeGreaterThan(2);
  });

  it('once space is freed the next sync works and the data is as it was', async () => {
    disk.free();
    const result = await cli(['sync']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(cached((await cli(['holdings', '--json'])).stdout)).toEqual(cached(before));
  });
});
