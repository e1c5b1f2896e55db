import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Credentials, VenueId } from '../../../src/shared/domain/venue';
import { connectorFor } from '../../../src/main/venues/registry';
import { VenueError } from '../../../src/main/venues/shared/venue-error';
import { fastHttp } from '../../support/sim-core';

const listen = (server: Server | TcpServer) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

const credentials: Record<'rapidx' | 'cadenza' | 'treadfi', Credentials> = {
  rapidx: { apiKey: 'rx-key-0123456789abcdef', apiSecret: 'rx-secret-0123456789abcdef' },
  cadenza: { email: 'desk@fund.example', password: 'cadenza-password-0123' },
  treadfi: { token: 'tf-token-0123456789abcdef' },
};

/**
 * A venue that answers every request with a redirect to another local listener (the "other host"),
 * and that listener counting every connection: a client that followed would reach it.
 */
describe('venue clients never follow a redirect', () => {
  let venue: Server;
  let elsewhere: TcpServer;
  let venuePort: number;
  let elsewherePort: number;
  let status = 302;
  let connectionsElsewhere = 0;

  beforeAll(async () => {
    elsewhere = createTcpServer((socket) => {
      connectionsElsewhere++;
      socket.destroy();
    });
    elsewherePort = await listen(elsewhere);
    venue = createHttpServer((request, response) => {
      request.resume();
      response.writeHead(status, { Location: `http://127.0.0.1:${elsewherePort}/steal?from=${encodeURIComponent(request.url ?? '')}` }).end();
    });
    venuePort = await listen(venue);
  });
  afterAll(async () => {
    venue.closeAllConnections();
    await new Promise((resolve) => venue.close(resolve));
    await new Promise((resolve) => elsewhere.close(resolve));
  });

  const cases: [VenueId & keyof typeof credentials, number][] = [
    ['rapidx', 302],
    ['rapidx', 301],
    ['cadenza', 307],
    ['cadenza', 308],
    ['treadfi', 302],
    ['treadfi', 303],
  ];

  it.each(cases)('%s: HTTP %i is a network error naming where it led, and nothing reaches the other host', async (id, code) => {
    status = code;
    const client = connectorFor(id).createClient({ connectionId: 'c', baseUrl: `http://127.0.0.1:${venuePort}`, credentials: credentials[id], now: () => new Date(), http: fastHttp });
    const error = await client.read().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(VenueError);
    expect(error).toMatchObject({ kind: 'network' });
    const message = (error as VenueError).message;
    expect(message).toContain(`answered HTTP ${code}, a redirect to http://127.0.0.1:${elsewherePort}/steal, which Holdfast does not follow with credentials`);
    for (const secret of Object.values(credentials[id])) expect(message).not.toContain(secret);
    expect(connectionsElsewhere).toBe(0);
  });
});
