import type { AccountTotal, Holding, MarginAccount, PositionDetail } from '../../shared/domain/holding';
import type { Db } from './database';
import { HOUR } from '../../shared/time';
import { decodeSet, withEncodedSet, type EncodedSet, type SetContent, type StoredBookPrice } from './set-codec';
import { setRows, type SetRows } from './set-rows';

/** What one successful, valued read adds to the store. */
export interface SnapshotInput {
  readonly connectionId: string;
  readonly at: Date;
  readonly holdings: readonly Holding[];
  readonly positions: readonly PositionDetail[];
  /** VenueRead.uncountedPositions: stored with the set, never in totalUsd. */
  readonly uncountedPositions?: readonly Holding[];
  readonly marginAccounts?: readonly MarginAccount[];
  readonly accountTotals: readonly AccountTotal[];
  readonly accountCount: number;
  readonly totalUsd: string;
  /** Where each price the price book gave this read came from (set-codec's StoredBookPrice). */
  readonly bookPrices?: readonly StoredBookPrice[];
}

/** A point of a connection's value: a snapshot, or an hour's last snapshot from the rollup. */
export interface SnapshotRow {
  connection_id: string;
  taken_at: number;
  confirmed_at: number;
  total_usd: string;
  set_id: number | null;
}

export type RecordOutcome = 'new' | 'new-reusing-holdings' | 'confirmed';

interface LastSnapshot {
  taken_at: number;
  confirmed_ms: number;
  total_usd: string;
  set_id: number | null;
  content_hash: Buffer | null;
}


/** Rollup grains in hours: each keeps the last snapshot of its slots. A step that is a multiple of 6 h reads the coarser one. */
export const ROLLUP_GRAINS = [1, 6] as const;
// Queries start from the few series and search snapshots per series: CROSS JOIN fixes that order in SQLite.
const ROW = `c.connection_id AS connection_id, s.taken_at AS taken_at, s.taken_at + s.confirmed_ms AS confirmed_at, s.total_usd AS total_usd, s.set_id AS set_id`;

export class SnapshotsRepo {
  private readonly seriesOf;
  private readonly insertSeries;
  private readonly insertSet;
  private readonly lastOfSeries;
  private readonly insertSnapshot;
  private readonly confirmSnapshot;
  private readonly upsertHour;
  private readonly confirmHour;
  private readonly selectSet;
  private readonly seriesIds = new Map<string, number>();

  constructor(private readonly db: Db) {
    this.seriesOf = db.prepare<[string], number>('SELECT id FROM series WHERE connection_id = ?').pluck();
    this.insertSeries = db.prepare<[string]>('INSERT INTO series (connection_id) VALUES (?)');
    this.insertSet = db.prepare<[Buffer, Buffer]>('INSERT INTO holding_sets (content_hash, content) VALUES (?, ?)');
    this.lastOfSeries = db.prepare<[number], LastSnapshot>(
      `SELECT s.taken_at, s.confirmed_ms, s.total_usd, s.set_id, h.content_hash
       FROM snapshots s LEFT JOIN holding_sets h ON h.id = s.set_id WHERE s.series = ? ORDER BY s.taken_at DESC LIMIT 1`,
    );
    this.insertSnapshot = db.prepare<[number, number, string, number]>('INSERT INTO snapshots (series, taken_at, total_usd, set_id) VALUES (?, ?, ?, ?)');
    this.confirmSnapshot = db.prepare<[number, number, number]>('UPDATE snapshots SET confirmed_ms = ? WHERE series = ? AND taken_at = ?');
    this.upsertHour = db.prepare<[number, number, number, number, number, string]>(
      `INSERT INTO series_rollup VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (series, grain_hours, slot) DO UPDATE SET taken_at = excluded.taken_at, confirmed_at = excluded.confirmed_at, total_usd = excluded.total_usd
       WHERE excluded.taken_at >= series_rollup.taken_at`,
    );
    this.confirmHour = db.prepare<[number, number, number, number, number]>(
      'UPDATE series_rollup SET confirmed_at = ? WHERE series = ? AND grain_hours = ? AND slot = ? AND taken_at = ?',
    );
    this.selectSet = db.prepare<[number], Buffer>('SELECT content FROM holding_sets WHERE id = ?').pluck();
  }

  /**
   * Writes one read in one transaction: a crash leaves either the whole snapshot or none of it.
   * The same content as the connection's last snapshot only moves its confirmation time (or, when only
   * the total moved, shares its holdings).
   */
  record(input: SnapshotInput): RecordOutcome {
    const extras = { uncountedPositions: input.uncountedPositions, marginAccounts: input.marginAccounts, bookPrices: input.bookPrices };
    return withEncodedSet(input.holdings, input.positions, input.accountTotals, input.accountCount, extras, (set) => this.write(input, set));
  }

