import type { Holding, PositionDetail } from '../../shared/domain/holding';
import type { Position } from '../../shared/domain/portfolio';
import { distanceToLiquidation } from './liquidation';
import { underlyingOf } from './underlying';

const noDetail = {
  leverage: null,
  initialMargin: null,
  maintMargin: null,
  marginBalance: null,
  entryPrice: null,
  markPrice: null,
  fundingFee: null,
  liquidationPrice: null,
  notionalUsd: null,
  riskLevel: null,
} as const;

function sideOf(quantity: string): Position['side'] {
  return quantity.startsWith('-') ? 'short' : quantity === '0' ? 'flat' : 'long';
}

/**
 * Position holdings joined to their venue details by (account, exchange, asset), with the coin they are on,
 * the distance to liquidation, and the notional the venue gave (or |quantity| × mark) as exposure.
 */
export function positionsOf(holdings: readonly Holding[], details: readonly (PositionDetail & { connectionId: string })[]): Position[] {
  const byKey = new Map(details.map((d) => [`${d.connectionId}\u0000${d.accountId}\u0000${d.exchange ?? ''}\u0000${d.asset}`, d]));
  return holdings
    .filter((h) => h.kind === 'position')
    .map((h) => {
      const detail = byKey.get(`${h.connectionId}\u0000${h.accountId}\u0000${h.exchange ?? ''}\u0000${h.asset}`);
      const derived = { underlying: underlyingOf(h.asset), distanceToLiquidation: distanceToLiquidation(detail?.markPrice ?? null, detail?.liquidationPrice ?? null) };
      if (!detail) return { ...h, side: sideOf(h.quantity), ...noDetail, ...derived };
      return {
        ...h,
        ...derived,
        exposureUsd: h.exposureUsd ?? detail.notionalUsd,
        side: detail.side,
        leverage: detail.leverage,
        initialMargin: detail.initialMargin,
        maintMargin: detail.maintMargin,
        marginBalance: detail.marginBalance,
        entryPrice: detail.entryPrice,
        markPrice: detail.markPrice,
        fundingFee: detail.fundingFee,
        liquidationPrice: detail.liquidationPrice,
        notionalUsd: detail.notionalUsd,
        riskLevel: detail.riskLevel,
      };
    });
}
