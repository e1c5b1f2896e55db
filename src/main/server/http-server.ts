import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eventNames } from '../../shared/event-names';
import type { Dispatch } from '../api/dispatch';
import type { EventBus } from '../event-bus';
import type { CsvExports } from '../export/csv-exports';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import { DOWNLOAD_PATH, RequestGuard, SESSION_PATH } from './request-guard';
import { SessionKeys } from './session-keys';
import { readStaticFile } from './static-files';

const MAX_BODY_BYTES = 1024 * 1024;
const KEEPALIVE_MS = 25_000;
const TICKET_PATH = '/api/download/ticket';

/** What answers the API: a core, or the profile host in front of one. */
export interface ServerBackend {
  readonly dispatch: Dispatch;
  readonly events: EventBus;
  /** CSV reports for GET /api/download; a server started without them says so with a 404. */
  readonly exports?: CsvExports;
}

export interface BrowserServerOptions {
  readonly port: number;
  readonly rendererDir: string;
  /**
   * May still be loading: the page's files are served at once and its calls wait for it, so a browser
   * loads the page while `holdfast serve` opens the database (a failure to open is the caller's to report).
   */
  readonly backend: ServerBackend | Promise<ServerBackend>;
  /** Hears the next link to open each time one is spent: `holdfast serve` prints it. */
  readonly onNewLink?: (url: string) => void;
  /** A client must send its request headers within this (slowloris); tests shorten it. */
  readonly headersTimeoutMs?: number;
  /** Open connections at once: a browser needs a handful per tab. */
  readonly maxConnections?: number;
}

export interface BrowserServer {
  readonly port: number;
  /** The URL to open now: it carries the current one-time link token. */
  readonly url: string;
  close(): Promise<void>;
}

const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_CONNECTIONS = 64;

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** Serves the built renderer and the contract's handlers on 127.0.0.1, for browsers and headless machines. */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const headersTimeout = options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  const server = createServer({
    headersTimeout,
    requestTimeout: Math.max(headersTimeout, 60_000),
    // Node looks for overdue requests on this interval: often enough that the timeout holds.
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, headersTimeout / 4)),
  });
  server.maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const linkUrl = (token: string) => `http://127.0.0.1:${port}/?token=${token}`;
  const keys = new SessionKeys((token) => options.onNewLink?.(linkUrl(token)));
  const guard = new RequestGuard(keys, port);
  const streams = new Set<ServerResponse>();
  const backend = Promise.resolve(options.backend);
  // Each request that needs it awaits it; this keeps a failed start from being an unhandled rejection.
  backend.catch(() => undefined);

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const verdict = guard.check(request, url);
    if (!verdict.ok) {
      request.resume();
      response.writeHead(verdict.status, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders });
      response.end(verdict.reason);
      return;
    }
    route(request, response, url).catch(() => {
      if (!response.headersSent) response.writeHead(500, securityHeaders);
      response.end();
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/api/events' && request.method === 'GET') return openEventStream(response);
    if (url.pathname === DOWNLOAD_PATH && request.method === 'GET') return download(url, response);
    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return sendJson(response, 405, { ok: false, error: { code: 'invalid_input', message: 'Use POST' } });
      const body = await readJsonBody(request);
      if (body === undefined) {
        return sendJson(response, 400, { ok: false, error: { code: 'invalid_input', message: 'The request body must be JSON of at most 1 MiB.' } });
      }
      if (url.pathname === SESSION_PATH) return openSession(body, response);
      if (url.pathname === TICKET_PATH) return issueTicket(body, response);
      const reply = await (await backend).dispatch(decodeURIComponent(url.pathname.slice('/api/'.length)), body);
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

  /** POST /api/session {token}: spends the link token for a session token, which only the page keeps. */
  function openSession(body: unknown, response: ServerResponse): void {
    const link = typeof body === 'object' && body !== null && 'token' in body && typeof body.token === 'string' ? body.token : '';
    const session = keys.trade(link);
    if (session === null) {
      const message = 'This link was used already or is not from this run: open the newest link that `holdfast serve` printed.';
      return sendJson(response, 401, { ok: false, error: { code: 'invalid_input', message } });
    }
    sendJson(response, 200, { ok: true, data: { session } });
  }

  /** POST /api/download/ticket {report, at?, range?}: a one-time ticket, so a plain link can download without the session token. */
  async function issueTicket(body: unknown, response: ServerResponse): Promise<void> {
    const fields = typeof body === 'object' && body !== null ? Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === 'string') : [];
    const query = new URLSearchParams(fields);
    const { parseDownloadQuery } = await downloads();
    const parsed = parseDownloadQuery(query);
    if (!parsed.ok) return sendJson(response, 400, { ok: false, error: { code: 'invalid_input', message: parsed.message } });
    sendJson(response, 200, { ok: true, data: { ticket: keys.issueTicket(query) } });
  }

  /** GET /api/download: with a ticket (the page's Export button) or with the session token (scripts). */
  async function download(url: URL, response: ServerResponse): Promise<void> {
    const ticket = url.searchParams.get('ticket');
    const query = ticket === null ? url.searchParams : keys.redeemTicket(ticket);
    if (query === null) {
      response.writeHead(410, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('This download link was used already or has expired: press Export again.');
      return;
    }
    const { exports } = await backend;
    if (exports) return (await downloads()).sendDownload(exports, query, response, securityHeaders);
    return sendJson(response, 404, { ok: false, error: { code: 'not_found', message: 'This server was started without CSV exports.' } });
  }

  async function openEventStream(response: ServerResponse): Promise<void> {
    const { events } = await backend;
    // The page may have gone while the core was still opening: nothing would ever unsubscribe.
    if (!response.socket || response.socket.destroyed) return;
    response.writeHead(200, { 'Content-Type': 'text/event-stream', Connection: 'keep-alive', ...securityHeaders });
    response.write(': connected\n\n');
    streams.add(response);
    const unsubscribe = eventNames.map((name) =>
      events.on(name, (payload) => response.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`)),
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
    get url() {
      return linkUrl(keys.linkToken);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Downloads parse the export's schemas and stream CSV: loaded with the first, not before the server listens. */
function downloads(): Promise<typeof import('./download')> {
  return import('./download');
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
