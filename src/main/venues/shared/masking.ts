import { VenueError } from './venue-error';

/** Secrets under this length are not masked: they would mangle sentences and reveal little. */
export const MIN_SECRET_LENGTH = 4;
export const MASK = '[redacted]';

/** Every secret in `text` replaced by the mask: the one masking rule of the log, the redactor and every venue. */
export function maskSecrets(text: string, secrets: Iterable<string>): string {
  let masked = text;
  for (const secret of secrets) if (secret.length >= MIN_SECRET_LENGTH) masked = masked.split(secret).join(MASK);
  return masked;
}

/**
 * Masks `secrets` in text a venue sent, then shortens it to `max` characters: in that order, so that
 * no cut can leave the start of a secret unmasked.
 */
export function maskThenTruncate(text: string, secrets: readonly string[], max: number): string {
  const masked = maskSecrets(text, secrets);
  return masked.length > max ? `${masked.slice(0, max)}…` : masked;
}

/**
 * A VenueError whose detail (and so its sentence) has passed through `mask`; the same error when there
 * was nothing to mask, and anything that is not a VenueError as it is.
 */
export function maskedError(error: unknown, mask: (text: string) => string): unknown {
  if (!(error instanceof VenueError)) return error;
  const detail = mask(error.detail);
  return detail === error.detail ? error : new VenueError(error.kind, error.venue, detail, error.retryAfterMs);
}
