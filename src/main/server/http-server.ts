import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eventNames } from '../../shared/contract';
import type { Dispatch } from '../api/dispatch';
import type { EventBus } from '../event-bus';
import type { CsvExports } from '../export/csv-exports';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import { sendDownload } from './download';
import { RequestGuard } from './request-guard';
import { readStaticFile } from './static-files';

const MAX_BODY_BYTES = 1024 * 1024;
const KEEPALIVE_MS = 25_000;

export interface BrowserServerOptions {
  readonly port: number;
  readonly rendererDir: string;
  readonly dispatch: Dispatch;
  readonly events: EventBus;
  /** CSV reports for GET /api/download; a server started without them says so with a 404. */
  readonly exports?: CsvExports;
}

export interface BrowserServer {
  readonly port: number;
  /** The one URL to open: it carries this run's token. */
  readonly url: string;
  close(): Promise<void>;
}

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** Serves the built renderer and the contract's handlers on 127.0.0.1, for browsers and headless machines. */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = randomBytes(24).toString('base64url');
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const guard = new RequestGuard(token, port);
  const streams = new Set<ServerResponse>();

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const verdict = guard.check(request, url);
    if (!verdict.ok) {
      request.resume();
      response.writeHead(verdict.status, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders });
      response.end(verdict.reason);
      return;
    }
    if (verdict.viaQuery) response.setHeader('Set-Cookie', guard.sessionCookie());
    route(request, response, url).catch(() => {
      if (!response.headersSent) response.writeHead(500, securityHeaders);
      response.end();
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/api/events' && request.method === 'GET') return openEventStream(response);
    if (url.pathname === '/api/download' && request.method === 'GET') {
      if (options.exports) return sendDownload(options.exports, url.searchParams, response, securityHeaders);
      return sendJson(response, 404, { ok: false, error: { code: 'not_found', message: 'This server was started without CSV exports.' } });
    }
    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return sendJson(response, 405, { ok: false, error: { code: 'invalid_input', message: 'Use POST' } });
      const body = await readJsonBody(request);
      if (body === undefined) {
        return sendJson(response, 400, { ok: false, error: { code: 'invalid_input', message: 'The request body must be JSON of at most 1 MiB.' } });
      }
      const reply = await options.dispatch(decodeURIComponent(url.pathname.slice('/api/'.length)), body);
      return sendJson(response, reply.ok ? 200 : reply.error.code === 'unknown_channel' ? 404 : 400, reply);
    }
    if (request.method !== 'GET') {
      response.writeHead(405, securityHeaders);
      response.end();
      return;
    }
    const file = await readStaticFile(options.rendererDir, url.pathname);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders });
      response.end('Not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': file.contentType, ...securityHeaders });
    response.end(file.body);
  }

  function openEventStream(response: ServerResponse): void {
    response.writeHead(200, { 'Content-Type': 'text/event-stream', Connection: 'keep-alive', ...securityHeaders });
    response.write(': connected\n\n');
    streams.add(response);
    const unsubscribe = eventNames.map((name) =>
      options.events.on(name, (payload) => response.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`)),
    );
    const keepalive = setInterval(() => response.write(': keepalive\n\n'), KEEPALIVE_MS);
    response.on('close', () => {
      clearInterval(keepalive);
      unsubscribe.forEach((off) => off());
      streams.delete(response);
    });
  }

  return {
    port,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...securityHeaders });
  response.end(JSON.stringify(body));
}

async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
