import { afterEach, describe, expect, it } from 'vitest';
import { startConnexSimulator } from '../../../../src/main/venues/connex';
import type { LtpFamilySimulator } from '../../../../src/main/venues/ltp-family/simulator/server';
import { MAIN, SUB, smallBook } from '../ltp-family-data';
import { envelopeOf, signedFetch } from '../ltp-family-helpers';
import { describeSimulatorAuth } from '../ltp-family-simulator-auth';

const PATH = '/api/v1/trading/portfolio/assets';

interface Page {
  page: string;
  pageSize: string;
  pageNum: string;
  totalSize: string;
  list: Record<string, unknown>[];
}

describe('ConneX simulator: auth', () => {
  describeSimulatorAuth({ start: (seed, now) => startConnexSimulator({ seed, now }), path: PATH, param: ['exchangeType', 'BINANCE OKX'], rate: { count: 20, perMs: 1_000 } });
});

describe('ConneX simulator', () => {
  let sim: LtpFamilySimulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });
  const page = async (params: [string, string][], credentials = sim?.credentials) => (await envelopeOf(await signedFetch(sim as LtpFamilySimulator, PATH, params, { credentials }))).data as Page;

  it('pages by page and pageSize, totalSize counting every row', async () => {
    sim = await startConnexSimulator({ data: smallBook });
    const pages = [await page([['page', '1'], ['pageSize', '2']]), await page([['page', '2'], ['pageSize', '2']]), await page([['page', '3'], ['pageSize', '2']])];
    expect(pages.map((answer) => [answer.page, answer.pageSize, answer.totalSize, answer.list.map((row) => row.coin)])).toEqual([
      ['1', '2', '3', ['USDT', 'ETH']],
      ['2', '2', '3', ['BTC']],
      ['3', '2', '3', []],
    ]);
  });

  it('defaults to page 1 of 1000 and filters by exchangeType', async () => {
    sim = await startConnexSimulator({ data: smallBook });
    expect((await page([])).pageSize).toBe('1000');
    expect((await page([['exchangeType', 'OKX']])).list.map((row) => row.coin)).toEqual(['ETH']);
  });

  it('rejects bad paging parameters with 400000 and oversized pages with 400002', async () => {
    sim = await startConnexSimulator({ data: smallBook });
    const code = async (params: [string, string][]) => (await envelopeOf(await signedFetch(sim as LtpFamilySimulator, PATH, params))).code;
    expect([await code([['page', '0']]), await code([['pageSize', 'ten']]), await code([['pageSize', '1001']])]).toEqual(['400000', '400000', '400002']);
  });

  it('answers each key with its own portfolio', async () => {
    sim = await startConnexSimulator({ data: smallBook });
    const sub = sim.issueKey({ level: 'sub-portfolio', portfolioId: SUB });
    expect((await page([])).list.map((row) => row.portfolioId)).toEqual([MAIN, MAIN, MAIN]);
    expect((await page([], sub)).list.map((row) => row.portfolioId)).toEqual([SUB]);
  });

  it('plays empty and schema_drift', async () => {
    sim = await startConnexSimulator({ data: smallBook, faults: [{ kind: 'empty' }] });
    expect(await page([])).toMatchObject({ totalSize: '0', list: [] });
    sim.faults.clear();
    sim.faults.set({ kind: 'schema_drift' });
    expect((await page([])).list[0]?.indexPrice).toEqual({ value: '1', currency: 'USDT' });
  });
});
