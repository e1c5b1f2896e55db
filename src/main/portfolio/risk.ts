import { Dec } from '../../shared/decimal';
import type { VenueId } from '../../shared/domain/venue';
import type { RiskAccount, RiskPosition } from '../../shared/domain/risk';
import { distanceToLiquidation } from './liquidation';

/** A venue's margin figures for one account on one exchange, as stored with its connection. */
export interface MarginInput {
  readonly connectionId: string;
  readonly venue: VenueId;
  readonly accountId: string;
  readonly accountLabel: string;
  readonly exchange: string | null;
  readonly equityUsd: string | null;
  readonly maintMarginUsd: string | null;
  readonly uniMMR: string | null;
  readonly riskRatio: string | null;
  readonly accountStatus: string | null;
}

export interface PositionInput {
  readonly connectionId: string;
  readonly venue: VenueId;
  readonly accountId: string;
  readonly accountLabel: string;
  readonly exchange: string | null;
  readonly asset: string;
  readonly side: RiskPosition['side'];
  readonly quantity: string;
  readonly markPrice: string | null;
  readonly liquidationPrice: string | null;
}

const keyOf = (row: { connectionId: string; accountId: string; exchange: string | null }) => `${row.connectionId}\u0000${row.accountId}\u0000${row.exchange ?? ''}`;

/** Any status but NORMAL is trouble; an unknown status is shown as unknown, not as trouble. */
const inTrouble = (status: string | null) => status !== null && status.toUpperCase() !== 'NORMAL';

function nearest(positions: readonly RiskPosition[]): string | null {
  let best: string | null = null;
  for (const p of positions) if (p.distanceToLiquidation !== null && (best === null || new Dec(p.distanceToLiquidation).lt(best))) best = p.distanceToLiquidation;
  return best;
}

/**
 * The margin health board: every account (per exchange) that has margin figures or positions, worst
 * first: any status other than NORMAL, then the nearest liquidation; unknown distances last.
 */
export function riskBoard(margins: readonly MarginInput[], positions: readonly PositionInput[]): RiskAccount[] {
  const accounts = new Map<string, RiskAccount>();
  const blank = (row: PositionInput | MarginInput): RiskAccount => ({
    connectionId: row.connectionId,
    venue: row.venue,
    accountId: row.accountId,
    accountLabel: row.accountLabel,
    exchange: row.exchange,
    equityUsd: null,
    maintMarginUsd: null,
    uniMMR: null,
    riskRatio: null,
    accountStatus: null,
    nearestLiquidation: null,
    positions: [],
  });
  for (const m of margins) {
    accounts.set(keyOf(m), { ...blank(m), equityUsd: m.equityUsd, maintMarginUsd: m.maintMarginUsd, uniMMR: m.uniMMR, riskRatio: m.riskRatio, accountStatus: m.accountStatus });
  }
  for (const p of positions) {
    const account = accounts.get(keyOf(p)) ?? blank(p);
    account.positions.push({
      instrument: p.asset,
      side: p.side,
      quantity: p.quantity,
      markPrice: p.markPrice,
      liquidationPrice: p.liquidationPrice,
      distanceToLiquidation: distanceToLiquidation(p.markPrice, p.liquidationPrice),
    });
    accounts.set(keyOf(p), account);
  }
  const board = [...accounts.values()].map((a) => ({ ...a, nearestLiquidation: nearest(a.positions) }));
  return board.sort((a, b) => {
    const trouble = Number(inTrouble(b.accountStatus)) - Number(inTrouble(a.accountStatus));
    if (trouble !== 0) return trouble;
    if (a.nearestLiquidation === null || b.nearestLiquidation === null) {
      if (a.nearestLiquidation !== b.nearestLiquidation) return a.nearestLiquidation === null ? 1 : -1;
    } else {
      const closer = new Dec(a.nearestLiquidation).comparedTo(b.nearestLiquidation);
      if (closer !== 0) return closer;
    }
    return a.accountLabel.localeCompare(b.accountLabel) || keyOf(a).localeCompare(keyOf(b));
  });
}
