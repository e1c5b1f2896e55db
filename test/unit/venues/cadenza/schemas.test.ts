import { describe, expect, it } from 'vitest';
import { parsePortfolioPage } from '../../../../src/main/venues/cadenza/schemas';
import { VenueError } from '../../../../src/main/venues/shared/venue-error';
import { answer, nestedText, pageText } from './answers';
import { accountA, smallBook } from './fixtures';

const parse = (text: string) => parsePortfolioPage(answer(200, text).body);

function badResponse(text: string): string {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(VenueError);
    expect((error as VenueError).kind).toBe('bad_response');
    return (error as VenueError).message;
  }
  throw new Error('expected a bad_response');
}

const flatRow = { tradingAccountId: accountA, venue: 'BINANCE', currency: 'BTC', balance: '1.5', available: '1.3', locked: '0.2', updatedAt: 1703052635110 };

describe('Cadenza answer schemas', () => {
  it('detects the nested shape by its balances list and the flat one by currency', () => {
    expect(parse(nestedText(smallBook))).toMatchObject({ count: 3, total: 3, flatRows: [] });
    expect(parse(nestedText(smallBook)).portfolios).toHaveLength(3);
    expect(parse(pageText([flatRow]))).toMatchObject({ count: 1, total: 1, portfolios: [], flatRows: [{ currency: 'BTC', balance: '1.5' }] });
  });

  it('tolerates unknown extra fields at every level', () => {
    const extra = { ...smallBook[0], novel: { deep: [1, 2] }, balances: smallBook[0]?.balances.map((b) => ({ ...b, newField: 'x' })), summary: { ...smallBook[0]?.summary, riskScore: 7 } };
    const text = JSON.stringify({ data: [extra], success: true, errno: 0, error: null, traceId: 'abc', pagination: { offset: 0, limit: 100, total: 1, cursor: 'n' } });
    expect(parse(text).portfolios[0]?.balances).toHaveLength(4);
  });

  it('reads JSON numbers and strings alike, exactly', () => {
    const text = pageText([{ ...flatRow, balance: 'X' }]).replace('"X"', '123456789012345678901234567890.123456789012345678');
    expect(parse(text).flatRows[0]?.balance).toBe('123456789012345678901234567890.123456789012345678');
  });

  it('treats a missing pagination as no total', () => {
    expect(parse(JSON.stringify({ data: [flatRow], success: true, errno: 0, error: null })).total).toBeNull();
  });

  it('names the field path of a mismatch', () => {
    expect(badResponse(pageText([{ ...flatRow, balance: '1,5' }]))).toContain('portfolio list: at data.0.balance: expected a decimal number');
    expect(badResponse(pageText([{ ...flatRow, tradingAccountId: undefined }]))).toContain('at data.0.tradingAccountId');
    expect(badResponse(pageText([{ tradingAccountId: accountA, balance: '1' }]))).toContain('at data.0: neither a balances list nor a currency');
    expect(badResponse(JSON.stringify({ data: {}, success: true, errno: 0 }))).toContain('at data');
    expect(badResponse(JSON.stringify({ data: [], success: 'yes', errno: 0 }))).toContain('at success');
  });

  it('refuses an exponent that would expand into a huge number, instead of exhausting memory', () => {
    expect(badResponse(pageText([{ ...flatRow, balance: '1e999999999' }]))).toContain('at data.0.balance: expected a decimal number');
    expect(badResponse(pageText([{ ...flatRow, available: '1e-999999999' }]))).toContain('at data.0.available');
    expect(parse(pageText([{ ...flatRow, balance: '1.5e3' }])).flatRows[0]?.balance).toBe('1500');
  });

  it('refuses a timestamp past what a date can print, instead of throwing', () => {
    expect(badResponse(pageText([{ ...flatRow, updatedAt: 'X' }]).replace('"X"', '9999999999999999'))).toContain('at data.0.updatedAt: expected epoch milliseconds');
    expect(badResponse(pageText([{ ...flatRow, updatedAt: 'soon' }]))).toContain('at data.0.updatedAt');
  });
});
