import { Dec, decimalString } from '../../shared/decimal';
import type { AccountTotal } from '../../shared/domain/holding';
import type { Reconciliation } from '../../shared/domain/portfolio';
import { totalsOf } from './valuation';

/** What the summary needs of one stored set of holdings; computed once per set, since sets never change. */
export interface SetSummary {
  readonly totalUsd: string;
  readonly unpricedCount: number;
  readonly holdingCount: number;
  readonly reconciliation: readonly Omit<Reconciliation, 'connectionId' | 'venue'>[];
}

type ValuedRow = { readonly accountId: string; readonly wallet: string | null; readonly valueUsd: string | null };

/** Totals of a set, and each venue-reported account total beside the sum of our rows for that account (and wallet, where the venue splits by it). */
export function summariseSet(holdings: readonly ValuedRow[], accountTotals: readonly AccountTotal[]): SetSummary {
  const totals = totalsOf(holdings);
  return {
    totalUsd: totals.totalUsd,
    unpricedCount: totals.unpricedCount,
    holdingCount: holdings.length,
    reconciliation: accountTotals.map((total) => {
      const rows = holdings.filter((h) => h.accountId === total.accountId && (total.wallet === null || h.wallet === total.wallet));
      const computed = totalsOf(rows).totalUsd;
      return {
        accountId: total.accountId,
        accountLabel: total.accountLabel,
        wallet: total.wallet,
        reportedUsd: total.reportedUsd,
        computedUsd: computed,
        differenceUsd: decimalString(new Dec(total.reportedUsd).minus(computed)),
      };
    }),
  };
}

