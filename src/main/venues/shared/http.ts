import ky, { HTTPError, TimeoutError, type KyResponse } from 'ky';
import type { VenueId } from '../../../shared/domain/venue';
import { parseJsonExact } from './lossless-json';
import { rateGateFor, type Rate } from './rate-limit';
import { VenueError } from './venue-error';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  readonly limit: number;
  /** First backoff; doubled each retry, with full jitter, capped at maxDelayMs. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export interface HttpPolicy {
  readonly timeoutMs: number;
  readonly retry: RetryPolicy;
}

export const defaultHttpPolicy: HttpPolicy = {
  timeoutMs: 15_000,
  retry: { limit: 3, baseDelayMs: 1_000, maxDelayMs: 20_000 },
};

export interface HttpRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  /** Sent in this order; the caller owns encoding rules (LTP signs raw values). */
  readonly searchParams?: readonly (readonly [string, string])[];
  readonly headers?: Record<string, string>;
  readonly json?: unknown;
  /** Requests sharing a class share one rate gate per host. */
  readonly endpointClass: string;
  readonly rate: Rate;
  readonly signal?: AbortSignal;
}

/** Any answer that is not retried away: the venue client decides what its status and body mean. */
export interface HttpAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The body parsed with exact numbers, or undefined when it is not JSON (an HTML error page, say). */
  readonly body: unknown;
}

const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

export interface VenueHttp {
  send(request: HttpRequest): Promise<HttpAnswer>;
}

/**
 * The one HTTP path of every connector: timeouts, rate gates, retries of 429/5xx/timeouts with
 * exponential backoff and jitter (Retry-After wins), and exact JSON. Network failures become VenueErrors;
 * every other answer goes back to the venue's own mapping.
 */
export function createVenueHttp(
  venue: VenueId,
  baseUrl: string,
  policy: HttpPolicy = defaultHttpPolicy,
  /** A 2xx answer that still means "slow down" (LTP's code 100429): retried like a 429. */
  isSoftRateLimit: (answer: HttpAnswer) => boolean = () => false,
): VenueHttp {
  return {
    async send(request) {
      const gate = rateGateFor(baseUrl, request.endpointClass, request.rate);
      const query = new URLSearchParams(request.searchParams?.map(([k, v]): [string, string] => [k, v]));
      const url = `${baseUrl}${request.path}${query.size > 0 ? `?${query.toString()}` : ''}`;
      let response: KyResponse;
      try {
        response = await ky(url, {
          method: request.method,
          headers: request.headers,
          json: request.json,
          signal: request.signal,
          timeout: policy.timeoutMs,
          retry: {
            limit: policy.retry.limit,
            methods: ['get', 'post'],
            statusCodes: RETRY_STATUSES,
            afterStatusCodes: [413, 429, 503],
            maxRetryAfter: policy.retry.maxDelayMs,
            backoffLimit: policy.retry.maxDelayMs,
            delay: (attempt) => policy.retry.baseDelayMs * 2 ** (attempt - 1),
            jitter: true,
            retryOnTimeout: true,
          },
          hooks: {
            // ky runs beforeRequest for every attempt, retries included: one slot per request sent.
            beforeRequest: [() => gate.acquire(request.signal)],
            afterResponse: [
              async (_request, _options, answer, state) => {
                if (!answer.ok || state.retryCount >= policy.retry.limit) return;
                if (isSoftRateLimit(await toAnswer(answer.clone(), venue, policy.timeoutMs))) return ky.retry({ code: 'RATE_LIMIT' });
              },
            ],
          },
        });
      } catch (error) {
        if (error instanceof HTTPError) return toAnswer(error.response, venue, policy.timeoutMs);
        throw toVenueError(venue, baseUrl, error, policy, request.signal);
      }
      return toAnswer(response, venue, policy.timeoutMs);
    },
  };
}

/** ky's timeout ends when the headers arrive; a body that stalls after them gets the same limit of its own. */
async function readText(response: Response, venue: VenueId, timeoutMs: number): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void response.body?.cancel().catch(() => undefined);
      reject(new VenueError('timeout', venue, `the answer stopped arriving for ${timeoutMs / 1000} s`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([response.text(), stalled]);
  } finally {
    clearTimeout(timer);
  }
}

async function toAnswer(response: Response, venue: VenueId, timeoutMs: number): Promise<HttpAnswer> {
  const text = await readText(response, venue, timeoutMs);
  let body: unknown;
  try {
    body = text.trim() === '' ? undefined : parseJsonExact(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body };
}

function toVenueError(venue: VenueId, baseUrl: string, error: unknown, policy: HttpPolicy, signal?: AbortSignal): unknown {
  if (signal?.aborted) return signal.reason ?? error;
  if (error instanceof VenueError) return error;
  if (error instanceof TimeoutError) return new VenueError('timeout', venue, `no answer within ${policy.timeoutMs / 1000} s`);
  if (error instanceof Error && error.name === 'ForceRetryError') return new VenueError('rate_limit', venue, 'still limited after retries');
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
  return new VenueError('network', venue, `${new URL(baseUrl).host}: ${cause}`);
}

/** Default meaning of a status the venue mapping did not claim. */
export function errorForStatus(venue: VenueId, answer: HttpAnswer, detail: string): VenueError {
  const header = answer.headers.get('retry-after');
  const retryAfter = header === null ? Number.NaN : Number(header);
  if (answer.status === 401) return new VenueError('auth', venue, `HTTP 401, ${detail}`);
  if (answer.status === 403) return new VenueError('permission', venue, `HTTP 403, ${detail}`);
  if (answer.status === 429) return new VenueError('rate_limit', venue, `HTTP 429, ${detail}`, Number.isFinite(retryAfter) ? retryAfter * 1000 : undefined);
  if (answer.status >= 500) return new VenueError('server', venue, `HTTP ${answer.status}, ${detail}`);
  if (answer.body === undefined) {
    const kind = /<html|<!doctype/i.test(answer.text) ? 'an HTML page' : 'a body that is not JSON';
    return new VenueError('bad_response', venue, `HTTP ${answer.status} with ${kind}`);
  }
  return new VenueError('bad_response', venue, `unexpected HTTP ${answer.status}, ${detail}`);
}
