import type { AccountTotal, Holding, MarginAccount, PositionDetail } from '../../shared/domain/holding';
import type { AccountAliasesRepo } from '../store/account-aliases-repo';
import type { ConnectionsRepo } from '../store/connections-repo';
import { AccountNames } from './account-names';
import { buildPriceBook, type PriceBook } from './price-book';
import { summariseSet, type SetSummary } from './set-summary';
import type { VenueId } from '../../shared/domain/venue';
import type { ManualPrice } from '../../shared/domain/prices';
import type { SetContent, StoredBookPrice, StoredHolding } from '../store/set-codec';
import type { SnapshotRow, SnapshotsRepo } from '../store/snapshots-repo';
import type { HoldingSource } from './holding-rows';

export interface ConnectionSnapshot {
  readonly snapshot: SnapshotRow;
  readonly holdings: Holding[];
  /** Positions whose P&L the venue's balances already hold (RapidX, ConneX): shown, never summed. */
  readonly uncountedPositions: Holding[];
  readonly positions: (PositionDetail & { connectionId: string })[];
  readonly marginAccounts: (MarginAccount & { connectionId: string; venue: VenueId })[];
  readonly accountTotals: AccountTotal[];
  /** Where the book prices of its rows came from, when the snapshot was valued. */
  readonly bookPrices: StoredBookPrice[];
}

const SET_CACHE_SIZE = 64;
/** Summaries are a few numbers each: enough for every connection a trader could have, and their history. */
const SUMMARY_CACHE_SIZE = 4_096;

/** Field by field rather than by spread: this runs for every holding of every view, 100,000 at a time. */
export function toHolding(h: StoredHolding, connectionId: string, venue: VenueId, fetchedAt: string, names: AccountNames): Holding {
  return {
    connectionId,
    venue,
    accountId: h.accountId,
    accountLabel: names.labelOf(connectionId, h.accountId, h.accountLabel),
    wallet: h.wallet,
    exchange: h.exchange,
    asset: h.asset,
    kind: h.kind,
    quantity: h.quantity,
    available: h.available,
    locked: h.locked,
    borrowed: h.borrowed,
    equity: h.equity,
    priceUsd: h.priceUsd,
    valueUsd: h.valueUsd,
    exposureUsd: h.exposureUsd,
    unrealizedPnl: h.unrealizedPnl,
    sourceUpdatedAt: h.sourceUpdatedAt,
    fetchedAt,
  };
}

/**
 * Reads stored snapshots back as unified holdings. Sets never change once written, so the newest ones
 * are cached: the views read them far more often than the venues change.
 */
export class SnapshotReader {
  private readonly sets = new Map<number, SetContent>();
  private readonly setSummaries = new Map<number, SetSummary>();

  constructor(
    private readonly connections: ConnectionsRepo,
    private readonly snapshots: SnapshotsRepo,
    private readonly aliases: AccountAliasesRepo,
  ) {}

  /** The user's account names as they stand now: they apply to every instant read. */
  names(): AccountNames {
    return new AccountNames(this.aliases.list());
  }

  /** The newest snapshot with holdings at or before `atMs`, per existing connection. */
  latest(atMs: number): Map<string, ConnectionSnapshot> {
    const venues = new Map(this.connections.list().map((c) => [c.id, c.venue]));
    const names = this.names();
    const result = new Map<string, ConnectionSnapshot>();
    for (const snapshot of this.snapshots.latestWithHoldings(atMs)) {
      const venue = venues.get(snapshot.connection_id);
      if (!venue || snapshot.set_id === null) continue;
      const content = this.content(snapshot.set_id);
      const fetchedAt = new Date(snapshot.confirmed_at).toISOString();
      const id = snapshot.connection_id;
      result.set(id, {
        snapshot,
        holdings: content.holdings.map((h) => toHolding(h, id, venue, fetchedAt, names)),
        uncountedPositions: content.uncountedPositions.map((h) => toHolding(h, id, venue, fetchedAt, names)),
        positions: content.positions.map((p) => ({ ...p, connectionId: id })),
        marginAccounts: names.relabel(id, content.marginAccounts).map((m) => ({ ...m, connectionId: id, venue })),
        accountTotals: names.relabel(id, content.accountTotals),
        bookPrices: content.bookPrices,
      });
    }
    return result;
  }

