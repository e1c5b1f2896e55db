import { expect, it } from 'vitest';
import { sampleTimes } from '../../../src/main/demo/demo-year';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// The 1Y chart aligns its start down to a day; the year's first sample must come before that whatever
// the time of day and the phase of the two-day grid (the demo test failed on every other UTC day).
it('starts the backfilled year before the 1Y chart does, at any time of day on any day', () => {
  const base = Date.UTC(2026, 10, 29);
  for (let nowMs = base; nowMs < base + 4 * DAY; nowMs += HOUR) {
    const times = sampleTimes(nowMs);
    expect(times[0]).toBeLessThanOrEqual(nowMs - 366 * DAY);
    expect(times.every((t, i) => i === 0 || t > (times[i - 1] as number))).toBe(true);
    expect(times.at(-1)).toBeLessThan(nowMs);
  }
});
