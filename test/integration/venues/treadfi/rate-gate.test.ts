import { afterAll, expect, it } from 'vitest';
import { startTreadfiSimulator, treadfiConnector } from '../../../../src/main/venues/treadfi';
import { treadfiDefaultRate } from '../../../../src/main/venues/treadfi/client';
import { fastPolicy, smallData } from './helpers';

const sim = await startTreadfiSimulator({ data: smallData });
afterAll(() => sim.close());

it('keeps a burst of reads under the default gate of 2 requests a second', async () => {
  expect(treadfiDefaultRate).toEqual({ count: 2, perMs: 1_000 });
  expect(treadfiConnector.minPollIntervalSec).toBeGreaterThanOrEqual(15);
  const client = treadfiConnector.createClient({ connectionId: 'c', baseUrl: sim.baseUrl, credentials: sim.credentials, now: () => new Date(), http: fastPolicy });

  const reads = await Promise.all([client.read(), client.read(), client.read()]);

  expect(reads.every((read) => read.holdings.length === 9)).toBe(true);
  const starts = sim.requests.map((request) => request.at).sort((a, b) => a - b);
  expect(starts).toHaveLength(6);
  // Any three consecutive starts span a full second, less timer slack (no gate would put them within milliseconds).
  for (let i = 0; i + 2 < starts.length; i++) expect((starts[i + 2] as number) - (starts[i] as number)).toBeGreaterThanOrEqual(900);
});
