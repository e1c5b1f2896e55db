import { afterEach, describe, expect, it } from 'vitest';
import { cadenzaConnector, startCadenzaSimulator, type CadenzaSimulator } from '../../../../src/main/venues/cadenza';
import { seedPortfolios, type SimPortfolio } from '../../../../src/main/venues/cadenza/simulator/data';
import { AccountTotal, Holding, PositionDetail } from '../../../../src/shared/domain/holding';
import { accountA, expectedFlatHoldings, expectedNestedHoldings, expectedPositions, smallBook } from '../../../unit/venues/cadenza/fixtures';
import { expectWithinRate } from '../gate-bound';
import { contextFor, listPath, loginPath, namesPath, shortPolicy } from './helpers';

let sim: CadenzaSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

/** `count` trading accounts of one balance each, so the nested list pages by account. */
function manyAccounts(count: number): SimPortfolio[] {
  return Array.from({ length: count }, (_, i) => {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const balance = { securitySymbol: 'ETH', securityType: 'CRYPTO', tradingAccountId: id, status: 'ACTIVE', free: `${i}.000000000000000001`, locked: '0', borrowed: '0', total: `${i}.000000000000000001`, net: `${i}.000000000000000001`, updatedAt: 1703052635110 };
    return { tradingAccountId: id, venue: 'OKX', positions: [], balances: [balance], updatedAt: 1703052635110 };
  });
}

describe('Cadenza client reading the simulator', () => {
  it('reads the nested OpenAPI shape into exactly the hand-computed holdings', async () => {
    sim = await startCadenzaSimulator({ data: smallBook });
    const read = await cadenzaConnector.createClient(contextFor(sim)).read();
    expect(read.holdings).toEqual(expectedNestedHoldings);
    expect(read.positions).toEqual(expectedPositions);
    expect(read.accountTotals).toEqual([{ accountId: accountA, accountLabel: accountA, wallet: null, reportedUsd: '123456.789' }]);
    expect(read.accountCount).toBe(3);
    expect(read.warnings).toEqual([]);
    Holding.array().parse(read.holdings);
    PositionDetail.array().parse(read.positions);
    AccountTotal.array().parse(read.accountTotals);
    expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${loginPath}`, `GET ${listPath}`, `GET ${namesPath}`]);
    expect(sim.requests[1]?.query).toEqual([
      ['limit', '100'],
      ['offset', '0'],
    ]);
  });

  it('reads the flat docs-page shape into exactly the hand-computed holdings', async () => {
    sim = await startCadenzaSimulator({ data: smallBook, shape: 'flat' });
    const read = await cadenzaConnector.createClient(contextFor(sim)).read();
    expect(read.holdings).toEqual(expectedFlatHoldings);
    expect(read).toMatchObject({ positions: [], accountTotals: [], accountCount: 2, warnings: [] });
  });

  it('pages to the end over several pages, 100 at a time', async () => {
    sim = await startCadenzaSimulator({ data: manyAccounts(250) });
    const read = await cadenzaConnector.createClient(contextFor(sim)).read();
    const pages = sim.requests.filter((r) => r.path === listPath).map((r) => Object.fromEntries(r.query));
    expect(pages).toEqual([
      { limit: '100', offset: '0' },
      { limit: '100', offset: '100' },
      { limit: '100', offset: '200' },
    ]);
    expect(read.accountCount).toBe(250);
    expect(read.holdings.map((h) => h.quantity)).toEqual(Array.from({ length: 250 }, (_, i) => `${i}.000000000000000001`));
  });

  it('keeps the seeded 18-decimal amounts exact end to end', async () => {
    sim = await startCadenzaSimulator({ seed: 7 });
    const read = await cadenzaConnector.createClient(contextFor(sim)).read();
    const seeded = seedPortfolios(7, Date.now()).flatMap((p) => p.balances.map((b) => b.total));
    const tokens = read.holdings.filter((h) => h.kind === 'token').map((h) => h.quantity);
    expect(tokens).toEqual(seeded.map((total) => total.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')));
    expect(tokens.filter((quantity) => /\.\d{18}$/.test(quantity)).length).toBeGreaterThan(3);
  });

  it('reads an empty book as zero holdings, not an error', async () => {
    sim = await startCadenzaSimulator({ faults: [{ kind: 'empty' }] });
    const read = await cadenzaConnector.createClient(contextFor(sim)).read();
    expect(read).toEqual({ holdings: [], uncountedPositions: [], positions: [], marginAccounts: [], accountTotals: [], accountCount: 0, warnings: [] });
  });

  it('keeps an account with nothing in it as an account with zero holdings', async () => {
    sim = await startCadenzaSimulator({ data: smallBook.slice(2) });
    const read = await cadenzaConnector.createClient(contextFor(sim)).read();
    expect(read).toMatchObject({ holdings: [], accountCount: 1 });
  });

  it('holds the rate gate under a burst of concurrent reads', async () => {
    sim = await startCadenzaSimulator({ data: manyAccounts(150) });
    // A timeout long enough for a busy machine: a request timed out and sent again would be one more to count.
    const client = cadenzaConnector.createClient(contextFor(sim, { http: { ...shortPolicy, timeoutMs: 30_000 } }));
    const since = Date.now();
    await Promise.all(Array.from({ length: 5 }, () => client.read()));
    const starts = sim.requests.filter((r) => r.path === listPath).map((r) => r.at);
    expect(starts).toHaveLength(10);
    expect(sim.requests.filter((r) => r.path === loginPath)).toHaveLength(1);
    // 5 per second for every data call (the list and the nicknames share the gate): the sixth waits for the next window.
    expectWithinRate(sim.requests.filter((r) => r.path !== loginPath).map((r) => r.at), since, { count: 5, perMs: 1_000 });
  });
});
