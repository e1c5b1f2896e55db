import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewConnection } from '../shared/domain/connection';
import { VenueId, venues } from '../shared/domain/venue';
import { createCore, type AppMode, type Core } from './core';
import { MemorySecretStore } from './secrets/memory-secret-store';
import { startSimulatorFor, type StartedSimulator } from './venues/simulators';

export interface Demo {
  readonly core: Core;
  readonly dataDir: string;
  readonly simulators: readonly StartedSimulator[];
  close(): Promise<void>;
}

/**
 * What a new user sees before adding keys: every venue's simulator on 127.0.0.1 with seeded data,
 * one connection each, polled like real ones. Its data dir is throwaway and its simulator credentials
 * stay in memory, so the demo never touches the real portfolio or the keychain.
 */
export async function startDemo(mode: AppMode, dataDir = mkdtempSync(join(tmpdir(), 'holdfast-demo-'))): Promise<Demo> {
  const core = createCore({ dataDir, mode, secrets: new MemorySecretStore() });
  const simulators: StartedSimulator[] = [];
  try {
    for (const venue of VenueId.options) {
      const simulator = await startSimulatorFor(venue);
      simulators.push(simulator);
      const connection = NewConnection.parse({ venue, label: `${venues[venue].name} (demo)`, baseUrl: simulator.baseUrl, credentials: simulator.credentials });
      const reply = await core.dispatch('connections.add', connection);
      if (!reply.ok) throw new Error(reply.error.message);
      await core.dispatch('connections.update', { id: reply.data.id, pollIntervalSec: 30 });
    }
    await core.dispatch('sync.now', {});
  } catch (error) {
    await core.close();
    await Promise.all(simulators.map((s) => s.close()));
    throw error;
  }
  return {
    core,
    dataDir,
    simulators,
    async close() {
      await core.close();
      await Promise.all(simulators.map((s) => s.close()));
    },
  };
}
