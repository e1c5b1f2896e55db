import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCsvExports } from '../../../src/main/export/csv-exports';
import { holdingsTable } from '../../../src/main/export/reports';
import { saveReport } from '../../../src/main/export/save-report';
import type { Portfolio } from '../../../src/main/portfolio/portfolio';
import { AccountAliasesRepo } from '../../../src/main/store/account-aliases-repo';
import type { ConnectionsRepo } from '../../../src/main/store/connections-repo';
import type { Db } from '../../../src/main/store/database';
import { compressSet } from '../../../src/main/store/set-codec';
import type { SnapshotsRepo } from '../../../src/main/store/snapshots-repo';
import type { Holding } from '../../../src/shared/domain/holding';
import { defaultSettings } from '../../../src/shared/domain/settings-defaults';
import { MINUTE } from '../../../src/shared/time';
import { testConnection } from '../../support/connection';
import { holding } from '../../support/holdings';
import { portfolioDb, type PortfolioDb } from '../../support/portfolio-db';
import { parseCsv } from './csv-oracle';

const NOW = Date.UTC(2026, 10, 21, 12, 0, 0);

/** A full collection now and then, to read what the heap really holds (the flag is set before the first use). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

describe('the holdings report streams its rows', () => {
  let env: PortfolioDb;
  let db: Db;
  let connections: ConnectionsRepo;
  let snapshots: SnapshotsRepo;
  let portfolio: Portfolio;

  function read(connectionId: string, holdings: readonly Holding[]): void {
    const totalUsd = holdings.reduce((sum, h) => sum + Number(h.valueUsd ?? 0), 0).toString();
    snapshots.record({ connectionId, at: new Date(NOW - MINUTE), holdings, positions: [], accountTotals: [], accountCount: 1, totalUsd });
  }

  beforeEach(() => {
    env = portfolioDb(NOW);
    ({ db, connections, snapshots, portfolio } = env);
  });
  afterEach(() => env.remove());

  it('in the holdings view\'s order: equal values in read order, floats that tie compared exactly, unpriced last; names, disabled connections and compressed sets as the view has them', () => {
    const row = (connectionId: string, asset: string, valueUsd: string | null, extra: Partial<Holding> = {}) =>
      holding({ venue: 'rapidx', connectionId, asset, quantity: '1', valueUsd, ...extra });
    for (const id of ['a', 'b', 'c', 'off']) connections.insert(testConnection({ id, label: `Desk ${id}`, enabled: id !== 'off' }));
    new AccountAliasesRepo(db).set('b', 'acct-1', 'My "main", [desk]', new Date(NOW).toISOString());
    read('a', [row('a', 'X', '10'), row('a', 'NONE', null), row('a', 'TINY', '0.1'), row('a', 'NEG', '-5'), row('a', 'Y', '10', { accountLabel: 'quote " back\\slash ] ünï' })]);
    read('b', [row('b', 'TIE', '0.10000000000000000001'), row('b', 'X2', '10'), row('b', 'NONE2', null, { wallet: '=cmd' })]);
    read('c', [row('c', 'BIG', '123456789.123456789'), row('c', 'TINY2', '0.1')]);
    read('off', [row('off', 'HIDDEN', '999')]);
    // Sets older than two days are stored compressed by compaction.
    const cSet = db.prepare<[], { id: number; content: Buffer }>("SELECT h.id, h.content FROM holding_sets h JOIN snapshots s ON s.set_id = h.id JOIN series c ON c.id = s.series WHERE c.connection_id = 'c'").get();
    if (!cSet) throw new Error('no set for c');
    db.prepare('UPDATE holding_sets SET content = ? WHERE id = ?').run(compressSet(cSet.content), cSet.id);

    const view = portfolio.holdings({});
    const streamed = portfolio.holdingRows({});
    expect(streamed.count).toBe(view.holdings.length);
    expect([...streamed.rows]).toEqual(view.holdings);
    expect(view.holdings.map((h) => h.asset)).toEqual(['BIG', 'X', 'Y', 'X2', 'TIE', 'TINY', 'TINY2', 'NEG', 'NONE', 'NONE2']);
    expect(view.holdings.find((h) => h.connectionId === 'b')?.accountLabel).toBe('My "main", [desk]');
  });

  it('holds a few bytes per row while writing, never the rows themselves, and writes every one', async () => {
    const CONNECTIONS = 20;
    const PER_CONNECTION = 2_000;
    const ROWS = CONNECTIONS * PER_CONNECTION;
    for (let c = 0; c < CONNECTIONS; c += 1) {
      const id = `c${c}`;
      connections.insert(testConnection({ id, label: `Desk ${id}` }));
      read(
        id,
        Array.from({ length: PER_CONNECTION }, (_, i) =>
          holding({ venue: 'rapidx', connectionId: id, accountId: `acct-${i % 7}`, accountLabel: `Account ${i % 7}`, asset: `COIN${i}`, quantity: `${i}.123456789012`, priceUsd: `${c}.5`, valueUsd: `${(i * 7919) % 100_003}.${c}`, sourceUpdatedAt: '2026-11-21T11:58:00.000Z' }),
        ),
      );
    }
    const exports = createCsvExports({ portfolio, connections: () => connections.list(), settings: () => defaultSettings });

    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    const report = await exports.load({ report: 'holdings' });
    const rows = report.table.rows[Symbol.iterator]();
    expect(rows.next().done).toBe(false);
    collectGarbage();
    // Every row made into objects would be hundreds of bytes each (the view's way: over 20 MB here).
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(ROWS * 50);

    const file = join(dirname(db.name), 'holdings.csv');
    const saved = await saveReport(report, file);
    const parsed = parseCsv(readFileSync(file));
    expect(saved.rows).toBe(ROWS);
    expect(parsed.length).toBe(ROWS + 1);
    expect(parsed.slice(1, 4)).toEqual([...take(holdingsTable(portfolio.holdings({})).rows, 3)]);
    // A budget, not an assert: writing and parsing the rows back takes a while with both cores busy.
  }, 180_000);
});

function* take<T>(items: Iterable<T>, count: number): Generator<T> {
  if (count <= 0) return;
  let taken = 0;
  for (const item of items) {
    yield item;
    taken += 1;
    if (taken === count) return;
  }
}
