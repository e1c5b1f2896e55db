import { rmSync } from 'node:fs';
import type { VenueId } from '../../src/shared/domain/venue';
import { createCore } from '../../src/main/core';
import { MemorySecretStore } from '../../src/main/secrets/memory-secret-store';
import { startSimulatorFor } from '../../src/main/venues/simulators';
import { benchDir } from '../lib/data';
import { median } from '../lib/measure';

/**
 * One sync cycle over five venue simulators whose every answer is delayed 50…500 ms. The slow
 * latency goes to LTP, read in one request; Tread.fi reads two endpoints in turn, and RapidX and
 * ConneX read their positions and margin after the balances, so they get the short delays.
 * Concurrent reads make the cycle about as long as the slowest venue.
 */
const latencies: [VenueId, number][] = [
  ['treadfi', 50],
  ['connex', 50],
  ['rapidx', 100],
  ['cadenza', 200],
  ['ltp', 500],
];

export async function pollVsSlowest(): Promise<{ poll_vs_slowest: number; poll_cycle_ms: number }> {
  const dir = benchDir('poll');
  const core = createCore({ dataDir: dir, mode: 'cli', secrets: new MemorySecretStore(), http: { timeoutMs: 5_000, retry: { limit: 0, baseDelayMs: 10, maxDelayMs: 10 } } });
  const sims = await Promise.all(latencies.map(([venue, ms]) => startSimulatorFor(venue, { faults: [{ kind: 'latency', ms }] })));
  try {
    for (const [i, [venue]] of latencies.entries()) {
      const sim = sims[i];
      if (!sim) continue;
      await core.dispatch('connections.add', { venue, label: venue, baseUrl: sim.baseUrl, credentials: sim.credentials });
    }
    const cycle = async () => {
      const reply = await core.dispatch('sync.now', {});
      if (!reply.ok || (reply.data as { ok: boolean }[]).some((o) => !o.ok)) throw new Error(`a read failed: ${JSON.stringify(reply)}`);
    };
    // Cycles are spaced as the poller spaces them, no closer than the venues' documented rates allow
    // (Tread.fi's two requests a second, LTP's three per ten seconds); back to back, the rate gates
    // would rightly hold the reads and the figure would measure them instead.
    const times: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const started = performance.now();
      await cycle();
      if (run > 0) times.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 3_500));
    }
    const ms = median(times);
    return { poll_vs_slowest: ms / 500, poll_cycle_ms: ms };
  } finally {
    await core.close();
    await Promise.all(sims.map((s) => s.close()));
    rmSync(dir, { recursive: true, force: true });
  }
}
