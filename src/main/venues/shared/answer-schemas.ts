import { z } from 'zod';
import { decimalString, isDecimalText } from '../../../shared/decimal';
import type { VenueId } from '../../../shared/domain/venue';
import { VenueError } from './venue-error';

// parseJsonExact turns every JSON number into its text, so one schema reads "1.5" and 1.5 alike.
//
// Each field is one string (or nullish string) schema and one transform that checks and converts in the
// same step: a read of 1,000 holdings runs these 20,000 times, and a union, a refinement and a transform
// in layers cost about twice as much as this one pass, with the same messages for text that is no decimal.

/** A missing, null or empty value: unknown, never 0. */
const isUnknown = (value: string | null | undefined): value is null | undefined | '' => value === null || value === undefined || value === '';

/** Reports `message` as the field's issue; the value is never used. */
function reject(context: z.RefinementCtx, value: unknown, message: string): never {
  context.issues.push({ code: 'custom', message, input: value });
  return z.NEVER;
}

/** A required decimal, as a JSON string or number, to canonical text. */
export const decimalText = z.string().transform((text, context) => (isDecimalText(text) ? decimalString(text) : reject(context, text, 'expected a decimal number')));

/** A decimal that may be missing, null or empty: unknown is null, never 0. */
export const optionalDecimalText = z
  .string()
  .nullish()
  .transform((value, context) => (isUnknown(value) ? null : isDecimalText(value) ? decimalString(value) : reject(context, value, 'expected a decimal number or null')));

const plainDecimal = /^-?\d+(\.\d+)?$/;

/**
 * A venue's ratio passed through as it wrote it ("0.0500" stays "0.0500"); missing or null is null.
 * Only text that is not a plain decimal (an exponent, a leading "+") is rewritten canonically.
 */
export const exactDecimalText = z
  .string()
  .nullish()
  .transform((value, context) =>
    isUnknown(value) ? null : !isDecimalText(value) ? reject(context, value, 'expected a decimal number or null') : plainDecimal.test(value) ? value : decimalString(value),
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

/** Milliseconds since the epoch, as text or number, to ISO-8601 UTC; null if absent. */
export const epochMillisToIso = z
  .string()
  .nullish()
  .transform((value, context) =>
    isUnknown(value)
      ? null
      : /^\d{1,15}$/.test(value) && Number(value) <= LAST_DATE_MS
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
