import { describe, expect, it } from 'vitest';
import type { HistoryView } from '../../../src/shared/domain/portfolio';
import { fromHistoryStart, startsLate, tickTexts, timeLabel, yRange } from '../../../src/renderer/src/views/dashboard/chart-scale';

const view = (values: (string | null)[]): HistoryView => ({
  range: 'all',
  asset: null,
  from: '2026-01-01T00:00:00.000Z',
  to: new Date(Date.parse('2026-01-01T00:00:00.000Z') + values.length * 60_000).toISOString(),
  stepMs: 60_000,
  points: values.map((valueUsd, i) => ({ t: new Date(Date.parse('2026-01-01T00:01:00.000Z') + i * 60_000).toISOString(), valueUsd, missing: 0 })),
});

describe('chart scale', () => {
  it('scales y to the values shown, never to zero', () => {
    expect(yRange(29_000_000, 30_000_000)).toEqual([28_900_000, 30_100_000]);
    expect(yRange(500, 500)).toEqual([495, 505]);
    expect(yRange(0, 0)).toEqual([-1, 1]);
  });

  it('starts the plot where history starts', () => {
    const late = view([null, null, null, '10', null, '12']);
    expect(fromHistoryStart(late).map((p) => p.valueUsd)).toEqual(['10', null, '12']);
    expect(startsLate(late)).toBe(true);
    expect(startsLate(view(['1', '2']))).toBe(false);
    expect(fromHistoryStart(view([null, null]))).toEqual([]);
  });

  it('labels a day by clock time, longer ranges by date', () => {
    expect(timeLabel('1d', 3_600_000)).toBe('time');
    expect(timeLabel('all', 3_600_000)).toBe('date-time');
    expect(timeLabel('all', 30 * 86_400_000)).toBe('date');
    expect(timeLabel('1w', 7 * 86_400_000)).toBe('date');
  });
});

describe('tick texts', () => {
  const iso = (ms: number) => new Date(ms).toISOString();
  const formats = { date: (ms: number) => iso(ms).slice(0, 10), time: (ms: number) => iso(ms).slice(11, 16), seconds: (ms: number) => iso(ms).slice(11, 19) };
  const t0 = Date.parse('2026-01-01T23:00:00.000Z');

  it('names the day on the first tick and where it changes; seconds only over a few minutes', () => {
    const hours = [0, 1, 2].map((h) => t0 + h * 3_600_000);
    expect(tickTexts(hours, 'date-time', formats)).toEqual(['2026-01-01 23:00', '2026-01-02 00:00', '01:00']);
    expect(tickTexts(hours, 'time', formats)).toEqual(['23:00', '00:00', '01:00']);
    const seconds = [0, 20_000, 40_000].map((s) => t0 + s);
    expect(tickTexts(seconds, 'date-time', formats)).toEqual(['2026-01-01 23:00:00', '23:00:20', '23:00:40']);
    expect(tickTexts(hours, 'date', formats)).toEqual(['2026-01-01', '2026-01-02', '2026-01-02']);
  });
});
