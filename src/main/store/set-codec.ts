import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import type { AccountTotal, Holding, PositionDetail } from '../../shared/domain/holding';

/** Everything one read stored beside its totals: the holdings without their connection and fetch time, which the snapshot supplies. */
export interface SetContent {
  readonly holdings: StoredHolding[];
  readonly positions: PositionDetail[];
  readonly accountTotals: AccountTotal[];
  readonly accountCount: number;
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

interface Encoded {
  readonly h: (string | null)[][];
  readonly p: PositionDetail[];
  readonly t: AccountTotal[];
  readonly a: number;
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
export function encodeSet(holdings: readonly Holding[], positions: readonly PositionDetail[], accountTotals: readonly AccountTotal[], accountCount: number): EncodedSet {
  const encoded: Encoded = { h: holdings.map((h) => fields.map((f) => h[f])), p: [...positions], t: [...accountTotals], a: accountCount };
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

function toHolding(v: (string | null)[]): StoredHolding {
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

export function decodeSet(blob: Buffer): SetContent {
  const encoded = JSON.parse((isCompressed(blob) ? inflateSync(blob) : blob).toString('utf8')) as Encoded;
  return {
    holdings: encoded.h.map(toHolding),
    positions: encoded.p,
    accountTotals: encoded.t,
    accountCount: encoded.a,
  };
}
