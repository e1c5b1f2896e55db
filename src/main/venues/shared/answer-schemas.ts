import { z } from 'zod';
import { canonicalDecimalText, decimalString, isDecimalText } from '../../../shared/decimal';
import type { VenueId } from '../../../shared/domain/venue';
import { VenueError } from './venue-error';

// parseJsonExact turns every JSON number into its text, so one schema reads "1.5" and 1.5 alike.
//
// Each decimal or date field is one zod transform that checks the type, checks the text and converts it
// in the same step: a read of 1,000 holdings runs these 20,000 times, and zod's string → nullish → pipe →
// transform layers cost twice as much as the conversion itself for the same verdict. A field that is
// missing, or not text at all, gets the same one-sentence issue as text that is no decimal.

/** A missing, null or empty value: unknown, never 0. */
const isUnknown = (value: unknown): value is null | undefined | '' => value === null || value === undefined || value === '';

/** Reports `message` as the field's issue; the value is never used. */
function reject(context: z.RefinementCtx, value: unknown, message: string): never {
  context.issues.push({ code: 'custom', message, input: value });
  return z.NEVER;
}

/** The canonical text of a decimal sent as text, or null when it is no decimal (or not text). */
const canonicalDecimal = (value: unknown): string | null => (typeof value === 'string' ? canonicalDecimalText(value) : null);

/** A required decimal, as a JSON string or number, to canonical text. */
export const decimalText = z.transform((value: unknown, context) => canonicalDecimal(value) ?? reject(context, value, 'expected a decimal number'));

/** A decimal that may be missing, null or empty: unknown is null, never 0. */
export const optionalDecimalText = z.transform((value: unknown, context): string | null =>
  isUnknown(value) ? null : (canonicalDecimal(value) ?? reject(context, value, 'expected a decimal number or null')),
);

const plainDecimal = /^-?\d+(\.\d+)?$/;

/**
 * A venue's ratio passed through as it wrote it ("0.0500" stays "0.0500"); missing or null is null.
 * Only text that is not a plain decimal (an exponent, a leading "+") is rewritten canonically.
 */
export const exactDecimalText = z.transform((value: unknown, context): string | null =>
  isUnknown(value)
    ? null
    : typeof value !== 'string' || !isDecimalText(value)
      ? reject(context, value, 'expected a decimal number or null')
      : plainDecimal.test(value)
        ? value
        : decimalString(value),
);

/** An integer (page numbers, codes, ms timestamps) as a safe JS number. */
export const integerText = z
  .string()
  .regex(/^-?\d+$/, 'expected an integer')
  .transform(Number)
  .refine(Number.isSafeInteger, 'integer out of range');

/** An id: kept as exact text whatever JSON type it came as. */
export const idText = z.string().min(1, 'expected a non-empty id');

/** The end of year 9999: later dates have no plain ISO-8601 form. */
const LAST_DATE_MS = 253_402_300_799_999;

const epochDigits = /^\d{1,15}$/;

/** Milliseconds since the epoch, as text or number, to ISO-8601 UTC; null if absent. */
export const epochMillisToIso = z.transform((value: unknown, context): string | null =>
  isUnknown(value)
    ? null
    : typeof value === 'string' && epochDigits.test(value) && Number(value) <= LAST_DATE_MS
      ? new Date(Number(value)).toISOString()
      : reject(context, value, 'expected epoch milliseconds'),
);

/** Validates a venue answer; a mismatch becomes a bad_response naming the first field path that failed. */
export function parseAnswer<S extends z.ZodType>(schema: S, body: unknown, venue: VenueId, endpoint: string): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
  throw new VenueError('bad_response', venue, `${endpoint}: at ${path}: ${issue?.message ?? 'unexpected shape'}`);
}
