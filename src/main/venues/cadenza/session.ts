import { parseAnswer } from '../shared/answer-schemas';
import type { HttpAnswer, VenueHttp } from '../shared/http';
import type { Rate } from '../shared/rate-limit';
import { VenueError } from '../shared/venue-error';
import { errorFromAnswer, isFailure, isTokenRejected, type CadenzaCall } from './errors';
import { AuthAnswer, type AuthSession } from './schemas';

/** No documented limit for data calls: stay well under anything a REST gateway would enforce. */
const dataRate: Rate = { count: 5, perMs: 1_000 };
/** Login and refresh share a gate of their own: Cadenza limits login attempts ("429 too many login attempts"). */
const authRate: Rate = { count: 3, perMs: 1_000 };
/** The documented access-token lifetime, for an answer that states none. */
const defaultLifetimeMs = 3_600_000;
/** Cadenza's docs advise refreshing about five minutes before expiry. */
const refreshLeadMs = 300_000;

export interface LoginSecrets {
  readonly email: string;
  readonly password: string;
}

interface Tokens {
  readonly access: string;
  readonly refresh: string;
  /** When to refresh, by the client's clock: expiry minus the lead (half the lifetime for short tokens). */
  readonly refreshAtMs: number;
}

/**
 * How long a token lives, preferring expiresIn (relative, so immune to clock skew). expiresAt is
 * documented as Unix seconds but a sample treats it as milliseconds: below 1e12 it is seconds.
 */
export function tokenLifetimeMs(session: Pick<AuthSession, 'expiresIn' | 'expiresAt'>, nowMs: number): number {
  if (session.expiresIn !== null && session.expiresIn !== undefined && session.expiresIn > 0) return session.expiresIn * 1000;
  if (session.expiresAt !== null && session.expiresAt !== undefined) {
    const atMs = session.expiresAt < 1e12 ? session.expiresAt * 1000 : session.expiresAt;
    if (atMs > nowMs) return atMs - nowMs;
  }
  return defaultLifetimeMs;
}

/**
 * The token lifecycle of one connection. Tokens live in this object only: never stored, never logged.
 * Renewals are shared, so concurrent reads never spend the same rotating refresh token twice.
 */
export class CadenzaSession {
  private tokens: Tokens | null = null;
  /** The pair before the last rotation: a venue message could still echo it. */
  private previous: Tokens | null = null;
  private renewal: Promise<Tokens> | null = null;

  constructor(
    private readonly http: VenueHttp,
    private readonly login: LoginSecrets,
    private readonly now: () => Date,
    /** Told each new token, like every other secret, so that no log line or stored message can carry one. */
    private readonly onSecret: (value: string) => void = () => {},
  ) {}

  /** A bearer token not yet due for refresh: logs in or refreshes first when needed. */
  async bearer(signal?: AbortSignal): Promise<string> {
    const tokens = this.tokens;
    if (tokens && this.now().getTime() < tokens.refreshAtMs) return tokens.access;
    return (await this.renew(signal)).access;
  }

  /** The venue refused `rejected`: renew once, unless another caller already has. */
  async renewAfterRejection(rejected: string, signal?: AbortSignal): Promise<string> {
    if (this.tokens && this.tokens.access !== rejected) return this.tokens.access;
    return (await this.renew(signal)).access;
  }

  /** Everything an error message must never contain. */
  secrets(): string[] {
    const pairs = [this.tokens, this.previous].flatMap((tokens) => (tokens ? [tokens.access, tokens.refresh] : []));
    return [...pairs, this.login.password];
  }

  private renew(signal?: AbortSignal): Promise<Tokens> {
    this.renewal ??= this.obtain(signal).finally(() => {
      this.renewal = null;
    });
    return this.renewal;
  }

  /** Refresh when there is a refresh token; if the venue refuses it (rotated, revoked, expired), log in again. */
  private async obtain(signal?: AbortSignal): Promise<Tokens> {
    const current = this.tokens;
    if (current) {
      try {
        return this.keep(await this.call('token refresh', '/api/v3/auth/token/refresh', { refreshToken: current.refresh }, signal));
      } catch (error) {
        if (!(error instanceof VenueError && error.kind === 'auth')) throw error;
        this.previous = current;
        this.tokens = null;
      }
    }
    return this.keep(await this.call('login', '/api/v3/auth/login', { email: this.login.email, password: this.login.password }, signal));
  }

  private keep(session: AuthSession): Tokens {
    const nowMs = this.now().getTime();
    const lifetime = tokenLifetimeMs(session, nowMs);
    const tokens = {
      access: session.accessToken,
      refresh: session.refreshToken,
      refreshAtMs: nowMs + lifetime - Math.min(refreshLeadMs, lifetime / 2),
    };
    this.onSecret(tokens.access);
    this.onSecret(tokens.refresh);
    if (this.tokens) this.previous = this.tokens;
    this.tokens = tokens;
    return tokens;
  }

  private async call(call: CadenzaCall, path: string, json: unknown, signal?: AbortSignal): Promise<AuthSession> {
    const answer = await this.http.send({ method: 'POST', path, json, endpointClass: 'auth', rate: authRate, signal });
    if (isFailure(answer)) throw errorFromAnswer(answer, call, this.secrets());
    return parseAnswer(AuthAnswer, answer.body, 'cadenza', call).data;
  }
}

/** A GET of one Cadenza endpoint with the session's token. */
export type BearerGet = (path: string, searchParams: [string, string][], signal?: AbortSignal) => Promise<HttpAnswer>;

/** Every data GET of a client, through its session: the current token, and on a refused token one renewal and one retry. */
export function bearerGet(http: VenueHttp, session: CadenzaSession): BearerGet {
  return async (path, searchParams, signal) => {
    const send = (token: string) =>
      http.send({ method: 'GET', path, searchParams, headers: { Authorization: `Bearer ${token}` }, endpointClass: 'portfolio', rate: dataRate, signal });
    const token = await session.bearer(signal);
    const answer = await send(token);
    if (!isTokenRejected(answer)) return answer;
    return send(await session.renewAfterRejection(token, signal));
  };
}
