import type { Core } from '../../../src/main/core';
import type { Connection } from '../../../src/shared/domain/connection';
import { VenueId } from '../../../src/shared/domain/venue';
import { simCore, type SimCore } from '../../support/sim-core';

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
  call: SimCore['call'];
  stop(): Promise<void>;
}

/** A real core over every venue simulator, with a clock the test moves and a stand-in for the save dialog. */
export async function exportEnv(options: { keepDataDir?: boolean } = {}): Promise<ExportEnv> {
  const clock = { offsetMs: 0, frozenAt: null as number | null };
  const env = { dialogAnswer: null as string | null, suggestedNames: [] as string[] };
  const base = await simCore(VenueId.options, {
    mode: 'electron',
    now: () => new Date(clock.frozenAt ?? Date.now() + clock.offsetMs),
    intervalMs: INTERVAL_MS,
    label: (venue) => hostileLabels[venue],
    chooseExportPath: async (name) => {
      env.suggestedNames.push(name);
      return env.dialogAnswer;
    },
    keepDataDir: options.keepDataDir,
  });
  return Object.assign(env, { core: base.core, dataDir: base.dataDir, connections: base.connections, clock, call: base.call, stop: base.stop });
}
