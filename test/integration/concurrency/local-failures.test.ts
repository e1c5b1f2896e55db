import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Connection } from '../../../src/shared/domain/connection';
import type { HoldingsView, PortfolioSummary } from '../../../src/shared/domain/portfolio';
import type { SyncLogEntry, SyncOutcome } from '../../../src/shared/domain/sync';
import { createCore, DATABASE_FILE, type Core } from '../../../src/main/core';
import { MemorySecretStore } from '../../../src/main/secrets/memory-secret-store';
import { startSimulatorFor, type StartedSimulator } from '../../../src/main/venues/simulators';
import { fastHttp } from '../../support/sim-core';
import { tempDir } from '../../support/temp-dir';
import { mountTinyDisk, tinyDiskProblem, type TinyDisk } from './tiny-disk';

const diskProblem = tinyDiskProblem();
if (diskProblem) console.warn(diskProblem);

interface Env {
  readonly core: Core;
  readonly secrets: MemorySecretStore;
  readonly connection: Connection;
  call<T>(channel: string, input?: unknown): Promise<T>;
  syncOnce(): Promise<SyncOutcome>;
}

/**
 * Failures on this computer, not at the venue: each keeps its own kind and a sentence naming Holdfast,
 * the last good data stays, and the next read after the cause is gone works.
 */
describe('a read that fails on this computer', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function start(dataDir: string): Promise<Env> {
    const sim: StartedSimulator = await startSimulatorFor('rapidx');
    cleanups.push(() => sim.close());
    const secrets = new MemorySecretStore();
    // A short busy timeout: a locked database is reported after a fraction of a second, not three.
    const core = createCore({ dataDir, mode: 'cli', secrets, http: fastHttp, busyTimeoutMs: 50 });
    cleanups.push(() => core.close());
    const call = async <T>(channel: string, input: unknown = {}): Promise<T> => {
      const reply = await core.dispatch(channel, input);
      if (!reply.ok) throw new Error(`${channel}: ${reply.error.message}`);
      return reply.data as T;
    };
    const connection = await call<Connection>('connections.add', { venue: 'rapidx', label: 'main', baseUrl: sim.baseUrl, credentials: sim.credentials });
    const syncOnce = async () => (await call<SyncOutcome[]>('sync.now'))[0] as SyncOutcome;
    expect((await syncOnce()).ok).toBe(true);
    return { core, secrets, connection, call, syncOnce };
  }

  function folder(): string {
    const dir = tempDir();
    cleanups.push(() => dir.remove());
    return dir.path;
  }

  it('a database another process keeps locked is Holdfast’s problem: storage, a sentence naming the folder, data kept', async () => {
    const dataDir = folder();
    const env = await start(dataDir);
    const before = await env.call<HoldingsView>('portfolio.holdings', {});
    const other = new Database(join(dataDir, DATABASE_FILE));
    cleanups.push(() => other.close());
    other.exec('BEGIN EXCLUSIVE');

    const outcome = await env.syncOnce();
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'storage' } });
    expect(outcome.error?.message).toBe(
      `Holdfast could not save this read because other Holdfast processes kept the database in ${dataDir} busy for too long; Holdfast kept your data and will retry.`,
    );
    // Readers are never blocked by a writer (WAL): the last good data is still shown while the lock is held.
    expect(await env.call<HoldingsView>('portfolio.holdings', {})).toEqual({ ...before, asOf: expect.any(String) as string });

    // Any other write the user asks for while it lasts says the same, not "an unexpected error".
    expect(await env.core.dispatch('settings.update', { theme: 'dark' })).toEqual({
      ok: false,
      error: { code: 'storage_unavailable', message: `Holdfast could not do this because other Holdfast processes kept the database in ${dataDir} busy for too long.` },
    });

    other.exec('ROLLBACK');
    expect((await env.syncOnce()).ok).toBe(true);
  });

  it('a keychain without the credentials is a keychain failure, logged as such, and not “offline”', async () => {
    const env = await start(folder());
    await env.secrets.delete(env.connection.id);

    const outcome = await env.syncOnce();
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'keychain', message: expect.stringMatching(/^No credentials are stored in the keychain/) as string } });
    const log = await env.call<SyncLogEntry[]>('sync.log', { id: env.connection.id });
    expect(log[0]).toMatchObject({ kind: 'keychain', message: outcome.error?.message });
    const summary = await env.call<PortfolioSummary>('portfolio.summary');
    expect(summary.connections[0]?.lastError?.kind).toBe('keychain');
    expect(summary.offline).toBe(false);
  });

  describe.skipIf(diskProblem !== null)('on a full disk', () => {
    let disk: TinyDisk;
    afterEach(() => disk?.unmount());

    it('says the disk holding the data folder is full, keeps the last good data, and the next read after space is freed works', async () => {
      disk = mountTinyDisk(16);
      const dataDir = join(disk.path, 'data');
      const env = await start(dataDir);
      const before = await env.call<HoldingsView>('portfolio.holdings', {});
      // An empty WAL: the next write must grow it, which a full disk refuses.
      env.core.db.pragma('wal_checkpoint(TRUNCATE)');
      disk.fill();

      const outcome = await env.syncOnce();
      expect(outcome).toMatchObject({ ok: false, error: { kind: 'storage' } });
      expect(outcome.error?.message).toBe(`Holdfast could not save this read because the disk holding ${dataDir} is full; Holdfast kept your data and will retry.`);
      expect(await env.call<HoldingsView>('portfolio.holdings', {})).toEqual({ ...before, asOf: expect.any(String) as string });

      disk.free();
      expect((await env.syncOnce()).ok).toBe(true);
    });
  });
});
