import { afterEach, beforeEach, expect, it } from 'vitest';
import type { LtpFamilySimulator } from '../../../src/main/venues/ltp-family/simulator/server';
import { nonceAt, preHash, sign, type QueryParams } from '../../../src/main/venues/ltp-family/signing';
import type { Rate } from '../../../src/main/venues/shared/rate-limit';
import { envelopeOf, signedFetch, type SignedFetchOptions } from './ltp-family-helpers';

export interface SimulatorAuthOptions {
  readonly start: (seed?: number, now?: () => number) => Promise<LtpFamilySimulator>;
  readonly path: string;
  /** A parameter the endpoint takes, whose value needs URL-encoding (to check raw-value signing). */
  readonly param: readonly [string, string];
  readonly rate: Rate;
}

/** The venue's key, nonce and signature checks, its throttling and its key revocation, as every simulator plays them. */
export function describeSimulatorAuth(options: SimulatorAuthOptions): void {
  let sim: LtpFamilySimulator;
  const get = (params: QueryParams = [], fetchOptions: SignedFetchOptions = {}) => signedFetch(sim, options.path, params, fetchOptions);

  beforeEach(async () => {
    sim = await options.start();
  });
  afterEach(async () => {
    await sim.close();
  });

  it('answers a signed request with a success envelope', async () => {
    expect(await envelopeOf(await get())).toMatchObject({ status: 200, code: expect.stringMatching(/^200(000)?$/) });
  });

  it('answers business errors with HTTP 200 and the code', async () => {
    expect(await envelopeOf(await fetch(`${sim.baseUrl}${options.path}`))).toMatchObject({ status: 200, code: '2000' });
  });

  it('checks the key, the nonce and the signature like the venue', async () => {
    const now = new Date();
    const nonce = nonceAt(now);
    const [key, value] = options.param;
    const codeFor = async (response: Promise<Response>) => (await envelopeOf(await response)).code;
    const withSignature = (message: string) => ({ headers: { signature: sign(sim.credentials.apiSecret, message) }, now });
    const cases = {
      missingSignature: await codeFor(fetch(`${sim.baseUrl}${options.path}`, { headers: { 'X-MBX-APIKEY': sim.credentials.apiKey, nonce } })),
      wrongSecret: await codeFor(get([], { credentials: { apiKey: sim.credentials.apiKey, apiSecret: 'wrong' } })),
      urlEncodedValue: await codeFor(get([options.param], withSignature(`${key}=${encodeURIComponent(value)}&${nonce}`))),
      rawValue: await codeFor(get([options.param], withSignature(preHash([options.param], nonce)))),
      unsorted: await codeFor(get([options.param, ['aaa', '1']], withSignature(`${key}=${value}&aaa=1&${nonce}`))),
      uppercaseHex: await codeFor(get([], { headers: { signature: sign(sim.credentials.apiSecret, `&${nonce}`).toUpperCase() }, now })),
      nonceInMs: await codeFor(get([], { headers: { nonce: String(now.getTime()), signature: sign(sim.credentials.apiSecret, `&${now.getTime()}`) } })),
      nonce70sOld: await codeFor(get([], { now: new Date(now.getTime() - 70_000) })),
      nonce70sAhead: await codeFor(get([], { now: new Date(now.getTime() + 70_000) })),
      nonce50sOld: await codeFor(get([], { now: new Date(now.getTime() - 50_000) })),
      unknownKey: await codeFor(get([], { credentials: { apiKey: 'not-issued', apiSecret: 'x' } })),
      frozenKey: await codeFor(get([], { credentials: sim.issueKey({ frozen: true }) })),
      tradeKey: await codeFor(get([], { credentials: sim.issueKey({ permissions: ['READ', 'TRADE', 'WITHDRAW'] }) })),
    };
    expect(cases).toEqual({
      missingSignature: '2000',
      wrongSecret: '2000',
      urlEncodedValue: '2000',
      rawValue: expect.stringMatching(/^200(000)?$/),
      unsorted: '2000',
      uppercaseHex: '2000',
      nonceInMs: '7000',
      nonce70sOld: '7000',
      nonce70sAhead: '7000',
      nonce50sOld: expect.stringMatching(/^200(000)?$/),
      unknownKey: '100018',
      frozenKey: '100041',
      tradeKey: expect.stringMatching(/^200(000)?$/),
    });
  });

  it('throttles beyond its documented rate with HTTP 429 and code 100429, per key', async () => {
    // The venue's clock stands still, so however slowly a busy machine delivers the burst, it is one window.
    const frozenAt = Date.now();
    await sim.close();
    sim = await options.start(undefined, () => frozenAt);
    const answers = await Promise.all(Array.from({ length: options.rate.count + 1 }, () => get().then(envelopeOf)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([...Array.from({ length: options.rate.count }, () => 200), 429]);
    expect(answers.find((answer) => answer.status === 429)?.code).toBe('100429');
    expect((await envelopeOf(await get([], { credentials: sim.issueKey() }))).status).toBe(200);
  });

  it('revoke_tokens: keys issued so far become unknown (100018), later keys work', async () => {
    sim.faults.set({ kind: 'revoke_tokens' });
    expect((await envelopeOf(await get())).code).toBe('100018');
    const fresh = sim.issueKey();
    expect((await envelopeOf(await get([], { credentials: fresh }))).code).toMatch(/^200(000)?$/);
  });

  it('answers an unknown path with HTTP 404', async () => {
    expect((await fetch(`${sim.baseUrl}/api/v1/nothing`)).status).toBe(404);
  });

  it('is deterministic per seed: the same data and credentials', async () => {
    const again = await options.start();
    const other = await options.start(99);
    try {
      // Timestamps are relative to the start time; everything else comes from the seed.
      const text = async (target: LtpFamilySimulator) => (await (await signedFetch(target, options.path)).text()).replace(/"\d{13}"/g, '"ms"');
      expect(again.credentials).toEqual(sim.credentials);
      expect(await text(again)).toBe(await text(sim));
      expect(other.credentials).not.toEqual(sim.credentials);
    } finally {
      await again.close();
      await other.close();
    }
  });
}
