import { afterEach, describe, expect, it } from 'vitest';
import { simCore, type SimCore } from '../../support/sim-core';

// The background reads retry once here (fastHttp); "test connection" must not retry at all.
describe('"test connection" answers after one try; the background read still retries', () => {
  let env: SimCore;
  afterEach(() => env.stop());

  it('a 503 fails the test at once with its sentence, where sync now retries it away', async () => {
    env = await simCore(['treadfi']);
    const [sim] = env.sims;
    const [connection] = env.connections;
    if (!sim || !connection) throw new Error('no simulator');

    sim.faults.set({ kind: 'server_error', times: 1, status: 503 });
    const before = sim.requests.length;
    const tested = await env.call('connections.test', { id: connection.id });
    expect(tested.ok).toBe(false);
    expect(tested.message).toMatch(/503/);
    expect(sim.requests.length - before).toBe(1);

    sim.faults.set({ kind: 'server_error', times: 1, status: 503 });
    const [read] = await env.call('sync.now', { connectionId: connection.id });
    expect(read?.ok).toBe(true);

    // With nothing wrong, the test reads as before.
    const again = await env.call('connections.test', { id: connection.id });
    expect(again).toMatchObject({ ok: true, message: expect.stringMatching(/^OK — \d+ accounts?, \d+ holdings?$/) });
  });
});
