import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export type GuardVerdict = { ok: true; viaQuery: boolean } | { ok: false; status: 401 | 403; reason: string };

/**
 * Browser mode listens on loopback, but any page the user visits could still aim requests at it.
 * A foreign Host (DNS rebinding) or Origin (cross-site request) is refused, and so is anything without this run's token.
 */
export class RequestGuard {
  private readonly hosts: Set<string>;
  private readonly origins: Set<string>;
  readonly cookieName: string;

  constructor(
    private readonly token: string,
    port: number,
  ) {
    this.hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
    this.origins = new Set([...this.hosts].map((host) => `http://${host}`));
    this.cookieName = `holdfast_token_${port}`;
  }

  check(request: IncomingMessage, url: URL): GuardVerdict {
    if (!this.hosts.has(request.headers.host ?? '')) return { ok: false, status: 403, reason: 'Forbidden: foreign Host header' };
    const origin = request.headers.origin;
    if (origin !== undefined && !this.origins.has(origin)) return { ok: false, status: 403, reason: 'Forbidden: foreign Origin' };
    const fromQuery = url.searchParams.get('token');
    if (fromQuery !== null) {
      return this.matches(fromQuery) ? { ok: true, viaQuery: true } : this.unauthorized();
    }
    return this.matches(this.presented(request)) ? { ok: true, viaQuery: false } : this.unauthorized();
  }

  sessionCookie(): string {
    return `${this.cookieName}=${this.token}; HttpOnly; SameSite=Strict; Path=/`;
  }

  private presented(request: IncomingMessage): string | undefined {
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (bearer) return bearer;
    for (const part of (request.headers.cookie ?? '').split(';')) {
      const [name, ...value] = part.trim().split('=');
      if (name === this.cookieName) return value.join('=');
    }
    return undefined;
  }

  private matches(candidate: string | undefined): boolean {
    if (candidate === undefined) return false;
    const a = Buffer.from(candidate);
    const b = Buffer.from(this.token);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  private unauthorized(): GuardVerdict {
    return {
      ok: false,
      status: 401,
      reason: 'Unauthorized: open the URL that `holdfast serve` printed; it carries this run’s token.',
    };
  }
}
