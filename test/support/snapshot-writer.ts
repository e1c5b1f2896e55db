// A separate process that writes snapshots as fast as it can, so a test can SIGKILL it mid-transaction.
import { openDatabase } from '../../src/main/store/database';
import { SnapshotsRepo } from '../../src/main/store/snapshots-repo';
import { holding } from './holdings';

const [file, rowsText] = process.argv.slice(2);
if (!file) throw new Error('usage: snapshot-writer FILE ROWS');
const rows = Number(rowsText ?? '20000');
const db = openDatabase(file);
db.prepare(
  "INSERT OR IGNORE INTO connections VALUES ('c1', 'rapidx', 'Main', 'http://127.0.0.1:1', 'k…y', 1, 60, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
).run();
const snapshots = new SnapshotsRepo(db);

function write(round: number, count: number): void {
  const holdings = Array.from({ length: count }, (_, i) =>
    holding({ venue: 'rapidx', connectionId: 'c1', asset: `COIN${i}`, quantity: `${round}.${i}`, valueUsd: '1' }),
  );
  snapshots.record({ connectionId: 'c1', at: new Date(Date.UTC(2026, 0, 1) + round * 60_000), holdings, positions: [], accountTotals: [], accountCount: 1, totalUsd: String(count) });
}

write(0, 3);
process.stdout.write('ready\n');
for (let round = 1; ; round += 1) {
  write(round, rows);
  process.stdout.write(`wrote ${round}\n`);
}
