import { z } from 'zod';
import { decimalString, isDecimalText } from '../../../shared/decimal';
import type { VenueId } from '../../../shared/domain/venue';
import { VenueError } from './venue-error';

// parseJsonExact turns every JSON number into its text, so one schema reads "1.5" and 1.5 alike.

/** A required decimal, as a JSON string or number, to canonical text. */
export const decimalText = z
  .string()
  .refine(isDecimalText, 'expected a decimal number')
  .transform((text) => decimalString(text));

/** A decimal that may be missing, null or empty: unknown is null, never 0. */
export const optionalDecimalText = z
  .union([z.string(), z.null()])
  .optional()
  .refine((value) => value === null || value === undefined || value === '' || isDecimalText(value), 'expected a decimal number or null')
  .transform((value) => (value === null || value === undefined || value === '' ? null : decimalString(value)));

const plainDecimal = /^-?\d+(\.\d+)?$/;

/**
 * A venue's ratio passed through as it wrote it ("0.0500" stays "0.0500"); missing or null is null.
 * Only text that is not a plain decimal (an exponent, a leading "+") is rewritten canonically.
 */
export const exactDecimalText = z
  .union([z.string(), z.null()])
  .optional()
  .refine((value) => value === null || value === undefined || value === '' || isDecimalText(value), 'expected a decimal number or null')
  .transform((value) => (value === null || value === undefined || value === '' ? null : plainDecimal.test(value) ? value : decimalString(value)));

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
  .union([z.string(), z.null()])
  .optional()
  .refine(
    (value) => value === null || value === undefined || value === '' || (/^\d{1,15}$/.test(value) && Number(value) <= LAST_DATE_MS),
    'expected epoch milliseconds',
  )
  .transform((value) => (value === null || value === undefined || value === '' ? null : new Date(Number(value)).toISOString()));

/** Validates a venue answer; a mismatch becomes a bad_response naming the first field path that failed. */
export function parseAnswer<S extends z.ZodType>(schema: S, body: unknown, venue: VenueId, endpoint: string): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
  throw new VenueError('bad_response', venue, `${endpoint}: at ${path}: ${issue?.message ?? 'unexpected shape'}`);
}
