import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveReport } from '../../../src/main/export/save-report';
import { Dec } from '../../../src/shared/decimal';
import type { ExportRequest } from '../../../src/shared/domain/export';
import { holdingFields, type Holding } from '../../../src/shared/domain/holding';
import { tempDir } from '../../support/temp-dir';
import { cell, guarded, parseCsv } from './csv-oracle';
import { exportEnv, hostileLabels, type ExportEnv } from './export-env';

const decimalFields = new Set<keyof Holding>(['quantity', 'available', 'locked', 'borrowed', 'equity', 'priceUsd', 'valueUsd', 'exposureUsd', 'unrealizedPnl']);
const kindOf = (field: keyof Holding) => (decimalFields.has(field) ? 'number' : 'text');

describe('every report, parsed back, is the view it came from', () => {
  let env: ExportEnv;
  let out: ReturnType<typeof tempDir>;
  let firstReadAt: string;
  let at: string;

  /** Exports through the core as the CLI and the download do, then reads the file back with csv-parse. */
  async function exported(request: ExportRequest): Promise<string[][]> {
    const file = join(out.path, `${request.report}-${request.range ?? request.at ?? 'now'}.csv`);
    const saved = await saveReport(await env.core.exports.load(request), file);
    const rows = parseCsv(readFileSync(file));
    expect(saved.rows).toBe(rows.length - 1);
    return rows;
  }

  beforeAll(async () => {
    env = await exportEnv();
    out = tempDir('holdfast-export-out-');
    // Everyone is read, then only RapidX and Tread.fi 45 s later; 60 s in, the other three have gone quiet (a gap).
    const outcomes = await env.call('sync.now');
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, true, true]);
    firstReadAt = new Date().toISOString();
    env.clock.offsetMs = 45_000;
    for (const c of env.connections.filter((c) => c.venue === 'rapidx' || c.venue === 'treadfi')) await env.call('sync.now', { connectionId: c.id });
    env.clock.frozenAt = Date.now() + 60_000;
    at = new Date(env.clock.frozenAt).toISOString();
  });
  afterAll(async () => {
    await env.stop();
    out.remove();
  });

  it('holdings: every unified field in order, then asOf; decimals to the last digit', async () => {
    const view = await env.call('portfolio.holdings', { at });
    const rows = await exported({ report: 'holdings', at });
    expect(rows[0]).toEqual([...holdingFields, 'asOf']);
    expect(rows.slice(1)).toEqual(view.holdings.map((h) => [...holdingFields.map((f) => cell(h[f], kindOf(f))), view.asOf]));
    expect(view.holdings.length).toBeGreaterThan(50);
    const valueColumn = holdingFields.indexOf('valueUsd');
    const sum = rows.slice(1).reduce((total, row) => (row[valueColumn] ? total.plus(row[valueColumn] as string) : total), new Dec(0));
    expect(sum.toFixed()).toBe(view.totalUsd);
  });

  it('positions: connection labels are guarded text, negative quantities stay numbers', async () => {
    const view = await env.call('positions.list', { at });
    const labels = new Map(env.connections.map((c) => [c.id, c.label]));
    const rows = await exported({ report: 'positions', at });
    expect(rows[0]).toEqual([
      'connectionId', 'connection', 'venue', 'accountId', 'accountLabel', 'wallet', 'exchange', 'symbol', 'underlying', 'side', 'quantity',
      'entryPrice', 'markPrice', 'liquidationPrice', 'distanceToLiquidation', 'exposureUsd', 'valueUsd', 'unrealizedPnl', 'leverage', 'initialMargin', 'maintMargin',
      'marginBalance', 'fundingFee', 'riskLevel', 'sourceUpdatedAt', 'fetchedAt', 'asOf',
    ]);
    const text = ['connectionId', 'venue', 'accountId', 'accountLabel', 'wallet', 'exchange'] as const;
    const numbers = ['quantity', 'entryPrice', 'markPrice', 'liquidationPrice', 'distanceToLiquidation', 'exposureUsd', 'valueUsd', 'unrealizedPnl', 'leverage', 'initialMargin', 'maintMargin', 'marginBalance', 'fundingFee'] as const;
    expect(rows.slice(1)).toEqual(
      view.positions.map((p) => [
        cell(p.connectionId, 'text'),
        cell(labels.get(p.connectionId), 'text'),
        ...text.slice(1).map((f) => cell(p[f], 'text')),
        cell(p.asset, 'text'),
        cell(p.underlying, 'text'),
        p.side,
        ...numbers.map((f) => cell(p[f], 'number')),
        cell(p.riskLevel, 'text'),
        cell(p.sourceUpdatedAt, 'text'),
        p.fetchedAt,
        view.asOf,
      ]),
    );
    const shorts = rows.slice(1).filter((row) => row[9] === 'short');
    expect(shorts.length).toBeGreaterThan(0);
    for (const row of shorts) expect(row[10]).toMatch(/^-\d/);
    expect(rows.slice(1).map((row) => row[1])).toContain(`'${hostileLabels.treadfi}`);
  });

  it('by-asset: one row per asset with the view subtotals; shares of net worth add up to 1', async () => {
    const view = await env.call('portfolio.holdings', { at, groupBy: 'asset' });
    const rows = await exported({ report: 'by-asset', at });
    expect(rows[0]).toEqual(['asset', 'quantity', 'valueUsd', 'shareOfNetWorth', 'venues', 'holdings', 'unpricedCount', 'asOf']);
    const groups = view.groups ?? [];
    expect(rows.slice(1).map((row) => row[0])).toEqual(groups.map((g) => guarded(g.key)));
    for (const [i, group] of groups.entries()) {
      const row = rows[i + 1] ?? [];
      const quantity = group.holdings.reduce((total, h) => total.plus(h.quantity), new Dec(0));
      const allUnpriced = group.unpricedCount === group.holdings.length;
      expect(row.slice(1, 3)).toEqual([quantity.toFixed(), allUnpriced ? '' : group.valueUsd]);
      expect(row.slice(4)).toEqual([String(new Set(group.holdings.map((h) => h.venue)).size), String(group.holdings.length), String(group.unpricedCount), view.asOf]);
    }
    const valueSum = rows.slice(1).reduce((total, row) => total.plus(row[2] || '0'), new Dec(0));
    expect(valueSum.toFixed()).toBe(view.totalUsd);
    const shareSum = rows.slice(1).reduce((total, row) => total.plus(row[3] || '0'), new Dec(0));
    expect(shareSum.minus(1).abs().lte(new Dec(rows.length).times('1e-8'))).toBe(true);
  });

  for (const range of ['1d', '1m'] as const) {
    it(`history ${range}: the view's points and net worth, then per-connection columns that add up to it`, async () => {
      const view = await env.call('history.series', { range });
      const listed = await env.call('connections.list');
      const rows = await exported({ report: 'history', range });
      expect(rows[0]).toEqual(['time', 'netWorthUsd', 'missingConnections', ...listed.map((c) => guarded(c.label))]);
      expect(rows.slice(1).map((row) => row.slice(0, 3))).toEqual(view.points.map((p) => [p.t, cell(p.valueUsd, 'number'), String(p.missing)]));
      for (const row of rows.slice(1)) {
        const values = row.slice(3).filter((v) => v !== '');
        expect(values.length).toBe(env.connections.length - Number(row[2]));
        expect(values.length === 0 ? '' : values.reduce((t, v) => t.plus(v), new Dec(0)).toFixed()).toBe(row[1]);
      }
      // The two connections read last are known at the end, the three others have gone quiet: a gap, not a zero.
      const last = rows.at(-1) ?? [];
      expect(last.slice(3).map((v) => v !== '')).toEqual(listed.map((c) => c.venue === 'rapidx' || c.venue === 'treadfi'));
    });
  }

  it('the past exactly as it was: at the first read; before history starts it is refused, never an empty report', async () => {
    const view = await env.call('portfolio.holdings', { at: firstReadAt });
    const rows = await exported({ report: 'holdings', at: firstReadAt });
    expect(rows.slice(1).map((row) => row.at(-1))).toEqual(view.holdings.map(() => firstReadAt));
    expect(rows.length - 1).toBe(view.holdings.length);
    await expect(exported({ report: 'positions', at: '2000-01-01T00:00:00.000Z' })).rejects.toThrow(/^History starts \S+ — pick a later time\.$/);
  });
});
