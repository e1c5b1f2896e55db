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
  id: number;
  connection_id: string;
  taken_at: number;
  confirmed_at: number;
  total_usd: string;
  unpriced_count: number;
  holding_count: number;
  account_count: number;
  set_id: number | null;
}

export interface SetContent {
  readonly holdings: HoldingRow[];
  readonly positions: PositionDetail[];
  readonly accountTotals: AccountTotal[];
}

export type RecordOutcome = 'new' | 'new-reusing-holdings' | 'confirmed';

export class SnapshotsRepo {
  private readonly findSet;
  private readonly insertSet;
  private readonly insertHolding;
  private readonly insertPosition;
  private readonly insertTotal;
  private readonly lastOfConnection;
  private readonly insertSnapshot;
  private readonly confirmSnapshot;

  constructor(private readonly db: Db) {
    this.findSet = db.prepare<[string], { id: number }>('SELECT id FROM holding_sets WHERE content_hash = ?');
    this.insertSet = db.prepare<[string, number]>('INSERT INTO holding_sets (content_hash, holding_count) VALUES (?, ?)');
    this.insertHolding = db.prepare(
      `INSERT INTO holdings (set_id, ordinal, account_id, account_label, wallet, exchange, asset, kind, quantity, available, locked,
         borrowed, equity, price_usd, value_usd, exposure_usd, unrealized_pnl, source_updated_at)
       VALUES (@set_id, @ordinal, @account_id, @account_label, @wallet, @exchange, @asset, @kind, @quantity, @available, @locked,
         @borrowed, @equity, @price_usd, @value_usd, @exposure_usd, @unrealized_pnl, @source_updated_at)`,
    );
    this.insertPosition = db.prepare(
      `INSERT INTO position_details (set_id, ordinal, account_id, exchange, asset, side, leverage, initial_margin, maint_margin,
         margin_balance, entry_price, mark_price, funding_fee)
       VALUES (@set_id, @ordinal, @account_id, @exchange, @asset, @side, @leverage, @initial_margin, @maint_margin,
         @margin_balance, @entry_price, @mark_price, @funding_fee)`,
    );
    this.insertTotal = db.prepare(
      `INSERT INTO account_totals (set_id, ordinal, account_id, account_label, wallet, reported_usd)
       VALUES (@set_id, @ordinal, @account_id, @account_label, @wallet, @reported_usd)`,
    );
    this.lastOfConnection = db.prepare<[string], SnapshotRow>(
      'SELECT * FROM snapshots WHERE connection_id = ? ORDER BY taken_at DESC, id DESC LIMIT 1',
    );
    this.insertSnapshot = db.prepare(
      `INSERT INTO snapshots (connection_id, taken_at, confirmed_at, total_usd, unpriced_count, holding_count, account_count, set_id)
       VALUES (@connection_id, @taken_at, @confirmed_at, @total_usd, @unpriced_count, @holding_count, @account_count, @set_id)`,
    );
    this.confirmSnapshot = db.prepare<[number, number]>('UPDATE snapshots SET confirmed_at = ? WHERE id = ?');
  }

  /**
   * Writes one read in one transaction: a crash leaves either the whole snapshot or none of it.
   * The same content as the last snapshot only moves its confirmed_at; the same holdings as any earlier
   * read are stored once and shared.
   */
  record(input: SnapshotInput): RecordOutcome {
    const rows = input.holdings.map(toHoldingRow);
    const hash = contentHash(rows, input.positions, input.accountTotals);
    const at = input.at.getTime();
    return this.db.transaction((): RecordOutcome => {
      const last = this.lastOfConnection.get(input.connectionId);
      const existing = this.findSet.get(hash);
      if (last && existing && last.set_id === existing.id && last.total_usd === input.totalUsd && last.account_count === input.accountCount) {
        this.confirmSnapshot.run(Math.max(at, last.confirmed_at), last.id);
        return 'confirmed';
      }
      const setId = existing?.id ?? this.writeSet(hash, rows, input.positions, input.accountTotals);
      this.insertSnapshot.run({
        connection_id: input.connectionId,
        taken_at: at,
        confirmed_at: at,
        total_usd: input.totalUsd,
        unpriced_count: input.unpricedCount,
        holding_count: rows.length,
        account_count: input.accountCount,
        set_id: setId,
      });
      return existing ? 'new-reusing-holdings' : 'new';
    })();
  }

  private writeSet(hash: string, rows: HoldingRow[], positions: readonly PositionDetail[], totals: readonly AccountTotal[]): number {
    const setId = Number(this.insertSet.run(hash, rows.length).lastInsertRowid);
    rows.forEach((row, ordinal) => this.insertHolding.run({ ...row, set_id: setId, ordinal }));
    positions.forEach((p, ordinal) => this.insertPosition.run({ ...toPositionRow(p), set_id: setId, ordinal }));
    totals.forEach((t, ordinal) => this.insertTotal.run({ ...toAccountTotalRow(t), set_id: setId, ordinal }));
    return setId;
  }

  /** Per connection, the newest snapshot at or before `at` that still has its holdings. */
  latestWithHoldings(atMs: number): SnapshotRow[] {
    return this.db
      .prepare<[number], SnapshotRow>(
        `SELECT s.* FROM snapshots s
         JOIN (SELECT connection_id, MAX(taken_at) AS taken_at FROM snapshots
               WHERE taken_at <= ? AND set_id IS NOT NULL GROUP BY connection_id) newest
           ON newest.connection_id = s.connection_id AND newest.taken_at = s.taken_at
         WHERE s.set_id IS NOT NULL`,
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

  /** Every snapshot's totals in [from, to), plus the last one before `from` so a series starts with what was known. */
  totalsBetween(fromMs: number, toMs: number): SnapshotRow[] {
    return this.db
      .prepare<{ from: number; to: number }, SnapshotRow>(
        `SELECT * FROM snapshots WHERE taken_at >= @from AND taken_at < @to
         UNION ALL
         SELECT s.* FROM snapshots s
         JOIN (SELECT connection_id, MAX(taken_at) AS taken_at FROM snapshots WHERE taken_at < @from GROUP BY connection_id) prev
           ON prev.connection_id = s.connection_id AND prev.taken_at = s.taken_at
         ORDER BY taken_at`,
      )
      .all({ from: fromMs, to: toMs });
  }

  earliestTakenAt(): number | null {
    return (this.db.prepare('SELECT MIN(taken_at) FROM snapshots').pluck().get() as number | null) ?? null;
  }

  count(): number {
    return this.db.prepare('SELECT COUNT(*) FROM snapshots').pluck().get() as number;
  }
}

/** Identity of a read's content: the holdings as stored plus positions and venue totals, in order. */
export function contentHash(rows: readonly HoldingRow[], positions: readonly PositionDetail[], totals: readonly AccountTotal[]): string {
  return createHash('sha256').update(JSON.stringify([rows, positions, totals])).digest('hex');
}
