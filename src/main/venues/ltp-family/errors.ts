import { z } from 'zod';
import type { VenueErrorKind } from '../../../shared/domain/holding';
import type { VenueId } from '../../../shared/domain/venue';
import { integerText, parseAnswer } from '../shared/answer-schemas';
import { errorForStatus, type HttpAnswer } from '../shared/http';
import { retryAfterMs } from '../shared/retry-after';
import { VenueError } from '../shared/venue-error';

/** `{code, message, data}`: every LTP-family answer, success or not. */
const Envelope = z.looseObject({
  code: integerText,
  message: z.string().nullish(),
  data: z.unknown(),
});

/** RapidX/trading endpoints answer 200000 "Success", user-level ones 200 "success". */
const SUCCESS_CODES = new Set([200, 200_000]);
const SOFT_RATE_LIMIT = 100_429;

export interface CodeMeaning {
  readonly kind: VenueErrorKind;
  readonly meaning: string;
}

/** Business codes to what to do next; each venue's errors.ts names the table its answers use. */
export type CodeTable = ReadonlyMap<number, CodeMeaning>;

/** The codes of the LTP docs (venues.md §1.5), which RapidX shares and ConneX is assumed to share. */
export const ltpFamilyCodes: CodeTable = new Map<number, CodeMeaning>([
  [2000, { kind: 'auth', meaning: 'API verification failed: the key, secret or signature is wrong' }],
  [2002, { kind: 'auth', meaning: 'API authorization invalid' }],
  [4000, { kind: 'auth', meaning: 'invalid login session' }],
  [7000, { kind: 'auth', meaning: "nonce invalid: the request time is more than 60 s off the venue's clock; check your computer's clock" }],
  [100018, { kind: 'auth', meaning: 'API key not found' }],
  [100041, { kind: 'auth', meaning: 'API key frozen' }],
  [405001, { kind: 'auth', meaning: 'API key not found' }],
  [2001, { kind: 'permission', meaning: "this computer's IP address is not on the key's whitelist" }],
  [2003, { kind: 'permission', meaning: 'this key level may not call this endpoint' }],
  [100002, { kind: 'permission', meaning: 'invalid user status' }],
  [100003, { kind: 'permission', meaning: 'invalid user type' }],
  [429, { kind: 'rate_limit', meaning: 'too many requests' }],
  [SOFT_RATE_LIMIT, { kind: 'rate_limit', meaning: 'too many requests' }],
  [500, { kind: 'server', meaning: 'server error' }],
  // The exchange behind the venue failed or the venue is still loading: transient, so retry later.
  [400010, { kind: 'server', meaning: 'exchange error' }],
  [400012, { kind: 'server', meaning: 'service temporarily unavailable while loading data' }],
  [400013, { kind: 'server', meaning: 'request timeout' }],
]);

/** What a non-success business code means; unknown 400xxx codes are requests the venue no longer accepts. */
function errorForCode(venue: VenueId, codes: CodeTable, answer: HttpAnswer, code: number, message: string, endpoint: string): VenueError {
  const known = codes.get(code);
  const detail = `${endpoint}: code ${code}, ${known?.meaning ?? (message || 'no message')}`;
  if (known?.kind === 'rate_limit') return new VenueError('rate_limit', venue, detail, retryAfterMs(answer.headers));
  if (known) return new VenueError(known.kind, venue, detail);
  return new VenueError(answer.status >= 500 ? 'server' : 'bad_response', venue, detail);
}

/**
 * The envelope's `data`, or the VenueError the answer means: the business code decides first, whatever
 * the HTTP status (the venue may send errors with 200); then the status; then the envelope's shape.
 */
export function unwrapEnvelope(venue: VenueId, endpoint: string, answer: HttpAnswer, codes: CodeTable = ltpFamilyCodes): unknown {
  const envelope = Envelope.safeParse(answer.body);
  if (envelope.success) {
    const { code, message, data } = envelope.data;
    if (!SUCCESS_CODES.has(code)) throw errorForCode(venue, codes, answer, code, message ?? '', endpoint);
    if (answer.status >= 200 && answer.status < 300) return data;
  }
  if (answer.status < 200 || answer.status >= 300 || answer.body === undefined) throw errorForStatus(venue, answer, endpoint);
  return parseAnswer(Envelope, answer.body, venue, endpoint).data;
}

/** A 2xx answer carrying code 100429: http.ts retries it like an HTTP 429. */
export function isSoftRateLimit(answer: HttpAnswer): boolean {
  const body = answer.body;
  return typeof body === 'object' && body !== null && 'code' in body && String(body.code) === String(SOFT_RATE_LIMIT);
}
