import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { RateGate } from '../../../../src/main/venues/shared/rate-limit';

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** When each of `n` requests, all asked for at once, was let through, by the injected clock. */
async function startsOf(gate: RateGate, n: number): Promise<number[]> {
  const starts: number[] = [];
  const all = Array.from({ length: n }, () => gate.acquire().then(() => starts.push(Date.now())));
  await vi.runAllTimersAsync();
  await Promise.all(all);
  return starts;
}

it('lets a window’s count through at once and holds the rest for the next windows', async () => {
  const gate = new RateGate({ count: 3, perMs: 1_000 });
  expect(await startsOf(gate, 7)).toEqual([0, 0, 0, 1_000, 1_000, 1_000, 2_000]);
});

it('never lets more than the count start within any span of the window, across window edges too', async () => {
  const gate = new RateGate({ count: 2, perMs: 1_000 });
  await vi.advanceTimersByTimeAsync(999);
  const starts = [...(await startsOf(gate, 2)), ...(await startsOf(gate, 3))];
  for (let i = 0; i + 2 < starts.length; i++) expect((starts[i + 2] as number) - (starts[i] as number)).toBeGreaterThanOrEqual(1_000);
  expect(gate.waiting).toBe(0);
});

it('shows the requests it holds', async () => {
  const gate = new RateGate({ count: 1, perMs: 10_000 });
  const first = gate.acquire();
  const second = gate.acquire();
  await first;
  expect(gate.waiting).toBe(1);
  await vi.advanceTimersByTimeAsync(10_000);
  await second;
  expect(gate.waiting).toBe(0);
});
