import { afterEach, describe, expect, it } from 'vitest';
import { cadenzaConnector, startCadenzaSimulator, type CadenzaSimulator } from '../../../../src/main/venues/cadenza';
import { seedPortfolios } from '../../../../src/main/venues/cadenza/simulator/data';
import { accountA, accountB, accountC, smallBook } from '../../../unit/venues/cadenza/fixtures';
import { contextFor, namesPath } from './helpers';

let sim: CadenzaSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const labels = (holdings: readonly { accountId: string; accountLabel: string }[]) => new Set(holdings.map((holding) => `${holding.accountId} ${holding.accountLabel}`));

describe('Cadenza account nicknames', () => {
  it('labels each account by its nickname, its id kept, and an account without one by its id', async () => {
    sim = await startCadenzaSimulator({ data: smallBook, nicknames: { [accountA]: 'Binance main', [accountB]: 'Deribit hedge', [accountC]: null } });
    const read = await cadenzaConnector.createClient(contextFor(sim)).read();
    expect(labels(read.holdings)).toEqual(new Set([`${accountA} Binance main`, `${accountB} Deribit hedge`]));
    expect(read.accountTotals.map((total) => [total.accountId, total.accountLabel])).toEqual([[accountA, 'Binance main']]);
    expect(read.warnings).toEqual([]);
  });

  it.each([
    ['refused (403)', 'forbidden', /HTTP 403/],
    ['missing (404)', 'missing', /HTTP 404/],
  ] as const)('keeps the ids and warns when the account list is %s', async (_, accountListDenial, why) => {
    sim = await startCadenzaSimulator({ data: smallBook, nicknames: { [accountA]: 'Binance main' }, accountListDenial });
    const read = await cadenzaConnector.createClient(contextFor(sim)).read();
    expect(read.holdings.every((holding) => holding.accountLabel === holding.accountId)).toBe(true);
    expect(read.warnings).toEqual([{ accountId: null, accountLabel: null, message: expect.stringMatching(/^Cadenza account nicknames could not be read, so accounts are shown by their ids: /) }]);
    expect(read.warnings[0]?.message).toMatch(why);
  });

  it('reads the nicknames with the first read and not again within the hour', async () => {
    sim = await startCadenzaSimulator({ data: smallBook });
    let clock = Date.parse('2024-01-02T03:04:05Z');
    const client = cadenzaConnector.createClient(contextFor(sim, { now: () => new Date(clock) }));
    await client.read();
    clock += 30 * 60_000;
    await client.read();
    expect(sim.requests.filter((request) => request.path === namesPath)).toHaveLength(1);
  });

  it('serves seeded nicknames, one account left without', async () => {
    sim = await startCadenzaSimulator({ seed: 724 });
    const read = await cadenzaConnector.createClient(contextFor(sim)).read();
    const seeded = seedPortfolios(724, Date.now());
    const byId = new Map(read.holdings.map((holding) => [holding.accountId, holding.accountLabel]));
    expect(seeded.map((portfolio) => byId.get(portfolio.tradingAccountId))).toEqual(['Binance main', 'OKX perps', 'Deribit hedge', 'Binance basis', seeded[4]?.tradingAccountId]);
  });

  it('keeps an account summary in dollars as margin figures, and leaves one in BTC out', async () => {
    sim = await startCadenzaSimulator({ data: smallBook, nicknames: { [accountA]: 'Binance main' } });
    const read = await cadenzaConnector.createClient(contextFor(sim)).read();
    expect(read.marginAccounts).toEqual([
      {
        accountId: accountA,
        accountLabel: 'Binance main',
        exchange: 'BINANCE',
        equityUsd: '123456.789',
        maintMarginUsd: '0',
        marginBalanceUsd: '0',
        positionValueUsd: '0',
        unrealizedPnlUsd: null,
        uniMMR: null,
        riskRatio: null,
        accountStatus: null,
      },
    ]);
  });

  it('gives a position its notional as |quantity| × mark, which Cadenza does not send', async () => {
    sim = await startCadenzaSimulator({ data: smallBook });
    const read = await cadenzaConnector.createClient(contextFor(sim)).read();
    expect(read.positions.map((detail) => [detail.asset, detail.notionalUsd, detail.liquidationPrice])).toEqual([['BTC-PERPETUAL', '48500', null]]);
  });
});
