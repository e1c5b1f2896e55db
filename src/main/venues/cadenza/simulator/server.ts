import { randomBytes } from 'node:crypto';
import { FaultBoard, type Fault } from '../../shared/simulator/faults';
import { startSimulator, type RunningSimulator, type SimRequest, type SimResponse } from '../../shared/simulator/server';
import { seedPortfolios, toFlatRows, tradingAccountsOf, type SimFlatRow, type SimPortfolio } from './data';

export interface SimCredentials {
  readonly email: string;
  readonly password: string;
}

interface IssuedSession {
  accessToken: string;
  refreshToken: string;
  tokenType: 'bearer';
  expiresIn: number;
  /** Unix seconds, as the login page documents. */
  expiresAt: number;
  user: { id: string; email: string; createdAt: string };
}

type BearerCheck = 'ok' | 'missing' | 'unknown' | 'expired';

const userId = '7d3f6c1e-2b4a-4f1e-9c0d-5a8b7e6f4c21';

/** A JWT-looking opaque token: three base64url parts, the middle one carrying a (decorative) payload. */
function token(kind: string, expiresAtMs: number): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: userId, kind, exp: Math.floor(expiresAtMs / 1000) })}.${randomBytes(24).toString('base64url')}`;
}

/**
 * Cadenza's Supabase-style sessions, checked exactly: access tokens expire, refresh tokens rotate
 * (a used one is refused), and a revocation ends every token issued so far.
 */
class SimAuth {
  private readonly access = new Map<string, number>();
  private readonly refresh = new Map<string, number>();

  constructor(
    readonly credentials: SimCredentials,
    private readonly accessTtlSec: number,
    /** The venue's clock, which decides expiry. */
    private readonly now: () => number,
    private readonly refreshTtlSec = 7 * 86_400,
  ) {}

  login(email: unknown, password: unknown): IssuedSession | null {
    return email === this.credentials.email && password === this.credentials.password ? this.issue() : null;
  }

  /** Rotates: the presented refresh token is spent whether or not it was still valid. */
  refreshWith(refreshToken: unknown): IssuedSession | null {
    if (typeof refreshToken !== 'string') return null;
    const expiresAtMs = this.refresh.get(refreshToken);
    this.refresh.delete(refreshToken);
    return expiresAtMs !== undefined && this.now() < expiresAtMs ? this.issue() : null;
  }

  check(authorization: string | undefined): BearerCheck {
    const match = /^Bearer (\S+)$/i.exec(authorization ?? '');
    if (!match?.[1]) return 'missing';
    const expiresAtMs = this.access.get(match[1]);
    if (expiresAtMs === undefined) return 'unknown';
    return this.now() < expiresAtMs ? 'ok' : 'expired';
  }

  revokeAll(): void {
    this.access.clear();
    this.refresh.clear();
  }

  private issue(): IssuedSession {
    const now = this.now();
    const accessExpiresAtMs = now + this.accessTtlSec * 1000;
    const accessToken = token('access', accessExpiresAtMs);
    const refreshToken = token('refresh', now + this.refreshTtlSec * 1000);
    this.access.set(accessToken, accessExpiresAtMs);
    this.refresh.set(refreshToken, now + this.refreshTtlSec * 1000);
    return {
      accessToken,
      refreshToken,
      tokenType: 'bearer',
      expiresIn: this.accessTtlSec,
      expiresAt: Math.floor(accessExpiresAtMs / 1000),
      user: { id: userId, email: this.credentials.email, createdAt: '2025-03-14T09:26:53.000Z' },
    };
  }
}

export interface CadenzaSimulatorOptions {
  readonly port?: number;
  readonly seed?: number;
  readonly faults?: readonly Fault[];
  /** Serve exactly these trading accounts instead of seeded ones. */
  readonly data?: readonly SimPortfolio[];
  /** 'nested' (the OpenAPI shape, default) or 'flat' (the docs page's rows). */
  readonly shape?: 'nested' | 'flat';
  /** Access-token lifetime; tests make it a second or less to watch tokens expire. */
  readonly accessTokenTtlSec?: number;
  /** The venue's clock (ms since the epoch), which decides when tokens expire: tests move it instead of waiting. */
  readonly now?: () => number;
  /**
   * The portfolio list refuses this login: 'forbidden' as for a role without portfolio access (403),
   * 'not_found' as for a user whose trading account is gone (404 -22016).
   */
  readonly denial?: 'forbidden' | 'not_found';
  /** Nicknames by trading-account id for the trading account list (null: none); default: seeded ones, or none with `data`. */
  readonly nicknames?: Readonly<Record<string, string | null>>;
  /** The trading account list refuses this login (403), or is missing on this deployment (404). */
  readonly accountListDenial?: 'forbidden' | 'missing';
}

export interface CadenzaSimulator extends RunningSimulator {
  readonly credentials: SimCredentials;
}

const simulatorCredentials: SimCredentials = { email: 'trader@holdfast.test', password: 'cadenza-sim-password' };

const ok = (data: unknown, pagination?: object): SimResponse => ({
  status: 200,
  body: { data, success: true, errno: 0, error: null, ...(pagination ? { pagination } : {}) },
});

const fail = (status: number, errno: number, error: string, details?: object): SimResponse => ({
  status,
  body: { data: null, success: false, errno, error, ...(details ? { details } : {}) },
});

const invalidToken = (why: string) => fail(401, -19002, why, { code: 'INVALID_TOKEN' });

function jsonBody(request: SimRequest): Record<string, unknown> | null {
  try {
    const body: unknown = JSON.parse(request.bodyText);
    return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** `limit` and `offset` as Cadenza validates them: integers, 1 ≤ limit ≤ 100 (default 10), offset ≥ 0. */
function paging(query: URLSearchParams): { limit: number; offset: number } | SimResponse {
  const limit = Number(query.get('limit') ?? '10');
  const offset = Number(query.get('offset') ?? '0');
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) return fail(400, -19004, 'limit must be an integer from 1 to 100');
  if (!Number.isInteger(offset) || offset < 0) return fail(400, -19004, 'offset must be a non-negative integer');
  return { limit, offset };
}

/** A field retyped the way a careless API change would: the decimal string becomes a number-like object. */
function drift(items: (SimPortfolio | SimFlatRow)[]): unknown[] {
  return items.map((item) =>
    'balances' in item
      ? { ...item, balances: item.balances.map((entry) => ({ ...entry, total: { $numberDecimal: entry.total } })) }
      : { ...item, balance: { $numberDecimal: item.balance } },
  );
}

/**
 * A Cadenza server on 127.0.0.1: login, rotating refresh, bearer checks and the offset-paged
 * portfolio list in either shape, plus the venue-level faults (schema_drift, empty, revoke_tokens).
 */
export async function startCadenzaSimulator(options: CadenzaSimulatorOptions = {}): Promise<CadenzaSimulator> {
  const faults = new FaultBoard();
  faults.set(...(options.faults ?? []));
  const auth = new SimAuth(simulatorCredentials, options.accessTokenTtlSec ?? 3_600, options.now ?? Date.now);
  const portfolios = options.data ? [...options.data] : seedPortfolios(options.seed ?? 724, Date.now());
  const shape = options.shape ?? 'nested';
  // revoke_tokens stays on the board; it revokes what was issued before the request that first sees it.
  const seenRevocations = new WeakSet<Fault>();

  function bearerRefusal(request: SimRequest): SimResponse | null {
    const bearer = auth.check(typeof request.headers.authorization === 'string' ? request.headers.authorization : undefined);
    if (bearer === 'missing') return invalidToken('Missing bearer token');
    if (bearer !== 'ok') return invalidToken(bearer === 'expired' ? 'Token has expired' : 'Invalid token');
    return null;
  }

  /** GET /api/v3/tradingAccount/list: offset-paged like the portfolio list, default limit 50. */
  function accountList(request: SimRequest): SimResponse {
    const refused = bearerRefusal(request);
    if (refused) return refused;
    if (options.accountListDenial === 'forbidden') return fail(403, -19005, 'Access denied', { code: 'ACCESS_DENIED', resource: 'tradingAccount', action: 'list' });
    if (options.accountListDenial === 'missing') return fail(404, -19003, 'Not found');
    const query = new URLSearchParams(request.query.map(([key, value]): [string, string] => [key, value]));
    if (!query.has('limit')) query.set('limit', '50');
    const page = paging(query);
    if ('status' in page) return page;
    const accounts = faults.has('empty') ? [] : tradingAccountsOf(portfolios, options.nicknames ?? (options.data ? {} : undefined));
    return ok(accounts.slice(page.offset, page.offset + page.limit), { offset: page.offset, limit: page.limit, total: accounts.length });
  }

  function list(request: SimRequest): SimResponse {
    const refused = bearerRefusal(request);
    if (refused) return refused;
    if (options.denial === 'forbidden') {
      return fail(403, -19005, 'Access denied', { code: 'ACCESS_DENIED', resource: 'tradingAccount', action: 'read', required: ['tradingAccount:read'], provided: [] });
    }
    if (options.denial === 'not_found') return fail(404, -22016, 'Trading account not found');
    const query = new URLSearchParams(request.query.map(([key, value]): [string, string] => [key, value]));
    const page = paging(query);
    if ('status' in page) return page;
    const accountId = query.get('tradingAccountId');
    const venue = query.get('venue');
    const currency = query.get('currency');
    if (accountId && !portfolios.some((p) => p.tradingAccountId === accountId)) return fail(404, -22016, 'Trading account not found');
    const chosen = faults.has('empty')
      ? []
      : portfolios
          .filter((p) => (!accountId || p.tradingAccountId === accountId) && (!venue || p.venue === venue))
          .map((p) => (currency ? { ...p, balances: p.balances.filter((b) => b.securitySymbol === currency), positions: p.positions.filter((q) => q.securitySymbol === currency) } : p));
    const items: (SimPortfolio | SimFlatRow)[] = shape === 'flat' ? toFlatRows(chosen) : chosen;
    const slice = items.slice(page.offset, page.offset + page.limit);
    return ok(faults.has('schema_drift') ? drift(slice) : slice, { offset: page.offset, limit: page.limit, total: items.length });
  }

  function handle(request: SimRequest): SimResponse {
    const revocation = faults.take('revoke_tokens');
    if (revocation && !seenRevocations.has(revocation)) {
      seenRevocations.add(revocation);
      auth.revokeAll();
    }
    const route = `${request.method} ${request.path}`;
    if (route === 'POST /api/v3/auth/login') {
      const body = jsonBody(request);
      if (!body) return fail(400, -19001, 'Invalid request body');
      const session = auth.login(body.email, body.password);
      return session ? ok(session) : fail(401, -100001, 'Invalid login credentials');
    }
    if (route === 'POST /api/v3/auth/token/refresh') {
      const session = auth.refreshWith(jsonBody(request)?.refreshToken);
      return session ? ok(session) : invalidToken('Invalid refresh token');
    }
    if (route === 'GET /api/v3/tradingAccount/portfolio/list') return list(request);
    if (route === 'GET /api/v3/tradingAccount/list') return accountList(request);
    return fail(404, -19003, 'Not found');
  }

  const running = await startSimulator(handle, options.port, faults);
  return Object.assign(running, { credentials: simulatorCredentials });
}
