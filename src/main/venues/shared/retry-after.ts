/** The longest wait a Retry-After is read as: a venue asking for more is misconfigured, and a day is already past any backoff. */
export const MAX_RETRY_AFTER_MS = 86_400_000;

/**
 * The wait a Retry-After header asks for, in milliseconds, or undefined when there is none Holdfast can
 * read. RFC 9110 §10.2.3 allows two forms: delay-seconds (digits only) and an HTTP-date, which is read
 * against `nowMs` and never gives a negative wait. Anything else (a fraction, a sign, words) is no wait.
 */
export function retryAfterMs(headers: Headers, nowMs: number = Date.now()): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Math.min(Number(value) * 1000, MAX_RETRY_AFTER_MS);
  // Date.parse also takes bare numbers and loose text; an HTTP-date always names its weekday or month.
  if (!/[a-z]{3}/i.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.min(Math.max(0, at - nowMs), MAX_RETRY_AFTER_MS) : undefined;
}