  /** Writes `set` (valid only during this call: its buffer is reused) as the connection's newest snapshot. */
  private write(input: SnapshotInput, set: EncodedSet): RecordOutcome {
    const at = input.at.getTime();
    const write = (): RecordOutcome => {
      const series = this.series(input.connectionId);
      const last = this.lastOfSeries.get(series);
      const sameHoldings = last !== undefined && last.set_id !== null && last.content_hash !== null && set.hash.equals(last.content_hash);
      if (last && sameHoldings && last.total_usd === input.totalUsd) {
        this.confirm(series, last, at);
        return 'confirmed';
      }
      const takenAt = last && at <= last.taken_at ? last.taken_at + 1 : at;
      const setId = sameHoldings ? (last.set_id as number) : Number(this.insertSet.run(set.hash, set.blob).lastInsertRowid);
      this.insertSnapshot.run(series, takenAt, input.totalUsd, setId);
      for (const grain of ROLLUP_GRAINS) this.upsertHour.run(series, grain, Math.floor(takenAt / (grain * HOUR)), takenAt, takenAt, input.totalUsd);
      return sameHoldings ? 'new-reusing-holdings' : 'new';
    };
    // Inside a caller's transaction (a batch import) a savepoint per snapshot would only add cost.
    // IMMEDIATE takes the write lock before the first read: a deferred transaction that read first and
    // then found another process's commit would fail at once with "database is locked", busy timeout or not.
    if (this.db.inTransaction) return write();
    const outcome = this.db.transaction(write).immediate();
    if (outcome === 'new') this.releaseWrittenPages();
    return outcome;
  }

  /**
   * Lets go of the page cache once a new set is committed. A set is a few dozen pages written once and
   * never read back by polling, yet each stays cached: a day of polling filled all 32 MiB of the cache
   * with them (about 35 MB of resident memory, most of the day case's growth). Dropped after each write,
   * the cache holds one set's pages at a time, and the memory it frees is what the next write reuses.
   * The readers that need the cache (history, export) fill it again from the OS's file cache in one pass.
   */
  private releaseWrittenPages(): void {
    this.db.pragma('shrink_memory');
  }

  /**
   * The connection's last snapshot seen again unchanged at `at`: what `record` does with the same read,
   * without encoding and hashing it again (the demo's backfill confirms every sample it writes).
   * False when the connection has no snapshot yet.
   */
  confirmLatest(connectionId: string, at: Date): boolean {
    const write = (): boolean => {
      const series = this.series(connectionId);
      const last = this.lastOfSeries.get(series);
      if (!last) return false;
      this.confirm(series, last, at.getTime());
      return true;
    };
    return this.db.inTransaction ? write() : this.db.transaction(write).immediate();
  }

  /** Moves the confirmation of `last` (never back) and of the rollup slots it is the last snapshot of. */
  private confirm(series: number, last: LastSnapshot, at: number): void {
    const confirmedAt = Math.max(at, last.taken_at + last.confirmed_ms);
    this.confirmSnapshot.run(confirmedAt - last.taken_at, series, last.taken_at);
    for (const grain of ROLLUP_GRAINS) this.confirmHour.run(confirmedAt, series, grain, Math.floor(last.taken_at / (grain * HOUR)), last.taken_at);
  }

  /** A removed connection takes its series with it; a stale cached id then fails the foreign key, as it should. */
  private series(connectionId: string): number {
    const cached = this.seriesIds.get(connectionId);
    if (cached !== undefined) return cached;
    const id = this.seriesOf.get(connectionId) ?? Number(this.insertSeries.run(connectionId).lastInsertRowid);
    this.seriesIds.set(connectionId, id);
    return id;
  }

  setContent(setId: number): SetContent {
    const blob = this.selectSet.get(setId);
    if (!blob) throw new Error(`holding set ${setId} is missing`);
    return decodeSet(blob);
  }

  /** A set's holdings as rows to decode one at a time, for readers of more rows than the heap should hold. */
  setRows(setId: number): SetRows {
    const blob = this.selectSet.get(setId);
    if (!blob) throw new Error(`holding set ${setId} is missing`);
    return setRows(blob);
  }

  /** Per connection, the newest snapshot at or before `at` that still has its holdings. */
  latestWithHoldings(atMs: number): SnapshotRow[] {
    return this.db
      .prepare<[number], SnapshotRow>(
        `SELECT ${ROW} FROM series c
         CROSS JOIN snapshots s ON s.series = c.id AND s.set_id IS NOT NULL
           AND s.taken_at = (SELECT MAX(taken_at) FROM snapshots WHERE series = c.id AND set_id IS NOT NULL AND taken_at <= ?)`,
      )
      .all(atMs);
  }

