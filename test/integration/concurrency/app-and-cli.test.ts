import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HoldingsView, PortfolioSummary } from '../../../src/shared/domain/portfolio';
import type { SyncOutcome } from '../../../src/shared/domain/sync';
import type { VenueId } from '../../../src/shared/domain/venue';
import { createCore, DATABASE_FILE, type Core } from '../../../src/main/core';
import { KeytarSecretStore } from '../../../src/main/secrets/keytar-secret-store';
import { MemorySecretStore } from '../../../src/main/secrets/memory-secret-store';
import { startSimulatorFor, type StartedSimulator } from '../../../src/main/venues/simulators';
import { runCli, spawnCli, type CliResult } from '../../support/cli';
import { keychainProblem, testKeychainService } from '../../support/keychain';
import { tempDir } from '../../support/temp-dir';

const problem = await keychainProblem();

// Venues whose documented rates let five processes read one key at once: LTP allows 3 reads in 10 s per key, and
// RapidX/ConneX margin (GET /api/v1/trading/account) 2 per second.
const VENUES: readonly VenueId[] = ['treadfi', 'treadfi', 'cadenza', 'cadenza'];
const ROUNDS = 2;
const SYNCS_AT_ONCE = 4;

async function call<T>(core: Core, channel: string, input: unknown = {}): Promise<T> {
  const reply = await core.dispatch(channel, input);
  if (!reply.ok) throw new Error(`${channel}: ${reply.error.message}`);
  return reply.data as T;
}

/**
 * The app polling (a core with startPolling, its upkeep included) while several `holdfast sync`
 * processes read the same connections into the same data folder: real processes, one real SQLite file.
 */
