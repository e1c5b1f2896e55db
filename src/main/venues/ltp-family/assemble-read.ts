import type { Holding, PositionDetail, ReadWarning } from '../../../shared/domain/holding';
import type { VenueRead } from '../connector';
import { noNames, type NameLookup } from '../shared/name-cache';
import type { ReadMeta } from '../shared/read-meta';
import { assetRecordToHolding, type AssetRecord } from './asset-record';
import { marginAccountOf } from './margin-account-record';
import { positionRecordToRows } from './position-record';
import type { TradingAnswers } from './trading-read';

/**
 * RapidX and ConneX balances read with their positions: true for both venues, whose asset equity is
 * available + frozen + uPnL (venue-docs/ltp-family-positions-and-account.md). Their positions therefore
 * go to VenueRead.uncountedPositions and add nothing to net worth.
 */
export const LTP_FAMILY_POSITION_PNL_IN_BALANCES = true;

/** What a read without the trading endpoints or names has: nothing more than the assets. */
export const noTrading: TradingAnswers = { positions: [], accounts: [], warnings: [] };

/** The trading answers and names that join the assets of one read. */
export type ReadExtras = Partial<Pick<LtpFamilyParts, 'trading' | 'names'>>;

export interface LtpFamilyParts {
  readonly venue: 'rapidx' | 'connex';
  readonly assets: readonly AssetRecord[];
  /** Portfolios seen, including empty ones. */
  readonly accountCount: number;
  readonly trading?: TradingAnswers;
  readonly names?: NameLookup;
  readonly meta: ReadMeta;
}

/** Assets, positions and margin of one read as one VenueRead; every portfolio labelled by its name where known. */
export function assembleLtpFamilyRead(parts: LtpFamilyParts): VenueRead {
  const { venue, meta } = parts;
  const trading = parts.trading ?? noTrading;
  const names = parts.names ?? noNames;
  const label = (portfolioId: string) => names.names.get(portfolioId) ?? portfolioId;
  const warnings: ReadWarning[] = [...trading.warnings, ...(names.warning ? [names.warning] : [])];
  const uncountedPositions: Holding[] = [];
  const positions: PositionDetail[] = [];
  for (const record of trading.positions) {
    const rows = positionRecordToRows(record, venue, label(record.portfolioId), meta);
    if (rows.kind === 'open') {
      uncountedPositions.push(rows.row);
      positions.push(rows.detail);
    } else if (rows.kind === 'unsized') {
      warnings.push({
        accountId: record.portfolioId,
        accountLabel: label(record.portfolioId),
        message: `Position ${record.sym} is left out: its size is in contracts and the venue sent no mark price or value to turn it into coins.`,
      });
    }
  }
  return {
    holdings: parts.assets.map((record) => assetRecordToHolding(record, venue, meta, label(record.portfolioId))),
    uncountedPositions,
    positions,
    marginAccounts: trading.accounts.map((record) => marginAccountOf(record, label(record.portfolioId))),
    accountTotals: [],
    accountCount: parts.accountCount,
    warnings,
  };
}
