import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Connection } from '../../shared/domain/connection';
import { VenueId } from '../../shared/domain/venue';
import { venues } from '../../shared/domain/venue-info';
import { createCore, type Core, type CoreOptions } from '../core';
import { backfillYear } from './backfill';
import { readPresent } from './read-present';
import { MemorySecretStore } from '../secrets/memory-secret-store';
import { startSimulatorFor, type StartedSimulator } from '../venues/simulators';

export interface Demo {
  readonly core: Core;
  readonly dataDir: string;
  readonly simulators: readonly StartedSimulator[];
  close(): Promise<void>;
}

export type DemoOptions = Omit<CoreOptions, 'dataDir' | 'secrets' | 'demo'> & {
  /** Where to keep the demo's database; by default a fresh temporary folder, deleted on close. */
  readonly dataDir?: string;
  /** How much history to make up before today (days); a year by default. */
  readonly historyDays?: number;
};

/**
 * What a new user sees before adding keys: every venue's simulator on 127.0.0.1 with seeded data, one
 * connection each, polled like real ones, and a year of history leading up to today's reads. Its
 * folder is its own (never the real profile's) and the simulator credentials stay in memory, so the
 * demo never touches the real portfolio or the keychain.
 */
export async function startDemo(options: DemoOptions): Promise<Demo> {
  const ownsDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'holdfast-demo-'));
  const core = createCore({ ...options, dataDir, secrets: new MemorySecretStore(), demo: true });
  const now = options.now ?? (() => new Date());
  const simulators: StartedSimulator[] = [];
  const close = async () => {
    await core.close();
    await Promise.all(simulators.map((s) => s.close()));
    if (ownsDir) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const connections: { connection: Connection; simulator: StartedSimulator }[] = [];
    for (const venue of VenueId.options) {
      const simulator = await startSimulatorFor(venue);
      simulators.push(simulator);
      const reply = await core.dispatch('connections.add', {
        venue,
        label: `${venues[venue].name} (demo)`,
        baseUrl: simulator.baseUrl,
        credentials: simulator.credentials,
      });
      if (!reply.ok) throw new Error(reply.error.message);
      const updated = await core.dispatch('connections.update', { id: (reply.data as Connection).id, pollIntervalSec: 30 });
      if (!updated.ok) throw new Error(updated.error.message);
      connections.push({ connection: updated.data as Connection, simulator });
    }
    // Today's reads first, held in memory: the year is written before them, so they land as the newest snapshots.
    const present = await readPresent(connections, now, options.connectorFor, options.http);
    backfillYear(core.db, present, now().getTime(), options.historyDays);
    await core.dispatch('sync.now', {});
  } catch (error) {
    await close();
    throw error;
  }
  return { core, dataDir, simulators, close };
}
