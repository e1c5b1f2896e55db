import { errorForStatus, type HttpAnswer } from '../shared/http';
import { maskThenTruncate } from '../shared/masking';
import { retryAfterMs } from '../shared/retry-after';
import { VenueError } from '../shared/venue-error';
import { ErrorEnvelope } from './schemas';

/** The calls Holdfast makes, named as they appear in error sentences. */
export type CadenzaCall = 'login' | 'token refresh' | 'portfolio list' | 'trading account list';

// errno values from https://cadenza-docs.algo724.com/docs/error-codes (HTTP answers carry them negative).
const errno = {
  rateLimited: -18011,
  unauthorized: -19002,
  unavailable: -19006,
  resourceNotFound: -22016,
} as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Any answer that is not a successful envelope: non-2xx, not JSON, or `success: false`. */
export function isFailure(answer: HttpAnswer): boolean {
  if (answer.status < 200 || answer.status >= 300 || answer.body === undefined) return true;
  return isRecord(answer.body) && answer.body.success === false;
}

/** The venue refused the bearer token itself: worth one refresh (or login) and one retry. */
export function isTokenRejected(answer: HttpAnswer): boolean {
  if (answer.status === 401) return true;
  const envelope = ErrorEnvelope.safeParse(answer.body);
  return envelope.success && isFailure(answer) && (envelope.data.errno === errno.unauthorized || envelope.data.details?.code === 'INVALID_TOKEN');
}

function describe(envelope: ErrorEnvelope): string {
  const code = envelope.details?.code ? ` ${envelope.details.code}` : '';
  return `errno ${envelope.errno}${code}${envelope.error ? `: ${envelope.error}` : ''}`;
}

/**
 * What a failed answer means. Cadenza's envelope (errno, details.code) decides first, then the status.
 * A 404 from the use-case layer (-22016, "trading account not found") on a list Holdfast does not filter
 * means this login may not see the trading accounts: permission. Any other 404 (the web layer's
 * -19003, or a body that is not Cadenza's) means the endpoint is not there (a wrong base URL or a
 * changed API), which errorForStatus already calls bad_response.
 */
export function errorFromAnswer(answer: HttpAnswer, call: CadenzaCall, secrets: readonly string[]): VenueError {
  const parsed = ErrorEnvelope.safeParse(answer.body);
  const envelope = parsed.success ? parsed.data : null;
  // Venue-supplied text could echo what it was sent: every secret (tokens, password) is masked, then cut.
  const detail = maskThenTruncate(envelope ? `${call}: ${describe(envelope)}` : call, secrets, 300);
  const fail = (kind: VenueError['kind'], wait?: number) => new VenueError(kind, 'cadenza', `HTTP ${answer.status}, ${detail}`, wait);

  if (answer.status === 429 || envelope?.errno === errno.rateLimited) return fail('rate_limit', retryAfterMs(answer.headers));
  if (envelope?.errno === errno.unavailable) return fail('server');
  if (envelope && (call === 'login' || call === 'token refresh') && [400, 401, 403].includes(answer.status)) return fail('auth');
  if (envelope && isTokenRejected(answer)) return fail('auth');
  if (envelope?.errno === errno.resourceNotFound) return fail('permission');
  return errorForStatus('cadenza', answer, detail);
}
