import { afterEach, describe, expect, it } from 'vitest';
import { simCore, type SimCore } from '../../support/sim-core';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

  it('backs off exponentially after failures and recovers after a success', async () => {
    env = await simCore(['rapidx'], { intervalMs: 100 });
    const sim = env.sims[0];
    sim?.faults.set({ kind: 'server_error', times: 1_000, status: 503 });
    env.core.startPolling();
    const gaps: number[] = [];
    await sleep(1_000 + 100 + 200 + 400 + 300);
    // Each read is one request plus one retry (fastHttp): the first request of each read marks its start.
    const times = (sim?.requests ?? []).filter((_, i) => i % 2 === 0).map((r) => r.at);
    for (let i = 1; i < times.length; i += 1) gaps.push((times[i] ?? 0) - (times[i - 1] ?? 0));
    const status = await env.call('sync.status');
    expect(status.connections[0]?.failures).toBeGreaterThanOrEqual(3);
    expect(status.connections[0]?.state).toBe('backoff');
    // 200, 400, 800 ms ± 10 % jitter: each wait roughly doubles.
    expect(gaps.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < gaps.length; i += 1) expect((gaps[i] ?? 0) / (gaps[i - 1] ?? 1)).toBeGreaterThan(1.5);

    sim?.faults.clear();
    await env.call('sync.now', { connectionId: env.connections[0]?.id });
    const recovered = await env.call('sync.status');
    expect(recovered.connections[0]).toMatchObject({ failures: 0, state: expect.stringMatching(/idle|syncing/) });
  });

  it('pauses and resumes one connection or all', async () => {
    env = await simCore(['rapidx', 'rapidx'], { intervalMs: 100 });
    const [first, second] = env.sims;
    await env.call('sync.pause', {});
    env.core.startPolling();
    await sleep(1_400);
    expect((first?.requests.length ?? 0) + (second?.requests.length ?? 0)).toBe(0);
    expect((await env.call('sync.status')).paused).toBe(true);

    await env.call('sync.resume', {});
    await env.call('sync.pause', { connectionId: env.connections[1]?.id });
    await sleep(900);
    expect(first?.requests.length).toBeGreaterThanOrEqual(2);
    expect(second?.requests.length).toBe(0);
    const status = await env.call('sync.status');
    expect(status.connections.map((c) => c.state)).toEqual([expect.stringMatching(/idle|syncing/), 'paused']);
  });

  it('after a restart, waits until the stored data is one interval old before reading again', async () => {
    env = await simCore(['rapidx'], { intervalMs: 2_000 });
    await env.call('sync.now');
    const sim = env.sims[0];
    const before = sim?.requests.length ?? 0;
    env.core.startPolling();
    const status = await env.call('sync.status');
    const due = Date.parse(status.connections[0]?.nextAt ?? '') - Date.now();
    expect(due).toBeGreaterThan(1_500);
    await sleep(1_200);
    expect(sim?.requests.length).toBe(before);
  });

  it('stops cleanly: reads in flight are aborted and nothing is written after', async () => {
    env = await simCore([{ venue: 'rapidx', options: { faults: [{ kind: 'latency', ms: 3_000 }] } }], { http: { timeoutMs: 10_000, retry: { limit: 0, baseDelayMs: 10, maxDelayMs: 10 } } });
    const reading = env.core.poller.syncNow();
    await sleep(100);
    const started = performance.now();
    await env.core.poller.stop();
    expect(performance.now() - started).toBeLessThan(500);
    await expect(reading).rejects.toThrow();
    expect(env.core.db.prepare('SELECT COUNT(*) FROM snapshots').pluck().get()).toBe(0);
  });
});
