import { createHash } from 'node:crypto';
import type { AccountTotal, Holding, PositionDetail } from '../../shared/domain/holding';
import type { Db } from './database';
import {
  fromAccountTotalRow,
  fromPositionRow,
  toAccountTotalRow,
  toHoldingRow,
  toPositionRow,
  type AccountTotalRow,
  type HoldingRow,
  type PositionRow,
} from './holding-rows';

/** What one successful, valued read adds to the store. */
export interface SnapshotInput {
  readonly connectionId: string;
  readonly at: Date;
  readonly holdings: readonly Holding[];
  readonly positions: readonly PositionDetail[];
  readonly accountTotals: readonly AccountTotal[];
  readonly accountCount: number;
  readonly totalUsd: string;
  readonly unpricedCount: number;
}

export interface SnapshotRow {
  connection_id: string;
  taken_at: number;
  confirmed_at: number;
  total_usd: string;
  unpriced_count: number;
  holding_count: number;
  account_count: number;
  set_id: number | null;
}

/** A point of a connection's value: a snapshot, or an hour's last snapshot from the rollup. */
export interface TotalRow {
  connection_id: string;
  taken_at: number;
  confirmed_at: number;
  total_usd: string;
  set_id: number | null;
}

export interface SetContent {
  readonly holdings: HoldingRow[];
  readonly positions: PositionDetail[];
  readonly accountTotals: AccountTotal[];
}

export type RecordOutcome = 'new' | 'new-reusing-holdings' | 'confirmed';

const HOUR = 3_600_000;
const SNAPSHOT_COLUMNS = `c.connection_id AS connection_id, s.taken_at AS taken_at, s.taken_at + s.confirmed_ms AS confirmed_at,
  s.total_usd AS total_usd, s.unpriced_count AS unpriced_count, s.holding_count AS holding_count,
  s.account_count AS account_count, s.set_id AS set_id`;

export class SnapshotsRepo {
  private readonly seriesOf;
  private readonly insertSeries;
  private readonly findSet;
  private readonly insertSet;
  private readonly insertHolding;
  private readonly insertPosition;
  private readonly insertTotal;
  private readonly lastOfSeries;
  private readonly insertSnapshot;
  private readonly confirmSnapshot;
  private readonly upsertHour;
  private readonly confirmHour;

