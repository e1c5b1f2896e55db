import { Dec, decimalString } from '../../../../shared/decimal';
import type { Holding } from '../../../../shared/domain/holding';

export interface Slice {
  readonly key: string;
  readonly valueUsd: string;
}

export interface Allocation {
  readonly slices: readonly Slice[];
  /** Σ valueUsd of every priced holding: the net worth the shares are of. */
  readonly totalUsd: string;
}

/** The largest `limit` groups by value, the rest folded into "Other"; exact decimal sums throughout. */
export function allocate(holdings: readonly Holding[], keyOf: (h: Holding) => string, limit = 8): Allocation {
  const sums = new Map<string, Dec>();
  let total = new Dec(0);
  for (const holding of holdings) {
    if (holding.valueUsd === null) continue;
    const key = keyOf(holding);
    sums.set(key, (sums.get(key) ?? new Dec(0)).plus(holding.valueUsd));
    total = total.plus(holding.valueUsd);
  }
  const sorted = [...sums.entries()].sort((a, b) => b[1].comparedTo(a[1]) || a[0].localeCompare(b[0]));
  const top = sorted.slice(0, limit).map(([key, value]) => ({ key, valueUsd: decimalString(value) }));
  const rest = sorted.slice(limit).reduce((sum, [, value]) => sum.plus(value), new Dec(0));
  const slices = sorted.length > limit ? [...top, { key: 'Other', valueUsd: decimalString(rest) }] : top;
  return { slices, totalUsd: decimalString(total) };
}
