import { describe, expect, it } from 'vitest';
import { rollupStep, valueSeries, type ValueRow } from '../../../src/main/portfolio/history';

const MIN = 60_000;
const row = (connectionId: string, takenMin: number, confirmedMin: number, valueUsd: string): ValueRow => ({
  connectionId,
  takenAt: takenMin * MIN,
  confirmedAt: confirmedMin * MIN,
  valueUsd,
});

describe('value series', () => {
  const tolerance = () => 3 * MIN;

  it('sums connections at each step and leaves a gap where no data existed, never interpolating', () => {
    const rows = [row('a', 0, 10, '100'), row('a', 30, 40, '200'), row('b', 0, 40, '1.5')];
    const { stepMs, points } = valueSeries(rows, { from: 0, to: 40 * MIN, maxPoints: 8, connectionIds: ['a', 'b'], toleranceMs: tolerance });
    expect(stepMs).toBe(5 * MIN);
    expect(points.map((p) => [p.t.slice(11, 16), p.valueUsd, p.missing])).toEqual([
      ['00:05', '101.5', 0],
      ['00:10', '101.5', 0],
      ['00:15', '1.5', 1],
      ['00:20', '1.5', 1],
      ['00:25', '1.5', 1],
      ['00:30', '1.5', 1],
      ['00:35', '201.5', 0],
      ['00:40', '201.5', 0],
    ]);
  });

  it('is null where no connection had data', () => {
    const { points } = valueSeries([row('a', 19, 19, '5')], { from: 0, to: 20 * MIN, maxPoints: 2, connectionIds: ['a'], toleranceMs: tolerance });
    expect(points.map((p) => p.valueUsd)).toEqual([null, '5']);
  });

  it('keeps decimals exact when summing', () => {
    const rows = [row('a', 0, 1, '0.1'), row('b', 0, 1, '0.2'), row('c', 0, 1, '123456789.123456789123456789')];
    // A point is the value just before its time: rows taken at 0 count for the point at 1 minute.
    const { points } = valueSeries(rows, { from: 0, to: MIN, maxPoints: 1, connectionIds: ['a', 'b', 'c'], toleranceMs: tolerance });
    expect(points).toEqual([{ t: new Date(MIN).toISOString(), valueUsd: '123456789.423456789123456789', missing: 0 }]);
  });
});

describe('rollup steps', () => {
  const HOUR = 3_600_000;
  const from = Date.UTC(2026, 0, 1, 5, 30);

  it('rounds steps of an hour or more up to nice ones on the rollup grains, never exceeding maxPoints', () => {
    expect(rollupStep(from, from + 10 * HOUR, 500)).toBeNull();
    expect(rollupStep(from, from + 365 * 24 * HOUR, 2000)).toEqual({ from: Date.UTC(2026, 0, 1, 0), stepMs: 6 * HOUR });
    expect(rollupStep(from, from + 365 * 24 * HOUR, 500)).toEqual({ from: Date.UTC(2026, 0, 1, 0), stepMs: 24 * HOUR });
    expect(rollupStep(from, from + 30 * 24 * HOUR, 500)).toEqual({ from: Date.UTC(2026, 0, 1, 5), stepMs: 2 * HOUR });
    for (const [days, max] of [[1, 20], [30, 500], [365, 2000], [1000, 700]] as const) {
      const step = rollupStep(from, from + days * 24 * HOUR, max);
      if (step) expect((from + days * 24 * HOUR - step.from) / step.stepMs).toBeLessThanOrEqual(max + 1);
    }
  });
});
