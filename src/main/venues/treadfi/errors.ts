import type { z } from 'zod';
import { parseAnswer } from '../shared/answer-schemas';
import { errorForStatus, type HttpAnswer } from '../shared/http';
import { maskedError, maskSecrets, maskThenTruncate } from '../shared/masking';
import { retryAfterMs } from '../shared/retry-after';
import { VenueError } from '../shared/venue-error';

// Tread.fi documents no errors: its answers are read as DRF's defaults (venues.md §5.4 ASSUMPTION).

/** A 2xx JSON answer checked against its schema; anything else a VenueError. */
export function interpret<S extends z.ZodType>(answer: HttpAnswer, schema: S, endpoint: string, token = ''): z.output<S> {
  if (answer.status >= 200 && answer.status < 300 && answer.body !== undefined) return parseAnswer(schema, answer.body, 'treadfi', endpoint);
  throw withoutToken(errorOf(answer, endpoint, token), token);
}

function errorOf(answer: HttpAnswer, endpoint: string, token: string): VenueError {
  const detail = `${venueSaid(answer, token)} from ${endpoint}`;
  // DRF also says the wait in its detail, which errorForStatus does not read.
  if (answer.status === 429) return new VenueError('rate_limit', 'treadfi', `HTTP 429, ${detail}`, waitOf(answer));
  return errorForStatus('treadfi', answer, detail);
}

/**
 * DRF puts its reason in `detail`; other fronts (proxies, the WAF) may not answer JSON at all. The
 * token is masked before the reason is shortened: a cut through an echoed token would leave its start.
 */
function venueSaid(answer: HttpAnswer, token: string): string {
  const body = answer.body;
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const fields = body as Record<string, unknown>;
    const said = [fields.detail, fields.message, fields.error].find((value): value is string => typeof value === 'string' && value.trim() !== '');
    if (said !== undefined) return `“${maskThenTruncate(said.replace(/\s+/g, ' ').trim(), [token], 200)}”`;
  }
  if (body !== undefined) return 'no reason given';
  if (answer.text.trim() === '') return 'an empty body';
  return /<html|<!doctype/i.test(answer.text) ? 'an HTML page' : 'a body that is not JSON';
}

/** The header where there is one (shared reading); else DRF's own sentence, "Expected available in N seconds". */
function waitOf(answer: HttpAnswer): number | undefined {
  const header = retryAfterMs(answer.headers);
  if (header !== undefined) return header;
  const detail = (answer.body as { detail?: unknown } | undefined)?.detail;
  const seconds = typeof detail === 'string' ? /available in (\d+) seconds?/i.exec(detail)?.[1] : undefined;
  return seconds === undefined ? undefined : Number(seconds) * 1000;
}

/** Whatever a venue or a proxy echoes, the token stays out of messages and logs. */
export function withoutToken(error: unknown, token: string): unknown {
  return maskedError(error, (text) => maskSecrets(text, [token]));
}
