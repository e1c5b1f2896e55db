import { describe, expect, it } from 'vitest';
import type { CsvTable } from '../../../src/main/export/csv-table';
import { connectionHeaders, historyTable } from '../../../src/main/export/history-report';
import { byAssetTable, holdingsTable, positionsTable, shareOfNetWorth } from '../../../src/main/export/reports';
import { holdingFields } from '../../../src/shared/domain/holding';
import type { HoldingsView, Position } from '../../../src/shared/domain/portfolio';
import { holding } from '../../support/holdings';

const asOf = '2026-11-21T10:30:00.000Z';
const rowsOf = (table: CsvTable) => [...table.rows];

describe('holdings', () => {
  it('has every unified field in the fixed order, then asOf; unknown is empty, never 0', () => {
    const h = holding({ venue: 'ltp', asset: 'BTC', quantity: '-0.5', accountLabel: '=cmd()', valueUsd: '-48123.123456789012345678', accountId: '9007199254740993' });
    const view: HoldingsView = { asOf, past: true, totalUsd: '-48123.123456789012345678', unpricedCount: 0, holdings: [h], groups: null, unpriced: [], bookPrices: [] };
    const table = holdingsTable(view);
    expect(table.header).toEqual([...holdingFields, 'asOf']);
    const [row] = rowsOf(table);
    const at = (field: string) => row?.[table.header.indexOf(field)];
    expect(at('quantity')).toBe('-0.5');
    expect(at('valueUsd')).toBe('-48123.123456789012345678');
    expect(at('accountLabel')).toBe("'=cmd()");
    expect(at('accountId')).toBe('9007199254740993');
    expect(at('priceUsd')).toBe('');
    expect(at('asOf')).toBe(asOf);
  });
});

describe('positions', () => {
  it('names the connection by its label and the asset as symbol', () => {
    const position: Position = {
      ...holding({ venue: 'treadfi', asset: 'ETH:PERP-USDT', quantity: '-4.56', kind: 'position', exposureUsd: '-15366.917736', connectionId: 'c1' }),
      side: 'short', leverage: '10', initialMargin: '1536.69', maintMargin: null, marginBalance: null, entryPrice: null, markPrice: '3370', fundingFee: '-0.01',
      liquidationPrice: null, notionalUsd: null, riskLevel: null, underlying: 'ETH', distanceToLiquidation: null,
    };
    const table = positionsTable({ asOf, positions: [position] }, new Map([['c1', '+Desk']]));
    const row = rowsOf(table)[0] ?? [];
    const at = (field: string) => row[table.header.indexOf(field)];
    expect([at('connection'), at('symbol'), at('side'), at('quantity'), at('exposureUsd'), at('leverage'), at('fundingFee'), at('maintMargin')]).toEqual([
      "'+Desk", 'ETH:PERP-USDT', 'short', '-4.56', '-15366.917736', '10', '-0.01', '',
    ]);
  });
});

describe('by asset', () => {
  const btcA = holding({ venue: 'rapidx', asset: 'BTC', quantity: '1.5', valueUsd: '150' });
  const btcB = holding({ venue: 'cadenza', asset: 'BTC', quantity: '0.25', valueUsd: '25' });
  const xyz = holding({ venue: 'cadenza', asset: 'XYZ', quantity: '10' });
  const view: HoldingsView = {
    asOf, past: false, totalUsd: '175', unpricedCount: 1, holdings: [btcA, btcB, xyz],
    groups: [
      { key: 'BTC', valueUsd: '175', unpricedCount: 0, holdings: [btcA, btcB] },
      { key: 'XYZ', valueUsd: '0', unpricedCount: 1, holdings: [xyz] },
    ],
    unpriced: [],
    bookPrices: [],
  };

  it('sums quantities exactly, counts venues, and leaves an all-unpriced asset without value or share', () => {
    const table = byAssetTable(view);
    expect(table.header).toEqual(['asset', 'quantity', 'valueUsd', 'shareOfNetWorth', 'venues', 'holdings', 'unpricedCount', 'asOf']);
    expect(rowsOf(table)).toEqual([
      ['BTC', '1.75', '175', '1', '2', '2', '0', asOf],
      ['XYZ', '10', '', '', '1', '1', '1', asOf],
    ]);
  });

  it('rounds a share half-even to 8 places, and has none when net worth is 0', () => {
    expect(shareOfNetWorth('1', '3')).toBe('0.33333333');
    expect(shareOfNetWorth('-1', '3')).toBe('-0.33333333');
    expect(shareOfNetWorth('5', '0')).toBeNull();
  });

  it('needs the view grouped by asset', () => {
    expect(() => byAssetTable({ ...view, groups: null })).toThrow(/grouped by asset/);
  });
});

describe('history', () => {
  const view = {
    range: '1d' as const, asset: null, from: '2026-11-20T10:30:00.000Z', to: asOf, stepMs: 43_200_000,
    points: [
      { t: '2026-11-20T22:30:00.000Z', valueUsd: null, missing: 2 },
      { t: asOf, valueUsd: '-10.5', missing: 1 },
    ],
  };

  it('is wide: time, net worth, missing connections, then one column per connection; gaps are empty', () => {
    const table = historyTable(view, [
      { connectionId: 'c1', label: 'Main', values: [null, '-10.5'] },
      { connectionId: 'c2', label: '@Desk', values: [null, null] },
    ]);
    expect(table.header).toEqual(['time', 'netWorthUsd', 'missingConnections', 'Main', "'@Desk"]);
    expect(rowsOf(table)).toEqual([
      ['2026-11-20T22:30:00.000Z', '', '2', '', ''],
      [asOf, '-10.5', '1', '-10.5', ''],
    ]);
  });

  it('adds the connection id where labels collide with each other or a fixed column', () => {
    expect(
      connectionHeaders([
        { connectionId: 'c1', label: 'Main', values: [] },
        { connectionId: 'c2', label: 'Main', values: [] },
        { connectionId: 'c3', label: 'time', values: [] },
        { connectionId: 'c4', label: 'Other', values: [] },
      ]),
    ).toEqual(['Main (c1)', 'Main (c2)', 'time (c3)', 'Other']);
  });
});
