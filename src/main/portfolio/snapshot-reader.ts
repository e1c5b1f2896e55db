import type { AccountTotal, Holding, MarginAccount, PositionDetail } from '../../shared/domain/holding';
import type { AccountAliasesRepo } from '../store/account-aliases-repo';
import type { ConnectionsRepo } from '../store/connections-repo';
import { AccountNames } from './account-names';
import { buildPriceBook, type PriceBook, type PriceSource } from './price-book';
import { summariseSet, type SetParts, type SetSummary } from './set-summary';
import { decodeSetSummary, encodeSetSummary, SET_SUMMARY_RULES } from './set-summary-codec';
import type { SetSummariesRepo } from '../store/set-summaries-repo';
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
/** What a set's summary is made from. */
function partsOf(content: SetContent): SetParts {
  return { holdings: content.holdings, accountTotals: content.accountTotals, bookPrices: content.bookPrices, otherAccountRows: [...content.uncountedPositions, ...content.marginAccounts] };
}

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
    /** Where set summaries are kept between starts; without it they are made after each start. */
    private readonly kept?: SetSummariesRepo,
    /** Runs work that can wait until the current answer has gone. */
    private readonly later: (work: () => void) => void = (work) => void setImmediate(work),
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

  /**
   * Per connection, its newest snapshot and the summary of its holdings, without building each holding, and
   * the summary's reconciliation with the user's account names. The summary is the reader's own object,
   * never a copy: a copy would read every lazy part of a kept summary, and would defeat the caches that
   * know a set by its summary (the price checks).
   */
  summaries(atMs: number): Map<string, { snapshot: SnapshotRow; set: SetSummary; reconciliation: SetSummary['reconciliation'] }> {
    const names = this.names();
    const snapshots = this.snapshots.latestWithHoldings(atMs);
    this.summarise(snapshots.flatMap((s) => (s.set_id === null || this.setSummaries.has(s.set_id) ? [] : [s.set_id])));
    const result = new Map<string, { snapshot: SnapshotRow; set: SetSummary; reconciliation: SetSummary['reconciliation'] }>();
    for (const snapshot of snapshots) {
      const set = snapshot.set_id === null ? undefined : this.setSummaries.get(snapshot.set_id);
      if (!set) continue;
      result.set(snapshot.connection_id, { snapshot, set, reconciliation: names.empty ? set.reconciliation : names.relabel(snapshot.connection_id, set.reconciliation) });
    }
    return result;
  }

  /**
   * Brings these sets' summaries into memory: those kept beside their sets as they are, the others made
   * from their holdings and kept once the reader has its answer (the first summary after a start then
   * reads a few rows instead of decoding every holding, from the start after this one on).
   */
  private summarise(setIds: readonly number[]): void {
    if (setIds.length === 0) return;
    const kept = this.kept?.get(setIds, SET_SUMMARY_RULES) ?? new Map<number, string>();
    const made: { setId: number; summary: SetSummary }[] = [];
    for (const setId of setIds) {
      const text = kept.get(setId);
      const read = text === undefined ? null : decodeSetSummary(text);
      const summary = read ?? summariseSet(partsOf(this.content(setId)));
      if (!read) made.push({ setId, summary });
      this.setSummaries.set(setId, summary);
      if (this.setSummaries.size > SUMMARY_CACHE_SIZE) this.setSummaries.delete(this.setSummaries.keys().next().value as number);
    }
    const store = this.kept;
    if (store && made.length > 0) this.later(() => store.keepIfFree(made.map(({ setId, summary }) => ({ setId, content: encodeSetSummary(summary) })), SET_SUMMARY_RULES));
  }

  /** Every account the newest snapshot at or before `atMs` of each connection names, with the venue's label for it. */
  accounts(atMs: number): { connectionId: string; venue: VenueId; accountId: string; storedLabel: string }[] {
    const venues = new Map(this.connections.list().map((c) => [c.id, c.venue]));
    const found: { connectionId: string; venue: VenueId; accountId: string; storedLabel: string }[] = [];
    for (const [connectionId, { set }] of this.summaries(atMs)) {
      const venue = venues.get(connectionId);
      if (!venue) continue;
      for (const account of set.accounts) found.push({ connectionId, venue, accountId: account.accountId, storedLabel: account.accountLabel });
    }
    return found;
  }

  /** Prices from the newest snapshot of every existing connection at or before `atMs`, ranked by design.md's order. */
  priceBook(atMs: number, manual: readonly ManualPrice[] = []): PriceBook {
    const venues = new Map(this.connections.list().map((c) => [c.id, c.venue]));
    const sources: PriceSource[] = [];
    for (const [connectionId, { snapshot, set }] of this.summaries(atMs)) {
      const venue = venues.get(connectionId);
      if (venue) sources.push({ venue, at: snapshot.taken_at, connectionId, offers: set.bookOffers });
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
