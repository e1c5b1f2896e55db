import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Portfolio } from '../../../src/main/portfolio/portfolio';
import { summariseSet } from '../../../src/main/portfolio/set-summary';
import { decodeSetSummary, SET_SUMMARY_RULES } from '../../../src/main/portfolio/set-summary-codec';
import { ConnectionsRepo } from '../../../src/main/store/connections-repo';
import { openDatabase, type Db } from '../../../src/main/store/database';
import { SetSummariesRepo } from '../../../src/main/store/set-summaries-repo';
import { SnapshotsRepo } from '../../../src/main/store/snapshots-repo';
import type { Connection } from '../../../src/shared/domain/connection';
import type { Holding, MarginAccount } from '../../../src/shared/domain/holding';
import { MINUTE } from '../../../src/shared/time';
import { holding } from '../../support/holdings';
import { portfolioOver } from '../../support/portfolio-db';
import { tempDir } from '../../support/temp-dir';

const NOW = Date.UTC(2026, 10, 30, 12, 0, 0);

function connection(id: string, venue: Connection['venue']): Connection {
  return { id, venue, label: `Desk ${id}`, baseUrl: 'http://127.0.0.1:1', keyHint: 'k…y', enabled: true, pollIntervalSec: 60, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
}

const margin: MarginAccount = {
  accountId: 'margin-only',
  accountLabel: 'Unified',
  exchange: 'BINANCE',
  equityUsd: '1000',
  maintMarginUsd: '10',
  marginBalanceUsd: '1000',
  positionValueUsd: '0',
  unrealizedPnlUsd: '0',
  uniMMR: '100',
  riskRatio: '0.01',
  accountStatus: 'NORMAL',
};

/** Work that waits for the answer (keeping the summaries) runs on the next turn of the event loop. */
const afterTheAnswer = () => new Promise((resolve) => setImmediate(resolve));

describe('each set’s summary, kept beside it', () => {
  let dir: ReturnType<typeof tempDir>;
  let db: Db;
  let snapshots: SnapshotsRepo;

  /** A portfolio as a fresh start makes it: nothing in memory yet. */
  const start = (): Portfolio => portfolioOver(db, snapshots, NOW, { setSummaries: new SetSummariesRepo(db) });

  const kept = () => db.prepare<[], { set_id: number; rules: string; content: string }>('SELECT set_id, rules, content FROM holding_set_summaries ORDER BY set_id').all();

  beforeEach(() => {
    dir = tempDir();
    db = openDatabase(join(dir.path, 'holdfast.sqlite'));
    snapshots = new SnapshotsRepo(db);
    const connections = new ConnectionsRepo(db);
    connections.insert(connection('rx', 'rapidx'));
    connections.insert(connection('cz', 'cadenza'));
    const rx: Holding[] = [
      holding({ venue: 'rapidx', connectionId: 'rx', asset: 'BTC', quantity: '1', priceUsd: '60000', valueUsd: '60000', sourceUpdatedAt: '2026-11-30T11:58:00.000Z' }),
      holding({ venue: 'rapidx', connectionId: 'rx', asset: 'BTC', quantity: '0.5', priceUsd: '61000.5', valueUsd: '30500.25', accountId: 'acct-2', accountLabel: 'Second' }),
      holding({ venue: 'rapidx', connectionId: 'rx', asset: 'EUR', quantity: '10', wallet: 'Spot' }),
    ];
    snapshots.record({
      connectionId: 'rx',
      at: new Date(NOW - MINUTE),
      holdings: rx,
      positions: [],
      uncountedPositions: [holding({ venue: 'rapidx', connectionId: 'rx', asset: 'ETH-PERP', kind: 'position', quantity: '2', accountId: 'futures', accountLabel: 'Futures' })],
      marginAccounts: [margin],
      accountTotals: [{ accountId: 'acct-1', accountLabel: 'Account 1', wallet: null, reportedUsd: '60000.01' }],
      accountCount: 3,
      totalUsd: '90500.25',
    });
    const cz: Holding[] = [holding({ venue: 'cadenza', connectionId: 'cz', asset: 'BTC', quantity: '2', priceUsd: '59000', valueUsd: '118000' })];
    snapshots.record({
      connectionId: 'cz',
      at: new Date(NOW - MINUTE),
      holdings: cz,
      positions: [],
      accountTotals: [],
      accountCount: 1,
      totalUsd: '118000',
      bookPrices: [{ asset: 'BTC', priceUsd: '59000', origin: { kind: 'book', venue: 'rapidx', connectionId: 'rx', at: '2026-11-30T11:58:00.000Z' } }],
    });
  });

  afterEach(() => {
    if (db.open) db.close();
    dir.remove();
  });

  it('are kept once the first summary has answered, and the next start reads them instead of the holdings', async () => {
    const first = start();
    const summary = first.summary();
    const accounts = first.accounts();
    const allocation = first.allocation();
    expect(summary.netWorthUsd).toBe('208500.25');
    expect(allocation.byAsset.slices).toEqual([{ key: 'BTC', valueUsd: '208500.25' }]);
    expect(first.priceChecks().map((c) => c.asset)).toEqual(['BTC']);
    expect(kept()).toEqual([]);
    await afterTheAnswer();
    expect(kept().map((row) => row.rules)).toEqual([SET_SUMMARY_RULES, SET_SUMMARY_RULES]);

    const decoded = vi.spyOn(snapshots, 'setContent');
    const next = start();
    expect(next.summary()).toEqual(summary);
    expect(next.accounts()).toEqual(accounts);
    // The allocation too is made from the kept summaries: not one holding is decoded for it.
    expect(next.allocation()).toEqual(allocation);
    expect(decoded).not.toHaveBeenCalled();
  });

  it('hold what the summary rules make of the stored holdings, field for field', async () => {
    start().summary();
    await afterTheAnswer();
    for (const row of kept()) {
      const content = snapshots.setContent(row.set_id);
      const made = summariseSet({ holdings: content.holdings, accountTotals: content.accountTotals, bookPrices: content.bookPrices, otherAccountRows: [...content.uncountedPositions, ...content.marginAccounts] });
      expect(decodeSetSummary(row.content)).toEqual(made);
      expect(decodeSetSummary('{}')).toBeNull();
      // Cut short just after an inner range: still ends in a bracket, but is not the line that was written.
      expect(decodeSetSummary(row.content.slice(0, row.content.lastIndexOf(']', row.content.length - 2) + 1))).toBeNull();
    }
    expect(kept()).toHaveLength(2);
  });

  it('made by other rules, or cut short, are made again from the holdings, and kept anew', async () => {
    const summary = start().summary();
    await afterTheAnswer();
    const content = kept()[1]?.content ?? '';
    db.prepare("UPDATE holding_set_summaries SET rules = '0.0.0/0' WHERE set_id = (SELECT MIN(set_id) FROM holding_set_summaries)").run();
    db.prepare('UPDATE holding_set_summaries SET content = ? WHERE set_id = (SELECT MAX(set_id) FROM holding_set_summaries)').run(content.slice(0, content.length / 2));
    const decoded = vi.spyOn(snapshots, 'setContent');
    expect(start().summary()).toEqual(summary);
    expect(decoded).toHaveBeenCalledTimes(2);
    await afterTheAnswer();
    expect(kept().map((row) => row.rules)).toEqual([SET_SUMMARY_RULES, SET_SUMMARY_RULES]);
    expect(kept()[1]?.content).toBe(content);
  });

  it('kept in the format before the values per asset and exchange are made again, and kept anew', async () => {
    const allocation = start().allocation();
    await afterTheAnswer();
    const current = kept();
    // Format 2 as it was written: two lines, the rest then the price ranges, without the values or manual prices.
    const formatTwo = (content: string) => {
      const [head = '', , ranges = ''] = content.split('\n');
      const { g: _values, m: _manual, ...rest } = JSON.parse(head) as Record<string, unknown>;
      return `${JSON.stringify(rest)}\n${ranges}`;
    };
    const release = SET_SUMMARY_RULES.slice(0, SET_SUMMARY_RULES.lastIndexOf('/'));
    const update = db.prepare<[string, string, number]>('UPDATE holding_set_summaries SET rules = ?, content = ? WHERE set_id = ?');
    const [one, two] = current;
    if (!one || !two) throw new Error('two summaries were kept');
    update.run(`${release}/2`, formatTwo(one.content), one.set_id);
    // Even were it kept under today's rules, its text is not this format's, and is made again.
    update.run(SET_SUMMARY_RULES, formatTwo(two.content), two.set_id);
    expect(decodeSetSummary(formatTwo(two.content))).toBeNull();

    const decoded = vi.spyOn(snapshots, 'setContent');
    expect(start().allocation()).toEqual(allocation);
    expect(decoded).toHaveBeenCalledTimes(2);
    await afterTheAnswer();
    expect(kept()).toEqual(current);
  });

  it('go with their set', async () => {
    start().summary();
    await afterTheAnswer();
    db.prepare("DELETE FROM snapshots WHERE series = (SELECT id FROM series WHERE connection_id = 'cz')").run();
    db.prepare('DELETE FROM holding_sets WHERE refs <= 0').run();
    expect(kept()).toHaveLength(1);
  });

  it('are not kept, and nothing waits, while another process writes or the database is open read-only', () => {
    const repo = new SetSummariesRepo(db);
    const other = new Database(join(dir.path, 'holdfast.sqlite'));
    other.prepare('BEGIN IMMEDIATE').run();
    const setId = db.prepare<[], number>('SELECT MIN(id) FROM holding_sets').pluck().get() as number;
    const waitBefore = db.pragma('busy_timeout', { simple: true });
    try {
      expect(repo.keepIfFree([{ setId, content: '{}' }], SET_SUMMARY_RULES)).toBe(false);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(waitBefore);
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
    }
    db.close();
    const readOnly = openDatabase(join(dir.path, 'holdfast.sqlite'), { readOnly: true });
    try {
      expect(new SetSummariesRepo(readOnly).keepIfFree([{ setId, content: '{}' }], SET_SUMMARY_RULES)).toBe(false);
    } finally {
      readOnly.close();
    }
  });
});
