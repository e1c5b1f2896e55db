import { afterEach, describe, expect, it } from 'vitest';
import { startLtpSimulator } from '../../../../src/main/venues/ltp';
import type { LtpFamilySimulator } from '../../../../src/main/venues/ltp-family/simulator/server';
import { Dec, sumDecimals } from '../../../../src/shared/decimal';
import { envelopeOf, signedFetch } from '../ltp-family-helpers';
import { describeSimulatorAuth } from '../ltp-family-simulator-auth';

const PATH = '/api/v1/asset/getAccountCurrencyInfo';

interface Wallet {
  accountId: string;
  accountType: string;
  totalUsdt: string;
  assetInfo: Record<string, string | null>[];
}

describe('LTP simulator: auth', () => {
  describeSimulatorAuth({ start: (seed, now) => startLtpSimulator({ seed, now }), path: PATH, param: ['accountId', '10001,10002'], rate: { count: 3, perMs: 10_000 } });
});

describe('LTP simulator', () => {
  let sim: LtpFamilySimulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });
  // A fresh key per call: the venue allows each key 3 requests per 10 s.
  const wallets = async (params: [string, string][] = []) => {
    const target = sim as LtpFamilySimulator;
    const answer = await envelopeOf(await signedFetch(target, PATH, params, { credentials: target.issueKey() }));
    return { code: answer.code, wallets: answer.data as Wallet[] };
  };

  it('seeds several accounts with wallets, ids above 2^53 and totalUsdt = Σ valueUsdt', async () => {
    sim = await startLtpSimulator({ seed: 1 });
    const answer = await wallets();
    expect(answer.code).toBe('200');
    expect(new Set(answer.wallets.map((wallet) => wallet.accountId)).size).toBeGreaterThanOrEqual(3);
    expect(answer.wallets.some((wallet) => BigInt(wallet.accountId) > 2n ** 53n)).toBe(true);
    expect(answer.wallets.some((wallet) => wallet.assetInfo.length === 0)).toBe(true);
    for (const wallet of answer.wallets) {
      expect(wallet.totalUsdt).toBe(sumDecimals(wallet.assetInfo.map((asset) => asset.valueUsdt as string)));
      for (const asset of wallet.assetInfo) expect(new Dec(asset.available as string).plus(asset.frozen as string).eq(asset.totalBalance as string)).toBe(true);
    }
  });

  it('filters by accountId list and by one currency; several currencies are refused (400000)', async () => {
    sim = await startLtpSimulator({ seed: 1 });
    const all = await wallets();
    const id = all.wallets[1]?.accountId as string;
    expect(new Set((await wallets([['accountId', id]])).wallets.map((wallet) => wallet.accountId))).toEqual(new Set([id]));
    const usdt = await wallets([['currency', 'USDT']]);
    expect(usdt.wallets.flatMap((wallet) => wallet.assetInfo.map((asset) => asset.currency)).every((currency) => currency === 'USDT')).toBe(true);
    expect((await wallets([['currency', 'USDT,BTC']])).code).toBe('400000');
  });

  it('refuses RapidX portfolio keys (2003) and hides the funding account from sub-users', async () => {
    sim = await startLtpSimulator({ seed: 1 });
    const portfolioKey = sim.issueKey({ level: 'sub-portfolio' });
    expect((await envelopeOf(await signedFetch(sim, PATH, [], { credentials: portfolioKey }))).code).toBe('2003');
    const subUser = (await envelopeOf(await signedFetch(sim, PATH, [], { credentials: sim.issueKey({ level: 'sub-user' }) }))).data as Wallet[];
    expect(subUser.map((wallet) => wallet.accountType)).not.toContain('Funding Account');
  });

  it('plays empty and schema_drift', async () => {
    sim = await startLtpSimulator({ seed: 1, faults: [{ kind: 'empty' }] });
    expect((await wallets()).wallets).toEqual([]);
    sim.faults.clear();
    sim.faults.set({ kind: 'schema_drift' });
    const asset = (await wallets()).wallets.flatMap((wallet) => wallet.assetInfo)[0];
    expect(asset).toHaveProperty('balance');
    expect(asset).not.toHaveProperty('totalBalance');
  });
});