  /** Every snapshot in [from, to) plus, per connection, the last one before `from`: what was known when the range began. */
  snapshotsBetween(fromMs: number, toMs: number): SnapshotRow[] {
    return this.db
      .prepare<{ from: number; to: number }, SnapshotRow>(
        // UNION ALL, not OR: each half is a range search on (series, taken_at), never a scan of the table.
        `SELECT ${ROW} FROM series c CROSS JOIN snapshots s ON s.series = c.id AND s.taken_at >= @from AND s.taken_at < @to
         UNION ALL
         SELECT ${ROW} FROM series c CROSS JOIN snapshots s ON s.series = c.id
           AND s.taken_at = (SELECT MAX(taken_at) FROM snapshots WHERE series = c.id AND taken_at < @from)`,
      )
      .all({ from: fromMs, to: toMs });
  }

  /**
   * The same from the rollup, for a series whose points are `stepHours` apart from `fromMs` (a whole
   * hour): per step, only the last row of its last slot. A point's value is the newest snapshot before
   * it, so these rows give exactly the points that every snapshot would, from a few thousand rows.
   */
  rollupBetween(fromMs: number, toMs: number, stepHours: number): SnapshotRow[] {
    const grain = stepHours % 6 === 0 && Math.floor(fromMs / HOUR) % 6 === 0 ? 6 : 1;
    const range = { grain, from: BigInt(Math.floor(fromMs / (grain * HOUR))), to: BigInt(Math.ceil(toMs / (grain * HOUR))), step: BigInt(stepHours / grain) };
    // One series at a time, rows as arrays; SQLite's bare columns beside MAX() come from the row holding the maximum.
    const inRange = this.db
      .prepare<{ series: number; grain: number; from: bigint; to: bigint; step: bigint }, [number, number, number, string]>(
        `SELECT MAX(slot), taken_at, confirmed_at, total_usd FROM series_rollup
         WHERE series = @series AND grain_hours = @grain AND slot >= @from AND slot < @to GROUP BY (slot - @from) / @step`,
      )
      .raw();
    const before = this.db
      .prepare<{ series: number; grain: number; from: bigint }, [number, number, string]>(
        'SELECT taken_at, confirmed_at, total_usd FROM series_rollup WHERE series = @series AND grain_hours = @grain AND slot < @from ORDER BY slot DESC LIMIT 1',
      )
      .raw();
    const rows: SnapshotRow[] = [];
    for (const { id, connection_id } of this.db.prepare<[], { id: number; connection_id: string }>('SELECT id, connection_id FROM series').all()) {
      const last = before.get({ series: id, grain, from: range.from });
      if (last) rows.push({ connection_id, taken_at: last[0], confirmed_at: last[1], total_usd: last[2], set_id: null });
      for (const [, taken_at, confirmed_at, total_usd] of inRange.all({ series: id, ...range })) rows.push({ connection_id, taken_at, confirmed_at, total_usd, set_id: null });
    }
    return rows;
  }

  /** Snapshots that still carry holdings in [from, to), for per-asset series. */
  withHoldingsBetween(fromMs: number, toMs: number): SnapshotRow[] {
    return this.db
      .prepare<[number, number], SnapshotRow>(
        `SELECT ${ROW} FROM series c CROSS JOIN snapshots s INDEXED BY snapshots_with_holdings
           ON s.series = c.id AND s.set_id IS NOT NULL AND s.taken_at >= ? AND s.taken_at < ?`,
      )
      .all(fromMs, toMs);
  }

  /** Per connection, its first snapshot that still has holdings and the newest read (its last confirmation). */
  seriesBounds(): { connectionId: string; first: number | null; last: number | null }[] {
    return this.db
      .prepare<[], { connectionId: string; first: number | null; last: number | null }>(
        `SELECT c.connection_id AS connectionId,
           (SELECT MIN(taken_at) FROM snapshots WHERE series = c.id AND set_id IS NOT NULL) AS first,
           (SELECT taken_at + confirmed_ms FROM snapshots WHERE series = c.id ORDER BY taken_at DESC LIMIT 1) AS last
         FROM series c`,
      )
      .all();
  }

  earliestTakenAt(): number | null {
    const sql = 'SELECT MIN((SELECT MIN(taken_at) FROM snapshots WHERE series = c.id)) FROM series c';
    return (this.db.prepare(sql).pluck().get() as number | null) ?? null;
  }
}