  /**
   * The newest set of each connection that `include` accepts, at or before `atMs`, in latest()'s order,
   * as rows still encoded: an export of a million holdings decodes each only as it writes it.
   */
  holdingSources(atMs: number, include: ReadonlySet<string>): HoldingSource[] {
    const venues = new Map(this.connections.list().map((c) => [c.id, c.venue]));
    const sources: HoldingSource[] = [];
    for (const snapshot of this.snapshots.latestWithHoldings(atMs)) {
      const venue = venues.get(snapshot.connection_id);
      if (!venue || snapshot.set_id === null || !include.has(snapshot.connection_id)) continue;
      const fetchedAt = new Date(snapshot.confirmed_at).toISOString();
      sources.push({ connectionId: snapshot.connection_id, venue, fetchedAt, rows: this.snapshots.setRows(snapshot.set_id) });
    }
    return sources;
  }

  /** Per connection, its newest snapshot and the summary of its holdings, without building each holding. */
  summaries(atMs: number): Map<string, { snapshot: SnapshotRow; set: SetSummary }> {
    const names = this.names();
    const result = new Map<string, { snapshot: SnapshotRow; set: SetSummary }>();
    for (const snapshot of this.snapshots.latestWithHoldings(atMs)) {
      if (snapshot.set_id === null) continue;
      let set = this.setSummaries.get(snapshot.set_id);
      if (!set) {
        const content = this.content(snapshot.set_id);
        set = summariseSet(content.holdings, content.accountTotals, content.bookPrices);
        this.setSummaries.set(snapshot.set_id, set);
        if (this.setSummaries.size > SUMMARY_CACHE_SIZE) this.setSummaries.delete(this.setSummaries.keys().next().value as number);
      }
      const reconciliation = names.relabel(snapshot.connection_id, set.reconciliation);
      result.set(snapshot.connection_id, { snapshot, set: names.empty ? set : { ...set, reconciliation } });
    }
    return result;
  }

  /** Every account the newest snapshot at or before `atMs` of each connection names, with the venue's label for it. */
  accounts(atMs: number): { connectionId: string; venue: VenueId; accountId: string; storedLabel: string }[] {
    const venues = new Map(this.connections.list().map((c) => [c.id, c.venue]));
    const found = new Map<string, { connectionId: string; venue: VenueId; accountId: string; storedLabel: string }>();
    for (const snapshot of this.snapshots.latestWithHoldings(atMs)) {
      const venue = venues.get(snapshot.connection_id);
      if (!venue || snapshot.set_id === null) continue;
      const content = this.content(snapshot.set_id);
      for (const row of [...content.holdings, ...content.uncountedPositions, ...content.marginAccounts, ...content.accountTotals]) {
        const key = `${snapshot.connection_id}\u0000${row.accountId}`;
        if (!found.has(key)) found.set(key, { connectionId: snapshot.connection_id, venue, accountId: row.accountId, storedLabel: row.accountLabel });
      }
    }
    return [...found.values()];
  }

  /** Prices from the newest snapshot of every existing connection at or before `atMs`, ranked by design.md's order. */
  priceBook(atMs: number, manual: readonly ManualPrice[] = []): PriceBook {
    const venues = new Map(this.connections.list().map((c) => [c.id, c.venue]));
    const sources = [];
    for (const snapshot of this.snapshots.latestWithHoldings(atMs)) {
      const venue = venues.get(snapshot.connection_id);
      if (venue && snapshot.set_id !== null) sources.push({ venue, at: snapshot.taken_at, connectionId: snapshot.connection_id, holdings: this.content(snapshot.set_id).holdings });
    }
    return buildPriceBook(sources, manual);
  }

  private content(setId: number): SetContent {
    const cached = this.sets.get(setId);
    if (cached) return cached;
    const content = this.snapshots.setContent(setId);
    this.sets.set(setId, content);
    if (this.sets.size > SET_CACHE_SIZE) this.sets.delete(this.sets.keys().next().value as number);
    return content;
  }
}
