import { afterEach, describe, expect, it, vi } from 'vitest';
import { simCore, type SimCore } from '../../support/sim-core';

describe('poller', () => {
  let env: SimCore;
  afterEach(() => env.stop());

  it('reads connections concurrently: every request is made before the fastest answer comes back', async () => {
    const latencies = [1_500, 1_600, 1_700, 1_800, 2_000];
    // LTP: one request per read (RapidX also reads positions, margin and names), so a read takes one latency.
    env = await simCore(latencies.map((ms) => ({ venue: 'ltp' as const, options: { faults: [{ kind: 'latency' as const, ms }] } })), {
      http: { timeoutMs: 20_000, retry: { limit: 0, baseDelayMs: 10, maxDelayMs: 10 } },
    });
    const outcomes = await env.call('sync.now');
    expect(outcomes.every((o) => o.ok)).toBe(true);
    // Read one after another, the second request could not arrive before the first answer (1.5 s at the
    // earliest); read at once, all five arrive within that window, however busy the machine is.
    const arrivals = env.sims.map((sim) => sim.requests[0]?.at ?? Infinity);
    expect(Math.max(...arrivals) - Math.min(...arrivals)).toBeLessThan(latencies[0] ?? 0);
  });

  it('single-flight: a second "sync now" joins the read in progress', async () => {
    // LTP: one request per read, so one read is one request.
    env = await simCore([{ venue: 'ltp', options: { faults: [{ kind: 'latency', ms: 200 }] } }], { http: { timeoutMs: 2_000, retry: { limit: 0, baseDelayMs: 10, maxDelayMs: 10 } } });
    const sim = env.sims[0];
    const [a, b] = await Promise.all([env.call('sync.now'), env.call('sync.now')]);
    expect(a).toEqual(b);
    expect(sim?.requests.length).toBe(1);
  });

  // The schedule itself (backoff doubling, pause, the wait after a restart, stop) is timed on fake timers in
  // test/unit/sync/poller-timers.test.ts; here the same behaviour through the real core and its channels.
  it('a failing read puts the connection in backoff, and a good one clears it', async () => {
    env = await simCore(['rapidx']);
    const sim = env.sims[0];
    sim?.faults.set({ kind: 'server_error', times: 1_000, status: 503 });
    const [failed] = await env.call('sync.now');
    expect(failed).toMatchObject({ ok: false, error: { kind: 'server' } });
    expect((await env.call('sync.status')).connections[0]).toMatchObject({ failures: 1, state: 'backoff' });

    sim?.faults.clear();
    await env.call('sync.now', { connectionId: env.connections[0]?.id });
    const recovered = await env.call('sync.status');
    expect(recovered.connections[0]).toMatchObject({ failures: 0, state: expect.stringMatching(/idle|syncing/) });
  });

  it('pauses and resumes one connection or all', async () => {
    env = await simCore(['rapidx', 'rapidx'], { intervalMs: 100 });
    await env.call('sync.pause', {});
    env.core.startPolling();
    const paused = await env.call('sync.status');
    expect(paused.paused).toBe(true);
    expect(paused.connections.map((c) => [c.state, c.nextAt])).toEqual([['paused', null], ['paused', null]]);

    await env.call('sync.resume', {});
    await env.call('sync.pause', { connectionId: env.connections[1]?.id });
    // The resumed connection is read on its timer; the paused one never is.
    const [first, second] = env.sims;
    await vi.waitFor(() => expect(first?.requests.length).toBeGreaterThanOrEqual(2), { timeout: 30_000 });
    expect(second?.requests.length).toBe(0);
    const status = await env.call('sync.status');
    expect(status.connections.map((c) => c.state)).toEqual([expect.stringMatching(/idle|syncing/), 'paused']);
  });

  it('after a restart, waits until the stored data is one interval old before reading again', async () => {
    env = await simCore(['rapidx'], { intervalMs: 60_000 });
    await env.call('sync.now');
    const sim = env.sims[0];
    const before = sim?.requests.length ?? 0;
    env.core.startPolling();
    const status = await env.call('sync.status');
    // Due a minute after the stored read (± 10 % jitter), not the second after start a first read waits.
    const due = Date.parse(status.connections[0]?.nextAt ?? '') - Date.now();
    expect(due).toBeGreaterThan(30_000);
    expect(sim?.requests.length).toBe(before);
  });

  it('stops cleanly: reads in flight are aborted and nothing is written after', async () => {
    env = await simCore([{ venue: 'rapidx', options: { faults: [{ kind: 'latency', ms: 5_000 }] } }], { http: { timeoutMs: 20_000, retry: { limit: 0, baseDelayMs: 10, maxDelayMs: 10 } } });
    const sim = env.sims[0];
    const reading = env.core.poller.syncNow();
    await vi.waitFor(() => expect(sim?.requests.length).toBeGreaterThan(0), { timeout: 30_000 });
    await env.core.poller.stop();
    await expect(reading).rejects.toThrow();
    expect(env.core.db.prepare('SELECT COUNT(*) FROM snapshots').pluck().get()).toBe(0);
  });
});
