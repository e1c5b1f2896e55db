import { createCore, type Core } from '../../../src/main/core';
import { MemorySecretStore } from '../../../src/main/secrets/memory-secret-store';
import { startSimulatorFor, type StartedSimulator } from '../../../src/main/venues/simulators';
import type { Connection } from '../../../src/shared/domain/connection';
import { VenueId } from '../../../src/shared/domain/venue';
import { fastHttp } from '../../support/sim-core';
import { tempDir } from '../../support/temp-dir';

/** Connection labels are user text: each one here would break naive CSV or run as a spreadsheet formula. */
export const hostileLabels: Record<VenueId, string> = {
  rapidx: '=HYPERLINK("http://evil.example","click")',
  connex: "+cmd|' /C calc'!A0",
  ltp: 'Desk, "North"\nline two — 東京 ✓',
  cadenza: '@SUM(1,2)',
  treadfi: '-2+3 Ünïcødé',
};

/** Every connection's poll interval: a value counts as known for three of them (30 s) after its last read. */
export const INTERVAL_MS = 10_000;

export interface ExportEnv {
  readonly core: Core;
  readonly dataDir: string;
  readonly connections: Connection[];
  /**
   * The core's clock: real time plus an offset, or frozen so a view and its export see the same "now".
   * Reads are signed with it, and the simulators refuse a clock more than 60 s off.
   */
  readonly clock: { offsetMs: number; frozenAt: number | null };
  /** What the Electron save dialog would answer; null = cancelled. */
  dialogAnswer: string | null;
  readonly suggestedNames: string[];
  call<T = unknown>(channel: string, input?: unknown): Promise<T>;
  stop(): Promise<void>;
}

/** A real core over every venue simulator, with a clock the test moves and a stand-in for the save dialog. */
export async function exportEnv(options: { keepDataDir?: boolean } = {}): Promise<ExportEnv> {
  const dir = tempDir('holdfast-export-');
  const clock = { offsetMs: 0, frozenAt: null as number | null };
  const env = {
    dialogAnswer: null as string | null,
    suggestedNames: [] as string[],
  };
  const core = createCore({
    dataDir: dir.path,
    mode: 'electron',
    secrets: new MemorySecretStore(),
    http: fastHttp,
    now: () => new Date(clock.frozenAt ?? Date.now() + clock.offsetMs),
    intervalMs: () => INTERVAL_MS,
    chooseExportPath: async (name) => {
      env.suggestedNames.push(name);
      return env.dialogAnswer;
    },
  });
  const call = async <T>(channel: string, input: unknown = {}): Promise<T> => {
    const reply = await core.dispatch(channel, input);
    if (!reply.ok) throw new Error(`${channel}: ${reply.error.message}`);
    return reply.data as T;
  };
  const sims: StartedSimulator[] = [];
  const connections: Connection[] = [];
  for (const venue of VenueId.options) {
    const sim = await startSimulatorFor(venue);
    sims.push(sim);
    connections.push(await call<Connection>('connections.add', { venue, label: hostileLabels[venue], baseUrl: sim.baseUrl, credentials: sim.credentials }));
  }
  return Object.assign(env, {
    core,
    dataDir: dir.path,
    connections,
    clock,
    call,
    async stop() {
      await core.close();
      await Promise.all(sims.map((s) => s.close()));
      if (!options.keepDataDir) dir.remove();
    },
  });
}
