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
// Exported for the test that holds rowOf (below) to this order.
export const fields = [
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

/** One row in `fields` order, by name: one keyed read per field was most of encoding a set. */
function rowOf(h: Holding): (string | null)[] {
  return [h.accountId, h.accountLabel, h.wallet, h.exchange, h.asset, h.kind, h.quantity, h.available, h.locked, h.borrowed, h.equity, h.priceUsd, h.valueUsd, h.exposureUsd, h.unrealizedPnl, h.sourceUpdatedAt];
}

/** Rows written this many at a time: one write per row was a call into the buffer's encoder per holding. */
const ROWS_PER_WRITE = 64;

/** Rows in `fields` order, each written as JSON.stringify writes an array of them. */
function writeRows(out: SetWriter, rows: readonly Holding[]): void {
  for (let start = 0; start < rows.length; start += ROWS_PER_WRITE) {
    let text = start > 0 ? ',' : '';
    const end = Math.min(rows.length, start + ROWS_PER_WRITE);
    for (let i = start; i < end; i += 1) text += `${i > start ? ',' : ''}${JSON.stringify(rowOf(rows[i] as Holding))}`;
    out.write(text);
  }
}

/**
 * A set's JSON written piece by piece into one buffer kept from set to set. One JSON.stringify of a
 * 1,000-holding set and its copy into a Buffer each allocate a few hundred fresh KB per snapshot, and
 * touching fresh pages cost more than encoding did; the rows written one at a time into a reused buffer
 * touch none. Buffers above MAX_KEPT are let go after use, so one huge set does not stay resident.
 */
class SetWriter {
  private static spare: Buffer | null = Buffer.allocUnsafe(256 * 1024);
  private static readonly MAX_KEPT = 8 * 1024 * 1024;
  private buffer: Buffer;
  private length = 0;

  /** The spare buffer, unless a set being written already holds it. */
  constructor() {
    this.buffer = SetWriter.spare ?? Buffer.allocUnsafe(256 * 1024);
    SetWriter.spare = null;
  }

  write(text: string): void {
    // A UTF-16 unit is at most 3 bytes of UTF-8, so this room always fits the text.
    const room = this.length + 3 * text.length;
    if (room > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(room, 2 * this.buffer.length));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    this.length += this.buffer.write(text, this.length, 'utf8');
  }

  get bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  release(): void {
    if (this.buffer.length <= SetWriter.MAX_KEPT) SetWriter.spare = this.buffer;
  }
}

/**
 * One set is one JSON blob: holdings are always read whole, never queried by field, and one row per
 * set instead of one per holding writes a snapshot in a handful of statements. New sets are written
 * as plain JSON (a zlib call costs more than the rest of a write); compaction compresses the sets it
 * keeps beyond 48 hours, where labels and timestamps repeat and shrink to about a third.
 *
 * The set is handed to `use` in a buffer that is reused once `use` returns: `use` must not keep it.
 * The bytes are JSON.stringify's of the Encoded object, key for key, so a set hashes as it always has.
 */
export function withEncodedSet<T>(
  holdings: readonly Holding[],
  positions: readonly PositionDetail[],
  accountTotals: readonly AccountTotal[],
  accountCount: number,
  extras: SetExtras,
  use: (set: EncodedSet) => T,
): T {
  const out = new SetWriter();
  try {
    out.write('{"h":[');
    writeRows(out, holdings);
    out.write(`],"p":${JSON.stringify(positions)},"t":${JSON.stringify(accountTotals)},"a":${JSON.stringify(accountCount)}`);
    // The new keys only when they hold something: a read without them hashes as it did before they existed.
    if (extras.uncountedPositions?.length) {
      out.write(',"q":[');
      writeRows(out, extras.uncountedPositions);
      out.write(']');
    }
    if (extras.marginAccounts?.length) out.write(`,"m":${JSON.stringify(extras.marginAccounts)}`);
    if (extras.bookPrices?.length) out.write(`,"b":${JSON.stringify(extras.bookPrices)}`);
    out.write('}');
    const blob = out.bytes;
    return use({ hash: createHash('sha256').update(blob).digest().subarray(0, 16), blob });
  } finally {
    out.release();
  }
}

/** The encoded set in a buffer of its own. */
export function encodeSet(
  holdings: readonly Holding[],
  positions: readonly PositionDetail[],
  accountTotals: readonly AccountTotal[],
  accountCount: number,
  extras: SetExtras = {},
): EncodedSet {
  return withEncodedSet(holdings, positions, accountTotals, accountCount, extras, ({ hash, blob }) => ({ hash, blob: Buffer.from(blob) }));
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
