import { randomBytes, timingSafeEqual } from 'node:crypto';

/** Sessions kept at once: one per opened link; the oldest goes first. */
const MAX_SESSIONS = 32;
/** A download ticket is spent at once by the page that asked for it; a minute is ample. */
const TICKET_LIFETIME_MS = 60_000;

function freshToken(): string {
  return randomBytes(24).toString('base64url');
}

function same(candidate: string, known: string): boolean {
  const a = Buffer.from(candidate);
  const b = Buffer.from(known);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The credentials of browser mode, none of which is a cookie (cookies are shared by every port of a
 * host, so any other local server could read one):
 * - the link token in the printed URL is spent by the first page that trades it, so the URL in the
 *   browser's history is no standing key; a fresh link is announced for the next tab;
 * - the session token the trade returns lives in that page's memory (and its sessionStorage, which
 *   is per origin, port included) and travels in an Authorization header;
 * - a download ticket, asked for with the session token, authorises one GET of one report.
 */
export class SessionKeys {
  private link = freshToken();
  private readonly sessions: string[] = [];
  private readonly tickets = new Map<string, { readonly query: URLSearchParams; readonly expiresAt: number }>();

  constructor(
    /** Hears each new link once the previous one is spent: `holdfast serve` prints it. */
    private readonly onNewLink: (token: string) => void = () => {},
    private readonly now: () => number = Date.now,
  ) {}

  get linkToken(): string {
    return this.link;
  }

  isLink(candidate: string): boolean {
    return same(candidate, this.link);
  }

  /** Spends the link token for a new session token, or null when it is not the current link. */
  trade(candidate: string): string | null {
    if (!this.isLink(candidate)) return null;
    this.link = freshToken();
    const session = freshToken();
    this.sessions.push(session);
    if (this.sessions.length > MAX_SESSIONS) this.sessions.shift();
    this.onNewLink(this.link);
    return session;
  }

  isSession(candidate: string | undefined): boolean {
    return candidate !== undefined && this.sessions.some((session) => same(candidate, session));
  }

  issueTicket(query: URLSearchParams): string {
    const nowMs = this.now();
    for (const [ticket, entry] of this.tickets) if (entry.expiresAt <= nowMs) this.tickets.delete(ticket);
    const ticket = freshToken();
    this.tickets.set(ticket, { query, expiresAt: nowMs + TICKET_LIFETIME_MS });
    return ticket;
  }

  /** The report a ticket was issued for, once: a spent, expired or unknown ticket is null. */
  redeemTicket(ticket: string): URLSearchParams | null {
    const entry = this.tickets.get(ticket);
    this.tickets.delete(ticket);
    return entry && entry.expiresAt > this.now() ? entry.query : null;
  }
}