  constructor(private readonly db: Db) {
    this.seriesOf = db.prepare<[string], number>('SELECT id FROM series WHERE connection_id = ?').pluck();
    this.insertSeries = db.prepare<[string]>('INSERT INTO series (connection_id) VALUES (?)');
    this.findSet = db.prepare<[string], number>('SELECT id FROM holding_sets WHERE content_hash = ?').pluck();
    this.insertSet = db.prepare<[string, number]>('INSERT INTO holding_sets (content_hash, holding_count) VALUES (?, ?)');
    // Positional parameters: no object per row on the hot path of a 10,000-holding snapshot.
    this.insertHolding = db.prepare<unknown[]>('INSERT INTO holdings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    this.insertPosition = db.prepare<unknown[]>('INSERT INTO position_details VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    this.insertTotal = db.prepare<unknown[]>('INSERT INTO account_totals VALUES (?, ?, ?, ?, ?, ?)');
    this.lastOfSeries = db.prepare<[number], { taken_at: number; confirmed_ms: number; total_usd: string; account_count: number; set_id: number | null }>(
      'SELECT taken_at, confirmed_ms, total_usd, account_count, set_id FROM snapshots WHERE series = ? ORDER BY taken_at DESC LIMIT 1',
    );
    this.insertSnapshot = db.prepare<unknown[]>('INSERT INTO snapshots VALUES (?, ?, 0, ?, ?, ?, ?, ?)');
    this.confirmSnapshot = db.prepare<[number, number, number]>('UPDATE snapshots SET confirmed_ms = ? WHERE series = ? AND taken_at = ?');
    this.upsertHour = db.prepare<[number, number, number, number, string]>(
      `INSERT INTO series_hourly VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (series, hour) DO UPDATE SET taken_at = excluded.taken_at, confirmed_at = excluded.confirmed_at, total_usd = excluded.total_usd
       WHERE excluded.taken_at >= series_hourly.taken_at`,
    );
    this.confirmHour = db.prepare<[number, number, number, number]>(
      'UPDATE series_hourly SET confirmed_at = ? WHERE series = ? AND hour = ? AND taken_at = ?',
    );
  }

  /**
   * Writes one read in one transaction: a crash leaves either the whole snapshot or none of it.
   * The same content as the last snapshot only moves its confirmation time; the same holdings as any
   * earlier read are stored once and shared.
   */
  record(input: SnapshotInput): RecordOutcome {
    const hash = contentHash(input.holdings, input.positions, input.accountTotals);
    const at = input.at.getTime();
    return this.db.transaction((): RecordOutcome => {
      const series = this.series(input.connectionId);
      const last = this.lastOfSeries.get(series);
      const existing = this.findSet.get(hash);
      if (last && existing !== undefined && last.set_id === existing && last.total_usd === input.totalUsd && last.account_count === input.accountCount) {
        const confirmedAt = Math.max(at, last.taken_at + last.confirmed_ms);
        this.confirmSnapshot.run(confirmedAt - last.taken_at, series, last.taken_at);
        this.confirmHour.run(confirmedAt, series, Math.floor(last.taken_at / HOUR), last.taken_at);
        return 'confirmed';
      }
      const takenAt = last && at <= last.taken_at ? last.taken_at + 1 : at;
      const setId = existing ?? this.writeSet(hash, input);
      this.insertSnapshot.run(series, takenAt, input.totalUsd, input.unpricedCount, input.holdings.length, input.accountCount, setId);
      this.upsertHour.run(series, Math.floor(takenAt / HOUR), takenAt, takenAt, input.totalUsd);
      return existing === undefined ? 'new' : 'new-reusing-holdings';
    })();
  }

  private series(connectionId: string): number {
    return this.seriesOf.get(connectionId) ?? Number(this.insertSeries.run(connectionId).lastInsertRowid);
  }

  private writeSet(hash: string, input: SnapshotInput): number {
    const setId = Number(this.insertSet.run(hash, input.holdings.length).lastInsertRowid);
    input.holdings.forEach((h, i) => {
      this.insertHolding.run(setId, i, h.accountId, h.accountLabel, h.wallet, h.exchange, h.asset, h.kind, h.quantity, h.available, h.locked, h.borrowed, h.equity, h.priceUsd, h.valueUsd, h.exposureUsd, h.unrealizedPnl, h.sourceUpdatedAt);
    });
    input.positions.forEach((p, i) => {
      const r = toPositionRow(p);
      this.insertPosition.run(setId, i, r.account_id, r.exchange, r.asset, r.side, r.leverage, r.initial_margin, r.maint_margin, r.margin_balance, r.entry_price, r.mark_price, r.funding_fee);
    });
    input.accountTotals.forEach((t, i) => {
      const r = toAccountTotalRow(t);
      this.insertTotal.run(setId, i, r.account_id, r.account_label, r.wallet, r.reported_usd);
    });
    return setId;
  }

  /** Per connection, the newest snapshot at or before `at` that still has its holdings. */
  latestWithHoldings(atMs: number): SnapshotRow[] {
    return this.db
      .prepare<[number], SnapshotRow>(
        `SELECT ${SNAPSHOT_COLUMNS} FROM series c
         JOIN snapshots s ON s.series = c.id AND s.set_id IS NOT NULL
           AND s.taken_at = (SELECT MAX(taken_at) FROM snapshots WHERE series = c.id AND set_id IS NOT NULL AND taken_at <= ?)`,
      )
      .all(atMs);
  }

  setContent(setId: number): SetContent {
    return {
      holdings: this.db.prepare<[number], HoldingRow>('SELECT * FROM holdings WHERE set_id = ? ORDER BY ordinal').all(setId),
      positions: this.db.prepare<[number], PositionRow>('SELECT * FROM position_details WHERE set_id = ? ORDER BY ordinal').all(setId).map(fromPositionRow),
      accountTotals: this.db
        .prepare<[number], AccountTotalRow>('SELECT * FROM account_totals WHERE set_id = ? ORDER BY ordinal')
        .all(setId)
        .map(fromAccountTotalRow),
    };
  }

  /** Every snapshot in [from, to) plus, per connection, the last one before `from`: what was known when the range began. */
  snapshotsBetween(fromMs: number, toMs: number): TotalRow[] {
    return this.db
      .prepare<{ from: number; to: number }, TotalRow>(
        `SELECT c.connection_id AS connection_id, s.taken_at AS taken_at, s.taken_at + s.confirmed_ms AS confirmed_at, s.total_usd AS total_usd, s.set_id AS set_id
         FROM series c JOIN snapshots s ON s.series = c.id
         WHERE s.taken_at >= @from AND s.taken_at < @to
            OR s.taken_at = (SELECT MAX(taken_at) FROM snapshots WHERE series = c.id AND taken_at < @from)`,
      )
      .all({ from: fromMs, to: toMs });
  }

  /** The same from the hourly rollup: each hour's last snapshot. Exact for series whose steps are whole hours. */
  hourlyBetween(fromMs: number, toMs: number): TotalRow[] {
    return this.db
      .prepare<{ from: number; to: number }, TotalRow>(
        `SELECT c.connection_id AS connection_id, h.taken_at AS taken_at, h.confirmed_at AS confirmed_at, h.total_usd AS total_usd, NULL AS set_id
         FROM series c JOIN series_hourly h ON h.series = c.id
         WHERE h.hour >= @from AND h.hour < @to
            OR h.hour = (SELECT MAX(hour) FROM series_hourly WHERE series = c.id AND hour < @from)`,
      )
      .all({ from: Math.floor(fromMs / HOUR), to: Math.ceil(toMs / HOUR) });
  }

  /** Snapshots that still carry holdings in [from, to), for per-asset series. */
  withHoldingsBetween(fromMs: number, toMs: number): TotalRow[] {
    return this.db
      .prepare<[number, number], TotalRow>(
        `SELECT c.connection_id AS connection_id, s.taken_at AS taken_at, s.taken_at + s.confirmed_ms AS confirmed_at, s.total_usd AS total_usd, s.set_id AS set_id
         FROM series c JOIN snapshots s ON s.series = c.id AND s.set_id IS NOT NULL AND s.taken_at >= ? AND s.taken_at < ?`,
      )
      .all(fromMs, toMs);
  }

  earliestTakenAt(): number | null {
    return (this.db.prepare('SELECT MIN(taken_at) FROM snapshots').pluck().get() as number | null) ?? null;
  }
}

/** Identity of a read's content: the holdings as stored plus positions and venue totals, in order. */
export function contentHash(holdings: readonly Holding[], positions: readonly PositionDetail[], totals: readonly AccountTotal[]): string {
  const hash = createHash('sha256');
  for (const h of holdings) hash.update(JSON.stringify(Object.values(toHoldingRow(h))));
  hash.update('\u0000');
  for (const p of positions) hash.update(JSON.stringify(p));
  hash.update('\u0000');
  for (const t of totals) hash.update(JSON.stringify(t));
  return hash.digest('hex');
}