describe.skipIf(problem !== null)('the app and several CLI syncs on one data folder', () => {
  const sims: StartedSimulator[] = [];
  const labels: string[] = [];
  let dir: ReturnType<typeof tempDir>;
  let env: NodeJS.ProcessEnv;
  // The syncs under test are processes of their own; setting up and reading back runs the same program in-process.
  const cli = (args: string[], stdin?: string) => runCli(['--data-dir', dir.path, ...args], { stdin, env });
  // A guard against a hung process, not a measure: well inside the test's own budget, far beyond a busy machine's sync.
  const cliProcess = (args: string[]) => spawnCli(['--data-dir', dir.path, ...args], { env, timeoutMs: 240_000 });

  beforeAll(async () => {
    dir = tempDir();
    env = { HOLDFAST_KEYCHAIN_SERVICE: testKeychainService() };
    for (const [index, venue] of VENUES.entries()) {
      // Both Tread.fi desks hold the same seeded data: Cadenza is valued at the newest Tread.fi price, and
      // which desk was read last depends on how the processes interleave; with equal prices it cannot matter.
      const sim = await startSimulatorFor(venue, { seed: venue === 'treadfi' ? 1000 : 1000 + index });
      sims.push(sim);
      labels.push(`${venue} ${index}`);
      const added = await cli(['connections', 'add', '--venue', venue, '--label', `${venue} ${index}`, '--base-url', sim.baseUrl], JSON.stringify(sim.credentials));
      expect(added.code, added.stderr).toBe(0);
    }
  }, 120_000);
  afterAll(async () => {
    await Promise.all(sims.map((s) => s.close()));
    dir?.remove();
  });

  it('stores every read, every sync exits 0, and the totals are exact', async () => {
    const app = createCore({ dataDir: dir.path, mode: 'browser', secrets: new KeytarSecretStore(env.HOLDFAST_KEYCHAIN_SERVICE), intervalMs: () => 1000,
      // The upkeep at once, as if the first answer were given: it runs while the CLI writes.
      upkeepScheduler: (_firstAnswer, start) => (start(), () => {}) });
    const polled: SyncOutcome[] = [];
    app.events.on('sync.progress', (progress) => {
      if (progress.outcome) polled.push(progress.outcome);
    });
    const runs: CliResult[] = [];
    try {
      app.startPolling();
      // Each round the app reads too, beside the CLI syncs, rather than hoping its timer fires within the
      // round: how fast this machine starts processes decides nothing.
      for (let round = 0; round < ROUNDS; round += 1) {
        const [cliRuns] = await Promise.all([Promise.all(Array.from({ length: SYNCS_AT_ONCE }, () => cliProcess(['sync', '--json']))), call(app, 'sync.now')]);
        runs.push(...cliRuns);
      }
      // Let the app's own timed reads finish rather than cut one off at close: pause the timers, then join
      // any read still running (a "sync now" joins a read in flight).
      await call(app, 'sync.pause', {});
      await call(app, 'sync.now');
    } finally {
      await app.close();
    }

    for (const run of runs) {
      expect(run.code, run.stdout + run.stderr).toBe(0);
      const outcomes = JSON.parse(run.stdout) as SyncOutcome[];
      expect(outcomes.map((o) => o.ok)).toEqual(VENUES.map(() => true));
    }
    expect(polled.length).toBeGreaterThanOrEqual(VENUES.length);
    expect(polled.filter((o) => !o.ok)).toEqual([]);

    // Every read left its line in the sync log, written only after its snapshot was: all of them are there.
    const db = new Database(join(dir.path, DATABASE_FILE), { readonly: true });
    const log = db.prepare('SELECT connection_id AS id, kind, COUNT(*) AS n FROM sync_log GROUP BY connection_id, kind').all() as { id: string; kind: string; n: number }[];
    db.close();
    expect(log.filter((row) => row.kind !== 'ok').map((row) => row.kind)).toEqual([]);
    const reads = new Map<string, number>();
    for (const outcome of polled) reads.set(outcome.connectionId, (reads.get(outcome.connectionId) ?? 0) + 1);
    for (const row of log) expect(row.n, `reads of ${row.id}`).toBe(ROUNDS * SYNCS_AT_ONCE + (reads.get(row.id) ?? 0));
    expect(log).toHaveLength(VENUES.length);

    // The same venues read once by one process into a fresh folder give the same figures to the last digit.
    const expected = await readAlone(sims);
    const shown = JSON.parse((await cli(['holdings', '--json'])).stdout) as HoldingsView;
    expect(shown.totalUsd).toBe(expected.holdings.totalUsd);
    expect(shown.holdings).toHaveLength(expected.holdings.holdings.length);
    const summary = await appSummary(dir.path, env);
    expect(summary.connections.map((c) => [c.label, c.totalUsd])).toEqual(expected.summary.connections.map((c) => [c.label, c.totalUsd]));
  }, 300_000);

  /** One read of the same simulators, alone, into a folder of its own: what the figures must be. */
  async function readAlone(started: readonly StartedSimulator[]): Promise<{ holdings: HoldingsView; summary: PortfolioSummary }> {
    const alone = tempDir();
    const core = createCore({ dataDir: alone.path, mode: 'cli', secrets: new MemorySecretStore() });
    try {
      for (const [index, sim] of started.entries()) {
        await call(core, 'connections.add', { venue: VENUES[index], label: labels[index], baseUrl: sim.baseUrl, credentials: sim.credentials });
      }
      const outcomes = await call<SyncOutcome[]>(core, 'sync.now');
      expect(outcomes.every((o) => o.ok)).toBe(true);
      return { holdings: await call<HoldingsView>(core, 'portfolio.holdings', {}), summary: await call<PortfolioSummary>(core, 'portfolio.summary') };
    } finally {
      await core.close();
      alone.remove();
    }
  }
});

async function appSummary(dataDir: string, env: NodeJS.ProcessEnv): Promise<PortfolioSummary> {
  const core = createCore({ dataDir, mode: 'cli', readOnly: true, secrets: new KeytarSecretStore(env.HOLDFAST_KEYCHAIN_SERVICE) });
  try {
    return await call<PortfolioSummary>(core, 'portfolio.summary');
  } finally {
    await core.close();
  }
}
