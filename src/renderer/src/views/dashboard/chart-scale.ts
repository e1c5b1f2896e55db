import type { HistoryRange, HistoryView } from '../../../../shared/domain/portfolio';

/**
 * The one y-scaling rule: from the lowest to the highest value shown, padded by a tenth of that span
 * (or 1 % of the value when the line is flat), never stretched to zero, so a move reads as a move.
 */
export function yRange(min: number, max: number): [number, number] {
  const span = max - min;
  const pad = span > 0 ? span * 0.1 : Math.max(Math.abs(max) * 0.01, 1);
  return [min - pad, max + pad];
}

/** The plotted part of a series: from the first known point (where history starts), never a blank lead-in. */
export function fromHistoryStart(view: HistoryView): HistoryView['points'] {
  const first = view.points.findIndex((p) => p.valueUsd !== null);
  return first < 0 ? [] : view.points.slice(first);
}

/** Does history start inside the range, so the chart begins later than the range does? */
export function startsLate(view: HistoryView): boolean {
  const first = view.points.find((p) => p.valueUsd !== null);
  return first !== undefined && Date.parse(first.t) - Date.parse(view.from) > view.stepMs;
}

export type TimeLabel = 'time' | 'date-time' | 'date';

const DAY_MS = 86_400_000;

/**
 * How the time axis labels its ticks: clock times within a day's view, dates once the span covers
 * days; a long range (a month or more, All) always names the day, even while its history is short.
 */
export function timeLabel(range: HistoryRange, spanMs: number): TimeLabel {
  if (spanMs > 1.5 * DAY_MS) return 'date';
  return range === '1d' ? 'time' : 'date-time';
}

export interface TickFormats {
  readonly date: (ms: number) => string;
  readonly time: (ms: number) => string;
  readonly seconds: (ms: number) => string;
}

/**
 * Tick texts for one axis: dates, or clock times (to the second over a few minutes) with the date on the
 * first tick and wherever the day changes when the label asks for it, so no two ticks read the same.
 */
export function tickTexts(ticksMs: readonly number[], label: TimeLabel, formats: TickFormats): string[] {
  if (label === 'date') return ticksMs.map(formats.date);
  const span = (ticksMs.at(-1) ?? 0) - (ticksMs[0] ?? 0);
  const clock = span <= 15 * 60_000 ? formats.seconds : formats.time;
  return ticksMs.map((ms, i) => {
    const newDay = i === 0 || formats.date(ms) !== formats.date(ticksMs[i - 1] ?? ms);
    return label === 'date-time' && newDay ? `${formats.date(ms)} ${clock(ms)}` : clock(ms);
  });
}
