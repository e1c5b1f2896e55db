import { Dec, decimalString } from '../../../../shared/decimal';
import type { HistoryView } from '../../../../shared/domain/portfolio';

export interface Change {
  readonly changeUsd: string;
  readonly baselineUsd: string;
  /** When the comparison starts: the range's start, or later when history begins after it. */
  readonly since: string;
  readonly partial: boolean;
}

/**
 * Net worth now against the first known point of the range. Where history starts well inside the
 * range (a new install) the change is still shown, but flagged as partial with its real start.
 */
export function changeOver(view: HistoryView, nowUsd: string): Change | null {
  const baseline = view.points.find((p) => p.valueUsd !== null);
  if (!baseline?.valueUsd) return null;
  const from = Date.parse(view.from);
  const span = Date.parse(view.to) - from;
  return {
    changeUsd: decimalString(new Dec(nowUsd).minus(baseline.valueUsd)),
    baselineUsd: baseline.valueUsd,
    since: baseline.t,
    partial: Date.parse(baseline.t) - from > span * 0.1,
  };
}
