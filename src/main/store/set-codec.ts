import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import type { AccountTotal, Holding, MarginAccount, PositionDetail } from '../../shared/domain/holding';
import type { BookPrice } from '../../shared/domain/prices';

/** A book price as stored with its set; the snapshot supplies the connection. */
export type StoredBookPrice = Omit<BookPrice, 'connectionId'>;

/** Everything one read stored beside its totals: the holdings without their connection and fetch time, which the snapshot supplies. */
export interface SetContent {
  readonly holdings: StoredHolding[];
  /** Position rows never summed into net worth (VenueRead.uncountedPositions); none in sets written before them. */
  readonly uncountedPositions: StoredHolding[];
  readonly positions: PositionDetail[];
  readonly marginAccounts: MarginAccount[];
  readonly accountTotals: AccountTotal[];
  readonly accountCount: number;
  /** Where the price book's prices in this set came from; none in sets written before they were recorded. */
  readonly bookPrices: StoredBookPrice[];
}

/** What later reads added to a set; absent from older sets, which decode with none. */
export interface SetExtras {
  readonly uncountedPositions?: readonly Holding[];
  readonly marginAccounts?: readonly MarginAccount[];
  readonly bookPrices?: readonly StoredBookPrice[];
}

export type StoredHolding = Omit<Holding, 'connectionId' | 'venue' | 'fetchedAt'>;

// Holdings are stored as arrays in this order: field names once per set instead of once per holding.
const fields = [
  'accountId',
  'accountLabel',
  'wallet',
  'exchange',
  'asset',
  'kind',
  'quantity',
  'available',
  'locked',
  'borrowed',
  'equity',
  'priceUsd',
  'valueUsd',
  'exposureUsd',
  'unrealizedPnl',
  'sourceUpdatedAt',
] as const satisfies readonly (keyof StoredHolding)[];

/** Where an encoded holding row keeps its value. */
export const VALUE_USD_FIELD = fields.indexOf('valueUsd');

interface Encoded {
  readonly h: (string | null)[][];
  /** Older sets have positions without the fields added since (liquidationPrice, notionalUsd, riskLevel). */
  readonly p: Partial<PositionDetail>[];
  readonly t: AccountTotal[];
  readonly a: number;
  /** Uncounted position rows, encoded like `h`; written only when there are some. */
  readonly q?: (string | null)[][];
  /** Margin accounts; written only when there are some. */
  readonly m?: MarginAccount[];
  /** Book prices' origins; written only when there are some. */
  readonly b?: StoredBookPrice[];
}

export interface EncodedSet {
  /** 128 bits of SHA-256 of the content: identical reads have identical sets. */
  readonly hash: Buffer;
  readonly blob: Buffer;
}

/**
 * One set is one JSON blob: holdings are always read whole, never queried by field, and one row per
 * set instead of one per holding writes a snapshot in a handful of statements. New sets are written
 * as plain JSON (a zlib call costs more than the rest of a write); compaction compresses the sets it
 * keeps beyond 48 hours, where labels and timestamps repeat and shrink to about a third.
 */
export function encodeSet(
  holdings: readonly Holding[],
  positions: readonly PositionDetail[],
  accountTotals: readonly AccountTotal[],
  accountCount: number,
  extras: SetExtras = {},
): EncodedSet {
  const row = (h: Holding) => fields.map((f) => h[f]);
  // The new keys only when they hold something: a read without them hashes as it did before they existed.
  const encoded: Encoded = {
    h: holdings.map(row),
    p: [...positions],
    t: [...accountTotals],
    a: accountCount,
    ...(extras.uncountedPositions?.length ? { q: extras.uncountedPositions.map(row) } : {}),
    ...(extras.marginAccounts?.length ? { m: [...extras.marginAccounts] } : {}),
    ...(extras.bookPrices?.length ? { b: [...extras.bookPrices] } : {}),
  };
  const json = Buffer.from(JSON.stringify(encoded));
  return { hash: createHash('sha256').update(json).digest().subarray(0, 16), blob: json };
}

// Plain JSON starts with "{" (0x7b); a zlib stream starts with its header byte 0x78.
const ZLIB_HEADER = 0x78;

export function isCompressed(blob: Buffer): boolean {
  return blob[0] === ZLIB_HEADER;
}

export function compressSet(blob: Buffer): Buffer {
  return isCompressed(blob) ? blob : deflateSync(blob);
}

/** One encoded holding row back as a stored holding. */
export function storedHoldingOf(v: (string | null)[]): StoredHolding {
  return {
    accountId: v[0] as string,
    accountLabel: v[1] as string,
    wallet: v[2] ?? null,
    exchange: v[3] ?? null,
    asset: v[4] as string,
    kind: v[5] as StoredHolding['kind'],
    quantity: v[6] as string,
    available: v[7] ?? null,
    locked: v[8] ?? null,
    borrowed: v[9] ?? null,
    equity: v[10] ?? null,
    priceUsd: v[11] ?? null,
    valueUsd: v[12] ?? null,
    exposureUsd: v[13] ?? null,
    unrealizedPnl: v[14] ?? null,
    sourceUpdatedAt: v[15] ?? null,
  };
}

/** A stored position detail with every field: one written before a field existed has it as unknown (null). */
function toPosition(p: Partial<PositionDetail>): PositionDetail {
  return {
    accountId: p.accountId as string,
    exchange: p.exchange ?? null,
    asset: p.asset as string,
    side: p.side as PositionDetail['side'],
    leverage: p.leverage ?? null,
    initialMargin: p.initialMargin ?? null,
    maintMargin: p.maintMargin ?? null,
    marginBalance: p.marginBalance ?? null,
    entryPrice: p.entryPrice ?? null,
    markPrice: p.markPrice ?? null,
    fundingFee: p.fundingFee ?? null,
    liquidationPrice: p.liquidationPrice ?? null,
    notionalUsd: p.notionalUsd ?? null,
    riskLevel: p.riskLevel ?? null,
  };
}

export function decodeSet(blob: Buffer): SetContent {
  const encoded = JSON.parse((isCompressed(blob) ? inflateSync(blob) : blob).toString('utf8')) as Encoded;
  return {
    holdings: encoded.h.map(storedHoldingOf),
    uncountedPositions: (encoded.q ?? []).map(storedHoldingOf),
    positions: encoded.p.map(toPosition),
    marginAccounts: encoded.m ?? [],
    accountTotals: encoded.t,
    accountCount: encoded.a,
    bookPrices: encoded.b ?? [],
  };
}
