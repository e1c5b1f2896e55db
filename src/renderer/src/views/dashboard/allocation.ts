import { Dec, decimalString } from '../../../../shared/decimal';
import type { Holding } from '../../../../shared/domain/holding';

export interface Slice {
  readonly key: string;
  readonly valueUsd: string;
}

export interface Allocation {
  /** The largest groups, then one "Other" slice for the rest when there is a rest. */
  readonly slices: readonly Slice[];
  /** What "Other" is made of, largest first: shown when the user opens it. */
  readonly other: readonly Slice[];
  /** Σ valueUsd of every priced holding: the net worth the shares are of. */
  readonly totalUsd: string;
}

export const OTHER = 'Other';

/** The largest `limit` groups by value, the rest folded into "Other"; exact decimal sums throughout. */
export function allocate(holdings: readonly Holding[], keyOf: (h: Holding) => string, limit = 15): Allocation {
  const sums = new Map<string, Dec>();
  let total = new Dec(0);
  for (const holding of holdings) {
    if (holding.valueUsd === null) continue;
    const key = keyOf(holding);
    sums.set(key, (sums.get(key) ?? new Dec(0)).plus(holding.valueUsd));
    total = total.plus(holding.valueUsd);
  }
  const sorted = [...sums.entries()].sort((a, b) => b[1].comparedTo(a[1]) || a[0].localeCompare(b[0]));
  const all = sorted.map(([key, value]) => ({ key, valueUsd: decimalString(value) }));
  // One left over is shown as itself: an "Other" of one hides a name to save nothing.
  if (all.length <= limit + 1) return { slices: all, other: [], totalUsd: decimalString(total) };
  const other = all.slice(limit);
  const rest = sorted.slice(limit).reduce((sum, [, value]) => sum.plus(value), new Dec(0));
  return { slices: [...all.slice(0, limit), { key: OTHER, valueUsd: decimalString(rest) }], other, totalUsd: decimalString(total) };
}
