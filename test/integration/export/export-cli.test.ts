import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdingFields } from '../../../src/shared/domain/holding';
import type { HoldingsView } from '../../../src/shared/domain/portfolio';
import { runCli } from '../../support/cli';
import { tempDir } from '../../support/temp-dir';
import { cell, parseCsv } from './csv-oracle';
import { exportEnv, type ExportEnv } from './export-env';

const decimalFields = new Set<string>(['quantity', 'available', 'locked', 'borrowed', 'equity', 'priceUsd', 'valueUsd', 'exposureUsd', 'unrealizedPnl']);

/**
 * `holdfast export` end to end in its own process. The data is read beforehand by a core with its
 * credentials in memory; exporting reads only SQLite, so this needs no keychain.
 */
describe('holdfast export (CLI)', () => {
  let env: ExportEnv;
  let out: ReturnType<typeof tempDir>;
  let at: string;
  let expected: HoldingsView;
  const cli = (args: string[]) => runCli(['--data-dir', env.dataDir, 'export', ...args], { timeoutMs: 30_000 });

  beforeAll(async () => {
    env = await exportEnv({ keepDataDir: true });
    out = tempDir('holdfast-export-out-');
    await env.call('sync.now');
    at = new Date().toISOString();
    expected = await env.call('portfolio.holdings', { at });
    await env.stop();
  });
  afterAll(() => {
    out.remove();
    rmSync(env.dataDir, { recursive: true, force: true });
  });

  it('writes the holdings as they were at --at, and says where and how many rows', async () => {
    const file = join(out.path, 'holdings.csv');
    const result = await cli(['holdings', '--out', file, '--at', at]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const bytes = readFileSync(file);
    expect(result.stdout).toBe(`Wrote ${expected.holdings.length} rows (holdings as of ${at}, ${bytes.length} bytes) to ${file}\n`);
    expect(parseCsv(bytes)).toEqual([
      [...holdingFields, 'asOf'],
      ...expected.holdings.map((h) => [...holdingFields.map((f) => cell(h[f], decimalFields.has(f) ? 'number' : 'text')), at]),
    ]);
  });

  it('writes positions, by-asset and history (with --range)', async () => {
    for (const args of [['positions'], ['by-asset'], ['history', '--range', '1w']]) {
      const file = join(out.path, `${args[0]}.csv`);
      const result = await cli([...args, '--out', file]);
      expect(result.code, result.stderr).toBe(0);
      const rows = parseCsv(readFileSync(file));
      expect(result.stdout).toContain(`Wrote ${rows.length - 1} rows (${args[0]} as of `);
    }
    const history = parseCsv(readFileSync(join(out.path, 'history.csv')));
    expect(history[0]?.slice(0, 3)).toEqual(['time', 'netWorthUsd', 'missingConnections']);
    expect(history.length).toBeGreaterThan(2);
  });

  // Paths are inside the test's own folder (`@/` below), so a bug could never write into the repository.
  it.each([
    [['holdings', '--out', '@/MISSING/x.csv'], /^holdfast: The folder .*MISSING does not exist\. Create it first or choose another\.\n$/],
    [['holdings', '--out', '@'], /^holdfast: .* is a folder\. Give the name of a file to write/],
    [['everything', '--out', '@/x.csv'], /^holdfast: The report must be one of holdings, positions, by-asset, history, exposure, changes, not "everything"\.\n$/],
    [['holdings', '--out', '@/x.csv', '--at', 'yesterday'], /--at must be an ISO-8601 time/],
    [['holdings', '--out', '@/x.csv', '--at', '2999-01-01T00:00:00Z'], /The "as of" time is in the future\./],
    [['history', '--out', '@/x.csv', '--at', '2026-01-01T00:00:00Z'], /--at does not apply to history/],
    [['holdings', '--out', '@/x.csv', '--range', '1d'], /--range applies only to the history report/],
    [['history', '--out', '@/x.csv', '--range', '5y'], /--range must be one of 1d, 1w, 1m, 1y, all, not "5y"/],
    [['holdings'], /required option '--out <file>' not specified/],
  ])('refuses %j with a clear message, exit 1 and no file', async (args, message) => {
    const result = await cli(args.map((arg) => arg.replace(/^@/, out.path)));
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(1);
    expect(readdirSync(out.path).filter((name) => name.startsWith('.') || name === 'x.csv')).toEqual([]);
  });

  it('refuses a path that is a folder even when named like a file', async () => {
    mkdirSync(join(out.path, 'looks-like.csv'));
    const result = await cli(['holdings', '--out', join(out.path, 'looks-like.csv')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('looks-like.csv is a folder.');
  });
});
