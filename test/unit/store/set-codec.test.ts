import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compressSet, decodeSet, encodeSet, fields, isCompressed } from '../../../src/main/store/set-codec';
import { holding } from '../../support/holdings';

describe('holding set codec', () => {
  const holdings = [
    holding({ venue: 'treadfi', asset: 'BTC:PERP-USDT', kind: 'position', quantity: '-0.5', wallet: 'unified', exchange: 'BYBIT', available: '1', locked: '2', borrowed: '3', equity: '4', priceUsd: '5', valueUsd: '6', exposureUsd: '7', unrealizedPnl: '8', sourceUpdatedAt: '2026-11-21T10:00:00.000Z' }),
    holding({ venue: 'treadfi', asset: 'ÉTH "quoted", =1', quantity: '0.000000000000000001', accountLabel: 'Desk\nTwo' }),
  ];
  const positions = [{ accountId: 'acct-1', exchange: 'BYBIT', asset: 'BTC:PERP-USDT', side: 'short' as const, leverage: '10', initialMargin: null, maintMargin: null, marginBalance: null, entryPrice: null, markPrice: null, fundingFee: '-0.01', liquidationPrice: '61000.5', notionalUsd: '30500.25', riskLevel: '2' }];
  const totals = [{ accountId: 'acct-1', accountLabel: 'Account 1', wallet: null, reportedUsd: '12.5' }];

  it('reads back every field of every holding, plain and compressed', () => {
    const { blob } = encodeSet(holdings, positions, totals, 3);
    const expected = { holdings: holdings.map(({ connectionId: _c, venue: _v, fetchedAt: _f, ...rest }) => rest), uncountedPositions: [], positions, marginAccounts: [], accountTotals: totals, accountCount: 3, bookPrices: [] };
    expect(isCompressed(blob)).toBe(false);
    expect(decodeSet(blob)).toEqual(expected);
    const compressed = compressSet(blob);
    expect(isCompressed(compressed)).toBe(true);
    expect(compressed.length).toBeLessThan(blob.length);
    expect(decodeSet(compressed)).toEqual(expected);
  });

  it('writes the bytes JSON.stringify writes of the encoded set, however many rows, so a set hashes as it always has', () => {
    const many = Array.from({ length: 130 }, (_, i) => holding({ venue: 'rapidx', asset: `C${i}`, quantity: String(i), accountLabel: i % 2 ? 'Desk "A"' : 'Ünïcode' }));
    // Each row in the codec's own field order: a field added to `fields` but not to the row writer fails here.
    const fieldsOf = (h: (typeof many)[number]) => fields.map((f) => h[f]);
    for (const rows of [[], many.slice(0, 64), many.slice(0, 65), many]) {
      const { blob, hash } = encodeSet(rows, positions, totals, 3);
      const expected = JSON.stringify({ h: rows.map(fieldsOf), p: positions, t: totals, a: 3 });
      expect(blob.toString('utf8')).toBe(expected);
      expect(hash.toString('hex')).toBe(createHash('sha256').update(expected).digest('hex').slice(0, 32));
    }
  });

  it('gives identical content the same hash and any change another', () => {
    const hash = (h = holdings, count = 3) => encodeSet(h, positions, totals, count).hash.toString('hex');
    expect(hash()).toBe(hash());
    expect(hash(undefined, 4)).not.toBe(hash());
    expect(hash([holdings[0] ?? holdings[1]!, { ...holdings[1]!, quantity: '0.000000000000000002' }])).not.toBe(hash());
  });

  it('decodes a set written before positions had liquidation, notional and risk, and before uncounted rows and margin', () => {
    const old = { h: [], p: [{ accountId: 'a', exchange: 'OKX', asset: 'BTC-USDT-SWAP', side: 'long', leverage: '3', initialMargin: null, maintMargin: null, marginBalance: null, entryPrice: '1', markPrice: '2', fundingFee: null }], t: [], a: 1 };
    const content = decodeSet(Buffer.from(JSON.stringify(old)));
    expect(content.positions).toEqual([{ ...old.p[0], liquidationPrice: null, notionalUsd: null, riskLevel: null }]);
    expect({ uncounted: content.uncountedPositions, margin: content.marginAccounts }).toEqual({ uncounted: [], margin: [] });
  });

  it('reads back uncounted position rows and margin accounts, and hashes a read without them as before', () => {
    const row = holding({ venue: 'rapidx', asset: 'OKX_PERP_ETH_USDT', kind: 'position', quantity: '-1.5', exchange: 'OKX', priceUsd: '3000', valueUsd: '0', exposureUsd: '-4500', unrealizedPnl: '12.5' });
    const margin = { accountId: '1726371398908000', accountLabel: 'Basis desk', exchange: 'OKX', equityUsd: '100', maintMarginUsd: '5', marginBalanceUsd: '90', positionValueUsd: '4500', unrealizedPnlUsd: '12.5', uniMMR: '18.0000', riskRatio: '0.0556', accountStatus: 'MARGIN_CALL' };
    const decoded = decodeSet(encodeSet(holdings, positions, totals, 3, { uncountedPositions: [row], marginAccounts: [margin] }).blob);
    const { connectionId: _c, venue: _v, fetchedAt: _f, ...stored } = row;
    expect({ uncounted: decoded.uncountedPositions, margin: decoded.marginAccounts }).toEqual({ uncounted: [stored], margin: [margin] });
    const plain = encodeSet(holdings, positions, totals, 3).hash.toString('hex');
    expect(encodeSet(holdings, positions, totals, 3, { uncountedPositions: [], marginAccounts: [] }).hash.toString('hex')).toBe(plain);
  });

  it('writes the bytes JSON.stringify writes of the whole set, so every set keeps its hash, also past the reused buffer and in any script', () => {
    const fields = ['accountId', 'accountLabel', 'wallet', 'exchange', 'asset', 'kind', 'quantity', 'available', 'locked', 'borrowed', 'equity', 'priceUsd', 'valueUsd', 'exposureUsd', 'unrealizedPnl', 'sourceUpdatedAt'] as const;
    const row = (h: (typeof holdings)[number]) => fields.map((f) => h[f]);
    // About 1.5 MB with labels of two-, three- and four-byte UTF-8: several times the buffer the writer starts with.
    const many = Array.from({ length: 4_000 }, (_, i) => holding({ venue: 'rapidx', asset: `COIN${i}`, quantity: `${i}.5`, accountLabel: `Desk é€😀 ${i} "q" \\ \n`.repeat(6), valueUsd: String(i) }));
    const uncounted = [holding({ venue: 'rapidx', asset: 'OKX_PERP_ETH_USDT', kind: 'position', quantity: '-1.5' })];
    const margin = [{ accountId: '1', accountLabel: 'Basis', exchange: 'OKX', equityUsd: '100', maintMarginUsd: null, marginBalanceUsd: null, positionValueUsd: null, unrealizedPnlUsd: null, uniMMR: '18.0000', riskRatio: null, accountStatus: null }];
    const bookPrices = [{ asset: 'BTC', priceUsd: '50000', origin: { kind: 'venue' as const, venue: 'ltp' as const, connectionId: 'c2', at: '2026-11-21T10:00:00.000Z' } }];
    const { blob, hash } = encodeSet(many, positions, totals, 7, { uncountedPositions: uncounted, marginAccounts: margin, bookPrices });
    const whole = JSON.stringify({ h: many.map(row), p: positions, t: totals, a: 7, q: uncounted.map(row), m: margin, b: bookPrices });
    expect(blob.length).toBeGreaterThan(1_000_000);
    expect(blob.toString('utf8')).toBe(whole);
    expect(hash.toString('hex')).toBe(createHash('sha256').update(whole).digest().subarray(0, 16).toString('hex'));
    // The set handed back is its own: writing the next one leaves it as it was.
    encodeSet(holdings, positions, totals, 1);
    expect(blob.toString('utf8')).toBe(whole);
    expect(encodeSet(holdings, positions, totals, 3).blob.toString('utf8')).toBe(JSON.stringify({ h: holdings.map(row), p: positions, t: totals, a: 3 }));
  });
});
