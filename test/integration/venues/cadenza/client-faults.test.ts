import { afterEach, describe, expect, it } from 'vitest';
import { cadenzaConnector, startCadenzaSimulator, type CadenzaSimulator } from '../../../../src/main/venues/cadenza';
import { smallBook } from '../../../unit/venues/cadenza/fixtures';
import { contextFor, expectReadFails, expectVenueError, startSignedIn } from './helpers';

let sim: CadenzaSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('Cadenza answers that are refusals or nonsense', () => {
  it('maps a 403 to permission', async () => {
    sim = await startCadenzaSimulator({ data: smallBook, denial: 'forbidden' });
    const error = await expectReadFails(sim, cadenzaConnector.createClient(contextFor(sim)), 'permission');
    expect(error.message).toContain('errno -19005 ACCESS_DENIED');
  });

  it('maps a 404 "trading account not found" to permission', async () => {
    sim = await startCadenzaSimulator({ data: smallBook, denial: 'not_found' });
    const error = await expectReadFails(sim, cadenzaConnector.createClient(contextFor(sim)), 'permission');
    expect(error.message).toContain('errno -22016: Trading account not found');
  });

  it('maps a 404 from a wrong base URL to bad_response', async () => {
    sim = await startCadenzaSimulator({ data: smallBook });
    const client = cadenzaConnector.createClient(contextFor(sim, { baseUrl: `${sim.baseUrl}/v2` }));
    const error = await expectReadFails(sim, client, 'bad_response');
    expect(error.message).toContain('errno -19003');
  });

  it('reports bad_response for an HTML page', async () => {
    const started = await startSignedIn();
    sim = started.sim;
    sim.faults.set({ kind: 'html_error', times: 1, status: 200 });
    const error = await expectReadFails(sim, started.client, 'bad_response');
    expect(error.message).toContain('an HTML page');
  });

  it('reports bad_response for malformed JSON', async () => {
    const started = await startSignedIn();
    sim = started.sim;
    sim.faults.set({ kind: 'malformed_json', times: 1 });
    const error = await expectReadFails(sim, started.client, 'bad_response');
    expect(error.message).toContain('not JSON');
  });

  it('reports bad_response naming the field when the nested schema drifts', async () => {
    const started = await startSignedIn();
    sim = started.sim;
    sim.faults.set({ kind: 'schema_drift' });
    const error = await expectReadFails(sim, started.client, 'bad_response');
    expect(error.message).toContain('portfolio list: at data.0.balances.0.total');
  });

  it('reports bad_response naming the field when the flat schema drifts', async () => {
    const started = await startSignedIn({ shape: 'flat' });
    sim = started.sim;
    sim.faults.set({ kind: 'schema_drift' });
    const error = await expectReadFails(sim, started.client, 'bad_response');
    expect(error.message).toContain('portfolio list: at data.0.balance');
  });

  it('reports network when nothing listens', async () => {
    sim = await startCadenzaSimulator({ data: smallBook });
    const client = cadenzaConnector.createClient(contextFor(sim));
    await sim.close();
    await expectVenueError(client.read(), 'network');
  });
});
