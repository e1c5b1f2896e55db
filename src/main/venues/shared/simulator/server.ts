import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeExactJson } from './exact-json';
import { FaultBoard } from './faults';

export interface SimRequest {
  readonly method: string;
  readonly path: string;
  /** Query parameters as sent, in order, decoded. */
  readonly query: readonly (readonly [string, string])[];
  readonly headers: IncomingMessage['headers'];
  readonly bodyText: string;
}

export interface SimResponse {
  readonly status: number;
  /** Written with writeExactJson: an exactNumber in it goes out digit for digit. */
  readonly body: unknown;
  readonly headers?: Record<string, string>;
  /** Sent as is instead of the body: a test's front passing a venue's answer on untouched. */
  readonly rawJson?: string;
}

export type SimHandler = (request: SimRequest) => SimResponse | Promise<SimResponse>;

export interface RunningSimulator {
  readonly baseUrl: string;
  readonly faults: FaultBoard;
  /** Requests seen, newest last: tests check rates, retries and headers with it. */
  readonly requests: readonly (SimRequest & { readonly at: number })[];
  close(): Promise<void>;
}

/**
 * The HTTP side every venue simulator shares: loopback only, the transport-level faults (latency,
 * 429, 5xx, hangs, broken JSON, HTML error pages), and a log of requests. The venue handler does the rest.
 */
export async function startSimulator(handler: SimHandler, port = 0, faults = new FaultBoard()): Promise<RunningSimulator> {
  const requests: (SimRequest & { at: number })[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((incoming, response) => {
    void serve(incoming, response);
  });

  async function serve(incoming: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    const request: SimRequest = {
      method: incoming.method ?? 'GET',
      path: url.pathname,
      query: [...url.searchParams.entries()],
      headers: incoming.headers,
      bodyText: Buffer.concat(chunks).toString('utf8'),
    };
    requests.push({ ...request, at: Date.now() });

    const latency = faults.latencyMs();
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));

    const fault = faults.take('rate_limit', 'server_error', 'timeout', 'malformed_json', 'html_error', 'oversized');
    if (fault?.kind === 'timeout') {
      hanging.add(response);
      response.on('close', () => hanging.delete(response));
      return;
    }
    if (fault?.kind === 'rate_limit') {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (fault.retryAfterSec !== undefined) headers['Retry-After'] = String(fault.retryAfterSec);
      response.writeHead(429, headers).end(JSON.stringify({ code: 429, message: 'Too Many Requests' }));
      return;
    }
    if (fault?.kind === 'server_error') {
      response.writeHead(fault.status, { 'Content-Type': 'application/json' }).end(JSON.stringify({ message: 'Internal error' }));
      return;
    }
    if (fault?.kind === 'html_error') {
      response.writeHead(fault.status, { 'Content-Type': 'text/html' }).end('<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>');
      return;
    }
    if (fault?.kind === 'oversized') {
      hanging.add(response);
      response.on('close', () => hanging.delete(response));
      await streamOversized(response, fault.megabytes * 1024 * 1024);
      return;
    }
    if (fault?.kind === 'malformed_json') {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"code":200000,"data":{"broken":');
      return;
    }

    try {
      const answer = await handler(request);
      response.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers });
      response.end(answer.rawJson ?? writeExactJson(answer.body));
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ message: error instanceof Error ? error.message : 'simulator error' }));
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actualPort } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${actualPort}`,
    faults,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const FILLER = Buffer.alloc(1024 * 1024, '0');

/**
 * Writes `bytes` of a JSON array that never closes, one chunk at a time as the client takes them (no
 * Content-Length, so the client cannot refuse it up front): a client that stops reading early ends it.
 */
async function streamOversized(response: ServerResponse, bytes: number): Promise<void> {
  response.writeHead(200, { 'Content-Type': 'application/json' });
  response.write('{"code":200000,"data":[');
  for (let sent = 0; sent < bytes && !response.destroyed; sent += FILLER.length) {
    if (!response.write(FILLER)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          response.off('drain', done).off('close', done);
          resolve();
        };
        response.on('drain', done).on('close', done);
      });
    }
  }
  response.end();
}
