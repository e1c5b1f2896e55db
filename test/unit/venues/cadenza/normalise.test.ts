import { describe, expect, it } from 'vitest';
import { normalisePortfolios } from '../../../../src/main/venues/cadenza/normalise';
import { parsePortfolioPage } from '../../../../src/main/venues/cadenza/schemas';
import { Holding } from '../../../../src/shared/domain/holding';
import { answer, flatText, nestedText, pageText } from './answers';
import { accountA, accountB, connectionId, expectedFlatHoldings, expectedNestedHoldings, expectedPositions, fetchedAt, smallBook } from './fixtures';

const context = { connectionId, fetchedAt };
const normalised = (text: string) => {
  const page = parsePortfolioPage(answer(200, text).body);
  return normalisePortfolios(page, context);
};

describe('normalising Cadenza portfolios', () => {
  it('maps the nested shape field by field', () => {
    const read = normalised(nestedText(smallBook));
    expect(read.holdings).toEqual(expectedNestedHoldings);
    expect(read.positions).toEqual(expectedPositions);
    expect(read.accountTotals).toEqual([{ accountId: accountA, accountLabel: accountA, wallet: null, reportedUsd: '123456.789' }]);
    expect(read.accountCount).toBe(3);
    expect(() => Holding.array().parse(read.holdings)).not.toThrow();
  });

  it('maps the flat shape field by field', () => {
    const read = normalised(flatText(smallBook));
    expect(read).toEqual({ holdings: expectedFlatHoldings, uncountedPositions: [], positions: [], marginAccounts: [], accountTotals: [], accountCount: 2, warnings: [] });
  });

  it('never values a holding: price and value are left for the price book', () => {
    for (const holding of normalised(nestedText(smallBook)).holdings) {
      expect([holding.priceUsd, holding.valueUsd, holding.exposureUsd, holding.equity]).toEqual([null, null, null, null]);
    }
  });

  it('keeps summary.equity only in a USD-like unit, case-insensitively', () => {
    const withSummary = (currency: string | undefined) =>
      normalised(nestedText([{ ...smallBook[0]!, summary: { ...smallBook[0]!.summary!, currency: currency as string } }])).accountTotals.length;
    expect([withSummary('usd'), withSummary('USDC'), withSummary('USDT'), withSummary('EUR'), withSummary('BTC'), withSummary(undefined)]).toEqual([1, 1, 1, 0, 0, 0]);
  });

  it('reads a long position as long, a zero one as flat, and leaves leverage null without a summary', () => {
    const position = smallBook[1]!.positions[0]!;
    const book = [{ ...smallBook[1]!, summary: undefined, positions: [{ ...position, quantity: '0.25' }, { ...position, securitySymbol: 'ETH-PERPETUAL', quantity: '0', status: 'open' }] }];
    const read = normalised(nestedText(book));
    expect(read.positions.map((p) => [p.asset, p.side, p.leverage])).toEqual([
      ['BTC-PERPETUAL', 'long', null],
      ['ETH-PERPETUAL', 'flat', null],
    ]);
    expect(read.holdings.filter((h) => h.kind === 'position').map((h) => h.quantity)).toEqual(['0.25', '0']);
  });

  it('takes a balance time from its portfolio when the balance has none, and null when neither has one', () => {
    const [first] = smallBook[1]!.balances;
    const book = [{ ...smallBook[1]!, positions: [], balances: [{ ...first!, updatedAt: undefined }] }];
    expect(normalised(nestedText(book)).holdings[0]?.sourceUpdatedAt).toBe('2023-12-20T06:00:00.000Z');
    const bare = [{ ...book[0]!, updatedAt: undefined }];
    expect(normalised(nestedText(bare)).holdings[0]?.sourceUpdatedAt).toBeNull();
  });

  it('keeps the first copy of an item that paging repeated', () => {
    const list = { portfolios: [...parsePortfolioPage(answer(200, nestedText(smallBook)).body).portfolios, ...parsePortfolioPage(answer(200, nestedText(smallBook.slice(1))).body).portfolios], flatRows: [] };
    expect(normalisePortfolios(list, context).holdings).toEqual(expectedNestedHoldings);
    const rows = parsePortfolioPage(answer(200, flatText(smallBook)).body).flatRows;
    expect(normalisePortfolios({ portfolios: [], flatRows: [...rows, ...rows] }, context).holdings).toEqual(expectedFlatHoldings);
  });

  it('reads no rows as no holdings and no accounts', () => {
    expect(normalised(pageText([]))).toEqual({ holdings: [], uncountedPositions: [], positions: [], marginAccounts: [], accountTotals: [], accountCount: 0, warnings: [] });
  });

  it('reads an unknown available or locked as null, never 0', () => {
    const text = pageText([{ tradingAccountId: accountB, venue: 'OKX', currency: 'BTC', balance: 1, available: null, locked: '', updatedAt: 1703052000000 }]);
    expect(normalised(text).holdings[0]).toMatchObject({ quantity: '1', available: null, locked: null, borrowed: null });
  });
});
