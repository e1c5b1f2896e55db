import { afterAll, expect, it } from 'vitest';
import { startTreadfiSimulator, treadfiConnector } from '../../../../src/main/venues/treadfi';
import { treadfiDefaultRate } from '../../../../src/main/venues/treadfi/client';
import { expectWithinRate } from '../gate-bound';
import { fastPolicy, smallData } from './helpers';

const sim = await startTreadfiSimulator({ data: smallData });
// A timeout long enough for a busy machine: a request timed out and sent again would be one more to count.
const patientPolicy = { ...fastPolicy, timeoutMs: 30_000 };
afterAll(() => sim.close());

it('keeps a burst of reads under the default gate of 2 requests a second', async () => {
  expect(treadfiDefaultRate).toEqual({ count: 2, perMs: 1_000 });
  expect(treadfiConnector.minPollIntervalSec).toBeGreaterThanOrEqual(15);
  const client = treadfiConnector.createClient({ connectionId: 'c', baseUrl: sim.baseUrl, credentials: sim.credentials, now: () => new Date(), http: patientPolicy });

  const since = Date.now();
  const reads = await Promise.all([client.read(), client.read(), client.read()]);

  expect(reads.every((read) => read.holdings.length === 9)).toBe(true);
  const starts = sim.requests.map((request) => request.at);
  expect(starts).toHaveLength(6);
  // No gate would let all six arrive within the first second.
  expectWithinRate(starts, since, treadfiDefaultRate);
});
