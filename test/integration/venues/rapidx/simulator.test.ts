import { afterEach, describe, expect, it } from 'vitest';
import { startRapidxSimulator } from '../../../../src/main/venues/rapidx';
import type { LtpFamilySimulator } from '../../../../src/main/venues/ltp-family/simulator/server';
import { Dec } from '../../../../src/shared/decimal';
import { SUB, smallBook } from '../ltp-family-data';
import { envelopeOf, signedFetch } from '../ltp-family-helpers';
import { describeSimulatorAuth } from '../ltp-family-simulator-auth';

const PATH = '/api/v1/user/asset';

describe('RapidX simulator: auth', () => {
  describeSimulatorAuth({ start: (seed, now) => startRapidxSimulator({ seed, now }), path: PATH, param: ['exchangeType', 'BINANCE,OKX'], rate: { count: 20, perMs: 1_000 } });
});

describe('RapidX simulator', () => {
  let sim: LtpFamilySimulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  it('serves an explicit data set as given, code 200000', async () => {
    sim = await startRapidxSimulator({ data: smallBook });
    const answer = await envelopeOf(await signedFetch(sim, PATH));
    expect(answer.code).toBe('200000');
    expect(answer.data).toEqual(Object.fromEntries(smallBook.portfolios.map((portfolio) => [portfolio.portfolioId, portfolio.assets])));
  });

  it('refuses sub-portfolio keys (2003)', async () => {
    sim = await startRapidxSimulator();
    expect((await envelopeOf(await signedFetch(sim, PATH, [], { credentials: sim.issueKey({ level: 'sub-portfolio', portfolioId: SUB }) }))).code).toBe('2003');
  });

  it('seeds realistic books: equityValue = equity × indexPrice exactly, available + frozen = balance', async () => {
    sim = await startRapidxSimulator({ seed: 3 });
    const data = (await envelopeOf(await signedFetch(sim, PATH))).data as Record<string, Record<string, string>[]>;
    const records = Object.values(data).flat();
    expect(records.length).toBeGreaterThan(30);
    for (const record of records) {
      expect(new Dec(record.equity as string).mul(record.indexPrice as string).eq(record.equityValue as string)).toBe(true);
      if (new Dec(record.balance as string).isPositive()) expect(new Dec(record.available as string).plus(record.frozen as string).eq(record.balance as string)).toBe(true);
    }
  });

  it('plays empty and schema_drift', async () => {
    sim = await startRapidxSimulator({ data: smallBook, faults: [{ kind: 'empty' }] });
    expect((await envelopeOf(await signedFetch(sim, PATH))).data).toEqual({});
    sim.faults.clear();
    sim.faults.set({ kind: 'schema_drift' });
    const drifted = (await envelopeOf(await signedFetch(sim, PATH))).data as Record<string, Record<string, string>[]>;
    const first = Object.values(drifted).flat()[0];
    expect(first).not.toHaveProperty('balance');
    expect(first).toHaveProperty('totalBalance');
  });
});
