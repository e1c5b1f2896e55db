import type { VenueId } from '../../../shared/domain/venue';
import { maxAnswerBytes } from './answer-limits';
import { readCapped, refuseRedirect, type ReadAnswer } from './capped-fetch';
import { parseJsonExact } from './lossless-json';
import { rateGateFor, type Rate } from './rate-limit';
import { retryAfterMs } from './retry-after';
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

let kyLoaded: Promise<typeof import('ky')> | undefined;
/**
 * ky with the first request, not with the core: its import builds a Request to probe for streams, which
 * loads Node's fetch (undici), a large part of a start that shows cached data and reads no venue yet.
 */
function loadKy(): Promise<typeof import('ky')> {
  return (kyLoaded ??= import('ky'));
}

export interface VenueHttp {
  send(request: HttpRequest): Promise<HttpAnswer>;
}

/**
 * The one HTTP path of every connector: timeouts, rate gates, retries of 429/5xx/timeouts with
 * exponential backoff and jitter (Retry-After wins), and exact JSON. Every answer is read once, capped
 * at the venue's size limit, and parsed once; a redirect is refused. Network failures become
 * VenueErrors; every other answer goes back to the venue's own mapping.
 */
export function createVenueHttp(
  venue: VenueId,
  baseUrl: string,
  policy: HttpPolicy = defaultHttpPolicy,
  /** A 2xx answer that still means "slow down" (LTP's code 100429): retried like a 429. */
  isSoftRateLimit: (answer: HttpAnswer) => boolean = () => false,
): VenueHttp {
  const limit = maxAnswerBytes[venue];
  return {
    async send(request) {
      const gate = rateGateFor(baseUrl, request.endpointClass, request.rate);
      const query = new URLSearchParams(request.searchParams?.map(([k, v]): [string, string] => [k, v]));
      const url = `${baseUrl}${request.path}${query.size > 0 ? `?${query.toString()}` : ''}`;
      // ky sees only a bodiless stand-in of each answer, to decide retries from its status; the answer
      // itself, read and parsed once, waits here.
      const answers = new WeakMap<Response, HttpAnswer>();
      const readOnce = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
        const sent = input instanceof Request ? input : new Request(input, init);
        const response = await fetch(sent, { ...init, redirect: 'manual' });
        if (response.status >= 300 && response.status < 400) {
          void response.body?.cancel().catch(() => undefined);
          throw refuseRedirect(venue, response, sent);
        }
        const answer = withBody(await readCapped(venue, sent, response, limit));
        const softLimited = response.ok && isSoftRateLimit(answer);
        const standIn = new Response(null, { status: softLimited ? 429 : response.status, statusText: response.statusText, headers: response.headers });
        answers.set(standIn, answer);
        return standIn;
      };
      const answerOf = (response: Response): HttpAnswer => {
        const answer = answers.get(response);
        if (!answer) throw new VenueError('bad_response', venue, `${request.method} ${request.path}: the answer was lost on the way`);
        return answer;
      };
      const { default: ky, HTTPError, TimeoutError } = await loadKy();
      try {
        const response = await ky(url, {
          method: request.method,
          headers: request.headers,
          json: request.json,
          signal: request.signal,
          redirect: 'manual',
          fetch: readOnce,
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
            // A refused redirect or an oversized answer would only come back the same way.
            shouldRetry: ({ error }) => (error instanceof VenueError ? false : undefined),
          },
          hooks: {
            // ky runs beforeRequest for every attempt, retries included: one slot per request sent.
            beforeRequest: [() => gate.acquire(request.signal)],
          },
        });
        return answerOf(response);
      } catch (error) {
        if (error instanceof HTTPError) return answerOf(error.response);
        throw toVenueError(venue, baseUrl, error, error instanceof TimeoutError, policy, request.signal);
      }
    },
  };
}

/** The body parsed with exact numbers, or undefined when it is not JSON. */
function withBody(read: ReadAnswer): HttpAnswer {
  let body: unknown;
  try {
    body = read.text.trim() === '' ? undefined : parseJsonExact(read.text);
  } catch {
    body = undefined;
  }
  return { ...read, body };
}

function toVenueError(venue: VenueId, baseUrl: string, error: unknown, timedOut: boolean, policy: HttpPolicy, signal?: AbortSignal): unknown {
  if (signal?.aborted) return signal.reason ?? error;
  if (error instanceof VenueError) return error;
  if (timedOut) return new VenueError('timeout', venue, `no answer within ${policy.timeoutMs / 1000} s`);
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
  return new VenueError('network', venue, `${new URL(baseUrl).host}: ${cause}`);
}

/** Default meaning of a status the venue mapping did not claim. */
export function errorForStatus(venue: VenueId, answer: HttpAnswer, detail: string): VenueError {
  if (answer.status === 401) return new VenueError('auth', venue, `HTTP 401, ${detail}`);
  if (answer.status === 403) return new VenueError('permission', venue, `HTTP 403, ${detail}`);
  if (answer.status === 429) return new VenueError('rate_limit', venue, `HTTP 429, ${detail}`, retryAfterMs(answer.headers));
  if (answer.status >= 500) return new VenueError('server', venue, `HTTP ${answer.status}, ${detail}`);
  if (answer.body === undefined) {
    const kind = /<html|<!doctype/i.test(answer.text) ? 'an HTML page' : 'a body that is not JSON';
    return new VenueError('bad_response', venue, `HTTP ${answer.status} with ${kind}`);
  }
  return new VenueError('bad_response', venue, `unexpected HTTP ${answer.status}, ${detail}`);
}
