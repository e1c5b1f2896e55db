import { expect } from 'vitest';
import type { Rate } from '../../../src/main/venues/shared/rate-limit';

/**
 * Checks the simulator's own arrival times against a rate, in the one form a busy machine cannot break:
 * a gate lets at most k × count requests start by `since` + k windows, and load only ever delays an
 * arrival, so no more than that may have arrived by then. (A busiest-window count is not load-proof:
 * requests the gate spaced out can arrive bunched when some are held up on the way.)
 */
export function expectWithinRate(arrivals: readonly number[], since: number, rate: Rate): void {
  const last = Math.max(since, ...arrivals);
  for (let windows = 1; since + (windows - 1) * rate.perMs <= last; windows++) {
    const by = since + windows * rate.perMs;
    expect(arrivals.filter((at) => at < by).length, `arrivals in the first ${windows} windows of ${rate.perMs} ms`).toBeLessThanOrEqual(windows * rate.count);
  }
}
