import { Dec, decimalString } from '../../../../shared/decimal';
import type { Position } from '../../../../shared/domain/portfolio';

export interface PositionTotals {
  readonly longUsd: string;
  readonly shortUsd: string;
  readonly unrealizedPnl: string;
}

/** Long and short notional and the summed uPnL, over the positions that report them. */
export function positionTotals(positions: readonly Position[]): PositionTotals {
  let long = new Dec(0);
  let short = new Dec(0);
  let pnl = new Dec(0);
  for (const p of positions) {
    if (p.exposureUsd !== null) {
      const notional = new Dec(p.exposureUsd);
      if (notional.isNegative()) short = short.plus(notional.abs());
      else long = long.plus(notional);
    }
    if (p.unrealizedPnl !== null) pnl = pnl.plus(p.unrealizedPnl);
  }
  return { longUsd: decimalString(long), shortUsd: decimalString(short), unrealizedPnl: decimalString(pnl) };
}
