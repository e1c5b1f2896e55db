import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CadenzaSimulator } from '../../../../src/main/venues/cadenza';
import { expectReadFails, paths, shortPolicy, startSignedIn } from './helpers';

// Failures that outlast every retry: split from the other fault tests because each waits out a gate window.
let sim: CadenzaSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('Cadenza failures that outlast the retries', () => {
  it('reports server after a 5xx on every attempt', async () => {
    const started = await startSignedIn();
    sim = started.sim;
    sim.faults.set({ kind: 'server_error', times: 3, status: 500 });
    const error = await expectReadFails(sim, started.client, 'server');
    expect(error.message).toContain('HTTP 500');
    expect(paths(sim, started.from)).toHaveLength(3);
  });

  it('reports server for a gateway’s HTML 502 page on every attempt', async () => {
    const started = await startSignedIn();
    sim = started.sim;
    sim.faults.set({ kind: 'html_error', times: 3, status: 502 });
    await expectReadFails(sim, started.client, 'server');
  });

  it('reports timeout when no attempt is answered', async () => {
    // 2 s, not 0.3: beside two CPU hogs a short timeout can fire before an attempt has written its request,
    // and the simulator never sees (or counts) it; Tread.fi's timeout test failed that way once.
    const started = await startSignedIn({}, { ...shortPolicy, timeoutMs: 2_000 });
    sim = started.sim;
    sim.faults.set({ kind: 'timeout', times: 3 });
    await expectReadFails(sim, started.client, 'timeout');
    // The simulator logs a request once it has read it; on a busy machine the client's timeout can pass first.
    const answered = sim;
    await vi.waitFor(() => expect(paths(answered, started.from)).toHaveLength(3), { timeout: 30_000 });
  });
});
