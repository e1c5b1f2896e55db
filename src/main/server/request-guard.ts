import type { IncomingMessage } from 'node:http';
import type { SessionKeys } from './session-keys';

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403 | 415; reason: string };

/** Paths a request may reach without the session token: each checks its own one-time credential. */
export const SESSION_PATH = '/api/session';
export const DOWNLOAD_PATH = '/api/download';

/**
 * Browser mode listens on loopback, but any page the user visits could still aim requests at it.
 * A foreign Host (DNS rebinding) or Origin (cross-site request) is refused; a POST must say it comes
 * from this origin and carry JSON; the API needs this run's session token in an Authorization header.
 * The app's own files are public (they hold no data), but a page opened with a spent or wrong link is refused.
 */
export class RequestGuard {
  private readonly hosts: Set<string>;
  private readonly origins: Set<string>;

  constructor(
    private readonly keys: SessionKeys,
    port: number,
  ) {
    this.hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
    this.origins = new Set([...this.hosts].map((host) => `http://${host}`));
  }

  check(request: IncomingMessage, url: URL): GuardVerdict {
    if (!this.hosts.has(request.headers.host ?? '')) return { ok: false, status: 403, reason: 'Forbidden: foreign Host header' };
    const origin = request.headers.origin;
    if (origin !== undefined && !this.origins.has(origin)) return { ok: false, status: 403, reason: 'Forbidden: foreign Origin' };
    if (url.pathname.startsWith('/api/') && !this.opensItself(request, url) && !this.keys.isSession(bearerOf(request))) return this.unauthorized();
    if (request.method === 'POST') {
      if (origin === undefined && request.headers['sec-fetch-site'] !== 'same-origin') {
        return { ok: false, status: 403, reason: 'Forbidden: a POST must come from this page (an Origin of this server, or Sec-Fetch-Site: same-origin).' };
      }
      if (!/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '')) {
        return { ok: false, status: 415, reason: 'Unsupported: send the body as JSON, with Content-Type: application/json.' };
      }
    }
    if (url.pathname.startsWith('/api/')) return { ok: true };
    const link = url.searchParams.get('token');
    return link === null || this.keys.isLink(link) ? { ok: true } : this.unauthorized();
  }

  /** The two API paths that check a one-time credential of their own instead of the session token. */
  private opensItself(request: IncomingMessage, url: URL): boolean {
    if (url.pathname === SESSION_PATH) return request.method === 'POST';
    return url.pathname === DOWNLOAD_PATH && request.method === 'GET' && url.searchParams.has('ticket');
  }

  private unauthorized(): GuardVerdict {
    return {
      ok: false,
      status: 401,
      reason: 'Unauthorized: open the newest link that `holdfast serve` printed; each link opens Holdfast once.',
    };
  }
}

function bearerOf(request: IncomingMessage): string | undefined {
  return /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
}
