import type { Channel, ChannelInput, ChannelOutput } from '../../src/shared/contract';
import { NewConnection, type Connection } from '../../src/shared/domain/connection';
import type { VenueId } from '../../src/shared/domain/venue';
import { createCore, type AppMode, type Core } from '../../src/main/core';
import { MemorySecretStore } from '../../src/main/secrets/memory-secret-store';
import type { HttpPolicy } from '../../src/main/venues/shared/http';
import { startSimulatorFor, type SimulatorStart, type StartedSimulator } from '../../src/main/venues/simulators';
import { tempDir } from './temp-dir';

// Short enough for fault tests, long enough that a loaded machine never turns a good answer into a timeout.
export const fastHttp: HttpPolicy = { timeoutMs: 3_000, retry: { limit: 1, baseDelayMs: 10, maxDelayMs: 50 } };

export interface SimCore {
  readonly core: Core;
  readonly dataDir: string;
  readonly sims: StartedSimulator[];
  readonly connections: Connection[];
  call<C extends Channel>(channel: C, input?: ChannelInput<C>): Promise<ChannelOutput<C>>;
  stop(): Promise<void>;
}

/**
 * A real core (SQLite file, real handlers, real HTTP) with one connection per simulator. Credentials
 * go to the demo-mode memory store: these tests are about syncing, the keychain has its own.
 */
export interface SimCoreOptions {
  readonly intervalMs?: number;
  readonly http?: HttpPolicy;
  readonly now?: () => Date;
  readonly mode?: AppMode;
  readonly label?: (venue: VenueId, index: number) => string;
  readonly chooseExportPath?: (suggestedName: string) => Promise<string | null>;
  /** Leave the data folder behind at stop, for a test that reads it afterwards. */
  readonly keepDataDir?: boolean;
}

export async function simCore(venues: readonly (VenueId | { venue: VenueId; options: SimulatorStart })[], options: SimCoreOptions = {}): Promise<SimCore> {
  const dir = tempDir();
  const core = createCore({
    dataDir: dir.path,
    mode: options.mode ?? 'cli',
    secrets: new MemorySecretStore(),
    http: options.http ?? fastHttp,
    now: options.now,
    intervalMs: options.intervalMs === undefined ? undefined : () => options.intervalMs as number,
    chooseExportPath: options.chooseExportPath,
  });
  const call = async <C extends Channel>(channel: C, input?: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const reply = await core.dispatch(channel, input ?? ({} as ChannelInput<C>));
    if (!reply.ok) throw new Error(`${channel}: ${reply.error.message}`);
    return reply.data;
  };
  const sims: StartedSimulator[] = [];
  const connections: Connection[] = [];
  for (const entry of venues) {
    const { venue, options: simOptions } = typeof entry === 'string' ? { venue: entry, options: {} } : entry;
    const sim = await startSimulatorFor(venue, simOptions);
    sims.push(sim);
    const label = options.label?.(venue, sims.length - 1) ?? `${venue} ${sims.length}`;
    connections.push(await call('connections.add', NewConnection.parse({ venue, label, baseUrl: sim.baseUrl, credentials: sim.credentials })));
  }
  return {
    core,
    dataDir: dir.path,
    sims,
    connections,
    call,
    async stop() {
      await core.close();
      await Promise.all(sims.map((s) => s.close()));
      if (!options.keepDataDir) dir.remove();
    },
  };
}
