import { afterEach, describe, expect, it } from 'vitest';
import { cadenzaConnector, startCadenzaSimulator, type CadenzaSimulator } from '../../../../src/main/venues/cadenza';
import { smallBook } from '../../../unit/venues/cadenza/fixtures';
import { contextFor, expectReadFails, listPath, loginPath, paths, startSignedIn } from './helpers';

// Each retry here takes two slots of the 5-per-second rate gate (see the report on http.ts), so
// these tests wait for the next gate window; they are split from the other fault tests to stay short.
let sim: CadenzaSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('Cadenza retries', () => {
  it('recovers from one 429 and one 503', async () => {
    const started = await startSignedIn();
    sim = started.sim;
    sim.faults.set({ kind: 'rate_limit', times: 1, retryAfterSec: 0 }, { kind: 'server_error', times: 1, status: 503 });
    const read = await started.client.read();
    expect(read.holdings).toHaveLength(6);
    expect(paths(sim, started.from)).toEqual([listPath, listPath, listPath]);
  });

  it('reports rate_limit when the 429s outlast the retries', async () => {
    const started = await startSignedIn();
    sim = started.sim;
    sim.faults.set({ kind: 'rate_limit', times: 3 });
    const error = await expectReadFails(sim, started.client, 'rate_limit');
    expect(error.retryAfterMs).toBeUndefined();
  });

  it('reports rate_limit when the login itself is limited', async () => {
    sim = await startCadenzaSimulator({ data: smallBook, faults: [{ kind: 'rate_limit', times: 3, retryAfterSec: 0 }] });
    await expectReadFails(sim, cadenzaConnector.createClient(contextFor(sim)), 'rate_limit');
    expect(paths(sim)).toEqual([loginPath, loginPath, loginPath]);
  });
});
