import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionsRepo } from '../../../src/main/store/connections-repo';
import { openDatabase } from '../../../src/main/store/database';
import { SnapshotsRepo } from '../../../src/main/store/snapshots-repo';
import { runCli } from '../../support/cli';
import { testConnection } from '../../support/connection';
import { holding } from '../../support/holdings';
import { tempDir } from '../../support/temp-dir';

const FIRST_READ = Date.UTC(2026, 2, 12, 10, 0, 0);
const connection = testConnection({ id: '0b7f3c1e-6a53-4a55-9d7e-3f1f2f6b8a10', venue: 'cadenza', label: 'Desk' });

describe('holdfast accounts list | alias, and --at before history (CLI)', () => {
  let dir: ReturnType<typeof tempDir>;
  const cli = (args: string[]) => runCli(['--data-dir', dir.path, ...args], { timeoutMs: 30_000 });

  beforeAll(() => {
    dir = tempDir();
    // Stored as a sync stores them: Cadenza names one account, the other has only its id.
    const db = openDatabase(join(dir.path, 'holdfast.sqlite'));
    new ConnectionsRepo(db).insert(connection);
    const holdings = [
      holding({ venue: 'cadenza', connectionId: connection.id, accountId: '1001', accountLabel: 'alpha-desk', asset: 'BTC', quantity: '1', valueUsd: '90000' }),
      holding({ venue: 'cadenza', connectionId: connection.id, accountId: '1002', accountLabel: '1002', asset: 'ETH', quantity: '2', valueUsd: '6000' }),
    ];
    new SnapshotsRepo(db).record({ connectionId: connection.id, at: new Date(FIRST_READ), holdings, positions: [], accountTotals: [], accountCount: 2, totalUsd: '96000' });
    db.close();
  });
  afterAll(() => dir.remove());

  it('lists each account with the venue\'s name and id, names one, and the name shows in holdings, also in the past', async () => {
    const listed = await cli(['accounts', 'list', '--json']);
    expect(listed.code, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([
      { connectionId: connection.id, venue: 'cadenza', accountId: '1002', venueName: null, alias: null, label: '1002' },
      { connectionId: connection.id, venue: 'cadenza', accountId: '1001', venueName: 'alpha-desk', alias: null, label: 'alpha-desk' },
    ]);

    const named = await cli(['accounts', 'alias', connection.id, '1001', 'Main hedge book']);
    expect(named.stderr).toBe('');
    expect(named.stdout).toBe('Account 1001 is now shown as "Main hedge book"\n');
    const text = await cli(['accounts', 'list']);
    expect(text.stdout).toMatch(/1001\s+alpha-desk\s+Main hedge book\n/);

    const holdings = await cli(['holdings', '--at', new Date(FIRST_READ).toISOString()]);
    expect(holdings.stdout).toMatch(/BTC\s+1\s+90000\s+Cadenza\s+Main hedge book/);
    const json = JSON.parse((await cli(['holdings', '--by', 'account', '--json'])).stdout) as { groups: { key: string }[] };
    expect(json.groups.map((g) => g.key)).toEqual(['cadenza:Main hedge book', 'cadenza:1002']);

    const cleared = await cli(['accounts', 'alias', connection.id, '1001', '']);
    expect(cleared.stdout).toBe('Account 1001 is shown as "alpha-desk" again\n');
  });

  it('refuses a bad name or an unknown account in one line, exit 1', async () => {
    const long = await cli(['accounts', 'alias', connection.id, '1001', 'x'.repeat(65)]);
    expect(long.code).toBe(1);
    expect(long.stderr).toBe('holdfast: alias: An account name must be at most 64 characters.\n');
    const unknown = await cli(['accounts', 'alias', connection.id, '9999', 'Desk']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('holdfast: “Desk” has no account 9999; its accounts are listed once it has been read.\n');
  });

  it('--at before history starts is one line with the start time, exit 1; the start itself works', async () => {
    for (const command of ['holdings', 'positions', 'exposure']) {
      const result = await cli([command, '--at', '2026-03-12T09:59:59Z']);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe('holdfast: History starts 2026-03-12T10:00:00.000Z — pick a later time.\n');
    }
    const start = await cli(['holdings', '--at', '2026-03-12T10:00:00Z', '--json']);
    expect(start.code, start.stderr).toBe(0);
    expect((JSON.parse(start.stdout) as { totalUsd: string }).totalUsd).toBe('96000');
  });
});
