import { describe, expect, it } from 'vitest';
import { assembleLtpFamilyRead, baseQuantity, positionRecordToRows } from '../../../../src/main/venues/ltp-family/normalise';
import { MarginAccountRecord, PositionRecord } from '../../../../src/main/venues/ltp-family/schemas';

const meta = { connectionId: 'c1', fetchedAt: '2026-11-29T12:00:00.000Z' };

function record(fields: Record<string, string | null>): PositionRecord {
  return PositionRecord.parse({ portfolioId: '1726371398908000', sym: 'OKX_PERP_BTC_USDT', positionQty: '1', positionValue: '100', markPrice: '50', liqPrice: '40', ...fields });
}

describe('base-coin size of an LTP-family position', () => {
  it.each([
    ['BINANCE sizes are coins', 'BINANCE', '0.25', '24250.025', '97000.1', '0.25'],
    ['EDX sizes are coins', 'EDX', '-3', null, null, '-3'],
    ['OKX contracts: value ÷ mark', 'OKX', '15', '5185.17', '3456.78', '1.5'],
    ['OKX short: the sign of the quantity', 'OKX', '-15', '5185.17', '3456.78', '-1.5'],
    ['OKX short whose value came signed: still the sign of the quantity', 'OKX', '-15', '-5185.17', '3456.78', '-1.5'],
    ['a quotient to 18 significant digits, half-even', 'OKX', '2', '200', '3', '66.6666666666666667'],
    ['a quotient below 1, 18 significant digits', 'OKX', '1', '1', '3', '0.333333333333333333'],
    ['an exchange added later is not assumed to count coins', 'BYBIT', '7', '140', '20', '7'],
    ['OKX without a mark cannot be sized', 'OKX', '15', '5185.17', null, null],
    ['OKX with a zero mark cannot be sized', 'OKX', '15', '5185.17', '0', null],
    ['OKX without a value cannot be sized', 'OKX', '15', null, '3456.78', null],
  ])('%s', (_, exchange, quantity, value, mark, expected) => {
    expect(baseQuantity(exchange, quantity, value, mark)).toBe(expected);
  });
});

describe('an LTP-family position record', () => {
  it('is no position at size 0', () => {
    expect(positionRecordToRows(record({ positionQty: '0.000' }), 'connex', 'Main', meta)).toEqual({ kind: 'size-0' });
  });

  it.each([
    ['null', null],
    ['0', '0'],
  ])('has no liquidation price when the venue sends %s', (_, liqPrice) => {
    expect(positionRecordToRows(record({ liqPrice }), 'rapidx', 'Main', meta)).toMatchObject({ kind: 'open', detail: { liquidationPrice: null } });
  });

  it('adds nothing to net worth: its value is 0 and its P&L is kept beside it', () => {
    const rows = positionRecordToRows(record({ unrealizedPNL: '-12.5' }), 'rapidx', 'Main', meta);
    expect(rows.kind === 'open' ? rows.row : null).toMatchObject({ kind: 'position', quantity: '2', valueUsd: '0', unrealizedPnl: '-12.5', exposureUsd: '100', accountLabel: 'Main', exchange: 'OKX' });
  });

  it('is left out with a warning when its contracts cannot be turned into coins', () => {
    const read = assembleLtpFamilyRead({
      venue: 'rapidx',
      assets: [],
      accountCount: 1,
      meta,
      trading: { positions: [record({ markPrice: null }), record({ sym: 'OKX_PERP_SOL_USDT', positionQty: '0' })], accounts: [], warnings: [] },
    });
    expect({ rows: read.uncountedPositions, details: read.positions }).toEqual({ rows: [], details: [] });
    expect(read.warnings).toEqual([{ accountId: '1726371398908000', accountLabel: '1726371398908000', message: expect.stringMatching(/^Position OKX_PERP_BTC_USDT is left out/) }]);
  });

  it('refuses a symbol without an exchange prefix as a changed answer', () => {
    expect(PositionRecord.safeParse({ portfolioId: '1', sym: 'BTCUSDT', positionQty: '1' }).success).toBe(false);
  });
});

describe('an LTP-family margin record', () => {
  it.each([
    ['a ratio with trailing zeros', '0.0500', '0.0500'],
    ['the default of nothing at risk', '999999.0000', '999999.0000'],
    ['an exponent, rewritten as a plain decimal', '1e-4', '0.0001'],
    ['null', null, null],
  ])('passes %s through', (_, riskRatio, expected) => {
    const parsed = MarginAccountRecord.parse({ portfolioId: '1', exchangeType: 'OKX', riskRatio, uniMMR: riskRatio, accountStatus: 'MARGIN_CALL' });
    expect({ riskRatio: parsed.riskRatio, uniMMR: parsed.uniMMR, status: parsed.accountStatus }).toEqual({ riskRatio: expected, uniMMR: expected, status: 'MARGIN_CALL' });
  });
});
