import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src/main/store/database';
import { tryLease } from '../../../src/main/store/lease';
import { runUpkeep } from '../../../src/main/store/upkeep';
import { RETENTION } from '../../../src/main/portfolio/policy';
import { tempDir } from '../../support/temp-dir';

const T0 = Date.UTC(2026, 10, 21, 9);
const MINUTE = 60_000;

/** Two processes' connections to one database file: the background upkeep runs in at most one of them at a time. */
describe('the upkeep lease', () => {
  let dir: ReturnType<typeof tempDir>;
  let app: Db;
  let cli: Db;
  const backups = () => join(dir.path, 'backups');
  beforeEach(() => {
    dir = tempDir();
    app = openDatabase(join(dir.path, 'holdfast.sqlite'));
    cli = openDatabase(join(dir.path, 'holdfast.sqlite'));
  });
  afterEach(() => {
    app.close();
    cli.close();
    dir.remove();
  });

  it('lets one holder work while the others skip, and frees the work when the holder releases it', async () => {
    const lease = tryLease(app, 'upkeep', T0, 10 * MINUTE);
    expect(lease).not.toBeNull();
    expect(tryLease(cli, 'upkeep', T0 + MINUTE, 10 * MINUTE)).toBeNull();
    expect(await runUpkeep(cli, backups(), () => new Date(T0 + MINUTE), RETENTION)).toBe(false);
    expect(existsSync(backups())).toBe(false);

    lease?.release();
    expect(await runUpkeep(cli, backups(), () => new Date(T0 + 2 * MINUTE), RETENTION)).toBe(true);
    expect(readdirSync(backups())).toEqual(['holdfast-2026-11-21.sqlite.gz']);
    // Released after the work: the next run may be anyone's.
    expect(tryLease(app, 'upkeep', T0 + 3 * MINUTE, 10 * MINUTE)).not.toBeNull();
  });

  it('passes to another process when its holder died without releasing it, and the old holder cannot renew it', () => {
    const crashed = tryLease(app, 'upkeep', T0, 10 * MINUTE);
    expect(tryLease(cli, 'upkeep', T0 + 9 * MINUTE, 10 * MINUTE)).toBeNull();
    const next = tryLease(cli, 'upkeep', T0 + 11 * MINUTE, 10 * MINUTE);
    expect(next).not.toBeNull();
    expect(() => crashed?.renew(T0 + 12 * MINUTE)).toThrow(/taken by another process/);
    next?.renew(T0 + 12 * MINUTE);
    expect(tryLease(app, 'upkeep', T0 + 21 * MINUTE, 10 * MINUTE)).toBeNull();
  });
});
