import { timingSafeEqual } from 'node:crypto';
import type { ApiKeyCredentials } from '../../../../shared/domain/venue';
import type { z } from 'zod';
import type { Rate } from '../../shared/rate-limit';
import { FaultBoard, type Fault } from '../../shared/simulator/faults';
import { randomHex } from '../../shared/simulator/random';
import { startSimulator, type RunningSimulator, type SimRequest, type SimResponse } from '../../shared/simulator/server';
import { preHash, sign } from '../signing';

/** Main user (= RapidX main portfolio), LTP sub-user, or a RapidX/ConneX sub-portfolio key. */
export type KeyLevel = 'main' | 'sub-user' | 'sub-portfolio';
export type KeyPermission = 'READ' | 'TRANSFER' | 'WITHDRAW' | 'TRADE';

export interface KeyOptions {
  readonly level?: KeyLevel;
  readonly permissions?: readonly KeyPermission[];
  readonly frozen?: boolean;
  /** The portfolio a sub-portfolio key is bound to. */
  readonly portfolioId?: string;
  /** Paths this key may not call (code 2003), as a venue refuses a key without that permission. */
  readonly denied?: readonly string[];
}

export interface IssuedKey {
  readonly apiKey: string;
  readonly apiSecret: string;
  readonly level: KeyLevel;
  readonly permissions: readonly KeyPermission[];
  readonly frozen: boolean;
  readonly portfolioId: string | undefined;
  readonly denied: readonly string[];
}

export interface SimulatorOptions<Data> {
  readonly port?: number;
  readonly seed?: number;
  readonly faults?: Fault[];
  /** Serve exactly this instead of seeded data (tests compute their expectations by hand from it). */
  readonly data?: Data;
  /** The venue's clock (ms since the epoch), which checks nonces and counts rate windows: tests hold it still. */
  readonly now?: () => number;
}

export interface LtpFamilySimulator extends RunningSimulator {
  /** A main-level key with READ only: what Holdfast asks users for. */
  readonly credentials: z.infer<typeof ApiKeyCredentials>;
  issueKey(options?: KeyOptions): z.infer<typeof ApiKeyCredentials>;
  /**
   * `times` authenticated requests, after letting `after` through, get this business code, with
   * HTTP 200 like the venue unless told.
   */
  failNext(code: number, options?: { times?: number; after?: number; status?: number; message?: string }): void;
}

export interface RouteRequest {
  readonly key: IssuedKey;
  readonly query: ReadonlyMap<string, string>;
  /** The `schema_drift` fault: answer with a field renamed or retyped. */
  readonly drift: boolean;
  /** The `empty` fault: no portfolios, accounts or assets. */
  readonly empty: boolean;
}

export interface Route {
  readonly path: string;
  readonly levels: readonly KeyLevel[];
  /** The venue's documented limit, enforced per key in a sliding window like a real venue would. */
  readonly rate: Rate;
  answer(request: RouteRequest): SimResponse;
}

const NONCE_TOLERANCE_SEC = 60;

export function success(code: 200 | 200_000, data: unknown): SimResponse {
  return { status: 200, body: { code, message: code === 200 ? 'success' : 'Success', data } };
}

export function failure(code: number, message: string, status = 200): SimResponse {
  return { status, body: { code, message, data: null } };
}

/**
 * The LTP-family venue around a simulator's routes: checks every request's key, nonce and signature in
 * the venue's order, answers business errors with HTTP 200 and their code (venues.md §1.5 ASSUMPTION),
 * throttles, and plays the venue-level faults.
 */
export async function startLtpFamilySimulator(
  options: SimulatorOptions<unknown>,
  random: () => number,
  routes: readonly Route[],
): Promise<LtpFamilySimulator> {
  const faults = new FaultBoard();
  faults.set(...(options.faults ?? []));
  const clock = options.now ?? Date.now;
  const keys = new Map<string, IssuedKey>();
  const injected: { code: number; times: number; after: number; status: number; message: string }[] = [];
  const seen = new Map<string, number[]>();
  let revocationApplied = false;

  // `revoke_tokens` revokes the keys issued before it was set; keys issued afterwards work.
  function applyRevocation(): void {
    const active = faults.has('revoke_tokens');
    if (active && !revocationApplied) keys.clear();
    revocationApplied = active;
  }

  function issueKey(keyOptions: KeyOptions = {}): z.infer<typeof ApiKeyCredentials> {
    applyRevocation();
    const key: IssuedKey = {
      apiKey: randomHex(random, 32),
      apiSecret: randomHex(random, 64),
      level: keyOptions.level ?? 'main',
      permissions: keyOptions.permissions ?? ['READ'],
      frozen: keyOptions.frozen ?? false,
      portfolioId: keyOptions.portfolioId,
      denied: keyOptions.denied ?? [],
    };
    keys.set(key.apiKey, key);
    return { apiKey: key.apiKey, apiSecret: key.apiSecret };
  }

  function authenticate(request: SimRequest): IssuedKey | SimResponse {
    const apiKey = header(request, 'x-mbx-apikey');
    const nonce = header(request, 'nonce');
    const signature = header(request, 'signature');
    if (!apiKey || !nonce || !signature) return failure(2000, 'API verification failed');
    if (!/^\d{1,12}$/.test(nonce) || Math.abs(Math.floor(clock() / 1000) - Number(nonce)) > NONCE_TOLERANCE_SEC) return failure(7000, 'Nonce is invalid');
    const key = keys.get(apiKey);
    if (!key) return failure(100018, 'API key not found');
    if (!sameText(signature, sign(key.apiSecret, preHash(request.query, nonce)))) return failure(2000, 'API verification failed');
    if (key.frozen) return failure(100041, 'API key frozen');
    return key;
  }

  function throttled(route: Route, key: IssuedKey): boolean {
    const now = clock();
    const id = `${key.apiKey} ${route.path}`;
    const recent = (seen.get(id) ?? []).filter((at) => now - at < route.rate.perMs);
    recent.push(now);
    seen.set(id, recent);
    return recent.length > route.rate.count;
  }

  function handle(request: SimRequest): SimResponse {
    applyRevocation();
    const route = routes.find((candidate) => candidate.path === request.path);
    if (!route || request.method !== 'GET') return failure(404, 'Not Found', 404);
    const key = authenticate(request);
    if ('status' in key) return key;
    const next = injected[0];
    if (next && next.after-- <= 0) {
      if (--next.times <= 0) injected.shift();
      return failure(next.code, next.message, next.status);
    }
    if (!route.levels.includes(key.level) || key.denied.includes(route.path)) return failure(2003, 'No access permission');
    // Real LTP-family venues throttle with HTTP 429; the SDKs do not expect an envelope there, but it does no harm.
    if (throttled(route, key)) return failure(100429, 'Too many requests', 429);
    return route.answer({ key, query: new Map(request.query), drift: faults.has('schema_drift'), empty: faults.has('empty') });
  }

  const credentials = issueKey();
  const running = await startSimulator(handle, options.port ?? 0, faults);
  return {
    ...running,
    credentials,
    issueKey,
    failNext(code, failOptions = {}) {
      injected.push({
        code,
        times: failOptions.times ?? 1,
        after: failOptions.after ?? 0,
        status: failOptions.status ?? 200,
        message: failOptions.message ?? `Simulated code ${code}`,
      });
    },
  };
}

function header(request: SimRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
