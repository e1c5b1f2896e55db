import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncOutcome } from '../../../src/shared/domain/sync';
import { Poller, type PollerDeps } from '../../../src/main/sync/poller';
import { testConnection } from '../../support/connection';

/**
 * The poller's timing on fake timers: every delay is exact (jitter pinned to its middle), so these
 * assert the schedule itself and take no wall-clock time, however busy the machine is.
 */
const connection = (id: string) => testConnection({ id, label: id });

interface Harness {
  readonly poller: Poller;
  /** Fake time of each read, per connection. */
  readonly reads: Map<string, number[]>;
  ok: boolean;
}

function harness(ids: readonly string[], deps: Partial<PollerDeps> = {}): Harness {
  const connections = ids.map(connection);
  const reads = new Map<string, number[]>(ids.map((id) => [id, []]));
  const h: Harness = {
    reads,
    ok: true,
    poller: new Poller({
      connections: () => connections,
      read: (c) => {
        reads.get(c.id)?.push(Date.now());
        const outcome: SyncOutcome = { connectionId: c.id, venue: c.venue, ok: h.ok, holdings: h.ok ? 1 : 0, error: h.ok ? null : { kind: 'server', message: 'RapidX answered 503.' }, warnings: [] };
        return Promise.resolve(outcome);
      },
      intervalMs: () => 100,
      random: () => 0.5,
      now: () => Date.now(),
      ...deps,
    }),
  };
  return h;
}

describe('poller timing (fake timers)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('backs off exponentially after failures and recovers after a success', async () => {
    const h = harness(['a']);
    h.ok = false;
    h.poller.start();
    const start = Date.now();
    // The first read 1 s after start, then the 100 ms interval doubled per failure: 200, 400, 800 ms.
    await vi.advanceTimersByTimeAsync(1_000 + 200 + 400 + 800);
    const times = (h.reads.get('a') ?? []).map((t) => t - start);
    expect(times).toEqual([1_000, 1_200, 1_600, 2_400]);
    const gaps = times.slice(1).map((t, i) => t - (times[i] ?? 0));
    for (let i = 1; i < gaps.length; i += 1) expect((gaps[i] ?? 0) / (gaps[i - 1] ?? 1)).toBeGreaterThan(1.5);
    expect(h.poller.status().connections[0]).toMatchObject({ failures: 4, state: 'backoff' });

    h.ok = true;
    await h.poller.syncNow('a');
    expect(h.poller.status().connections[0]).toMatchObject({ failures: 0, state: 'idle' });
    // Back on the plain interval after the success.
    const before = h.reads.get('a')?.length ?? 0;
    await vi.advanceTimersByTimeAsync(100);
    expect(h.reads.get('a')?.length).toBe(before + 1);
    await h.poller.stop();
  });

  it('pauses and resumes one connection or all', async () => {
    const h = harness(['a', 'b']);
    h.poller.pause();
    h.poller.start();
    await vi.advanceTimersByTimeAsync(1_400);
    expect([...h.reads.values()].flat()).toEqual([]);
    expect(h.poller.status().paused).toBe(true);

    h.poller.resume();
    h.poller.pause('b');
    // Resumed 500 ms later, then every 100 ms.
    await vi.advanceTimersByTimeAsync(900);
    expect(h.reads.get('a')?.length).toBeGreaterThanOrEqual(2);
    expect(h.reads.get('b')).toEqual([]);
    expect(h.poller.status().connections.map((c) => c.state)).toEqual(['idle', 'paused']);
    await h.poller.stop();
  });

  it('after a restart, waits until the stored data is one interval old before reading again', async () => {
    const h = harness(['a'], { intervalMs: () => 2_000, lastReadAt: () => Date.now() });
    h.poller.start();
    const due = Date.parse(h.poller.status().connections[0]?.nextAt ?? '') - Date.now();
    expect(due).toBe(2_000);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(h.reads.get('a')).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.reads.get('a')).toHaveLength(1);
    await h.poller.stop();
  });

  it('stop() aborts a read in flight instead of waiting for its answer', async () => {
    // A read that only ever ends when it is aborted: stop() can return only by aborting it.
    const poller = new Poller({
      connections: () => [connection('a')],
      read: (_c, signal) => new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error))),
      intervalMs: () => 100,
    });
    const reading = poller.syncNow();
    await poller.stop();
    await expect(reading).rejects.toThrow('Holdfast is stopping');
  });
});
