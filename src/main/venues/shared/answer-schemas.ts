import { z } from 'zod';
import { canonicalDecimalText, decimalString, isDecimalText } from '../../../shared/decimal';
import type { VenueId } from '../../../shared/domain/venue';
import { isoOfEpochMillis } from './iso-date';
import { VenueError } from './venue-error';

// parseJsonExact turns every JSON number into its text, so one schema reads "1.5" and 1.5 alike.
//
// Each decimal or date field is one rule that checks the type, checks the text and converts it in the
// same step, used as a zod transform of its own or as a field of venueRecord: zod's string → nullish →
// pipe → transform layers cost twice as much as the conversion itself for the same verdict. A field
// that is missing, or not text at all, gets the same one-sentence issue as text that is no decimal.

/** A missing, null or empty value: unknown, never 0. */
const isUnknown = (value: unknown): value is null | undefined | '' => value === null || value === undefined || value === '';

/** Reports `message` as the field's issue; the value is never used. */
function reject(context: z.RefinementCtx, value: unknown, message: string): never {
  context.issues.push({ code: 'custom', message, input: value });
  return z.NEVER;
}

/** What a field rule returns for a value it refuses. */
const INVALID: unique symbol = Symbol('invalid field');

/**
 * One field's rule: the value read and converted in one step, or INVALID, for which `message` is the
 * field's issue. Each rule is both a zod schema of its own (below) and a field of venueRecord.
 */
export interface FieldRule<T> {
  readonly read: (value: unknown) => T | typeof INVALID;
  readonly message: string;
}

function schemaOf<T>(rule: FieldRule<T>) {
  return z.transform((value: unknown, context): T => {
    const read = rule.read(value);
    return read === INVALID ? reject(context, value, rule.message) : read;
  });
}

/** The canonical text of a decimal sent as text, or INVALID when it is no decimal (or not text). */
const canonicalDecimal = (value: unknown): string | typeof INVALID => (typeof value === 'string' ? (canonicalDecimalText(value) ?? INVALID) : INVALID);

export const decimalRule: FieldRule<string> = { read: canonicalDecimal, message: 'expected a decimal number' };

export const optionalDecimalRule: FieldRule<string | null> = {
  read: (value) => (isUnknown(value) ? null : canonicalDecimal(value)),
  message: 'expected a decimal number or null',
};

const plainDecimal = /^-?\d+(\.\d+)?$/;

/**
 * A venue's ratio passed through as it wrote it ("0.0500" stays "0.0500"); missing or null is null.
 * Only text that is not a plain decimal (an exponent, a leading "+") is rewritten canonically.
 */
export const exactDecimalRule: FieldRule<string | null> = {
  read: (value) => (isUnknown(value) ? null : typeof value !== 'string' || !isDecimalText(value) ? INVALID : plainDecimal.test(value) ? value : decimalString(value)),
  message: 'expected a decimal number or null',
};

/** The end of year 9999: later dates have no plain ISO-8601 form. */
const LAST_DATE_MS = 253_402_300_799_999;

const epochDigits = /^\d{1,15}$/;

/** Milliseconds since the epoch, as text or number, to ISO-8601 UTC; null if absent. */
export const epochMillisRule: FieldRule<string | null> = {
  read: (value) => (isUnknown(value) ? null : typeof value === 'string' && epochDigits.test(value) && Number(value) <= LAST_DATE_MS ? isoOfEpochMillis(Number(value)) : INVALID),
  message: 'expected epoch milliseconds',
};

/** Text with at least one character. */
export const textRule: FieldRule<string> = { read: (value) => (typeof value === 'string' && value !== '' ? value : INVALID), message: 'expected text' };

/** An id: kept as exact text whatever JSON type it came as. */
export const idRule: FieldRule<string> = { read: (value) => (typeof value === 'string' && value !== '' ? value : INVALID), message: 'expected a non-empty id' };

/** A required decimal, as a JSON string or number, to canonical text. */
export const decimalText = schemaOf(decimalRule);

/** A decimal that may be missing, null or empty: unknown is null, never 0. */
export const optionalDecimalText = schemaOf(optionalDecimalRule);

export const exactDecimalText = schemaOf(exactDecimalRule);

export const epochMillisToIso = schemaOf(epochMillisRule);

/** The same rule as a zod string, which other schemas refine further (LTP's integer account ids). */
export const idText = z.string().min(1, idRule.message);

/** Reads one field of a record by its rule; a refused value becomes the record's issue at `key` (and null in its place). */
export type FieldReader = <T>(key: string, rule: FieldRule<T>, value: unknown) => T;

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A venue record read field by field, each by one rule, in one zod transform: `read` names each field
 * and builds the record (fields the venue adds later are spread in, untouched). An answer of 1,000 such
 * records ran zod's object parse 1,000 times with 20 field schemas each: 20,000 payloads, closures and
 * issue arrays, 6 MB of garbage and most of the CPU of a 1,000-holding read. The verdict is the same:
 * every field's issue, at its path, in the order `read` names them.
 */
export function venueRecord<T>(read: (record: Readonly<Record<string, unknown>>, field: FieldReader) => T) {
  return z.transform((input: unknown, context): T => {
    if (!isRecord(input)) return reject(context, input, 'expected an object');
    return read(input, (key, rule, value) => {
      const converted = rule.read(value);
      if (converted !== INVALID) return converted;
      context.issues.push({ code: 'custom', message: rule.message, input: value, path: [key] });
      return null as never;
    });
  });
}

/** An integer (page numbers, codes, ms timestamps) as a safe JS number. */
export const integerText = z
  .string()
  .regex(/^-?\d+$/, 'expected an integer')
  .transform(Number)
  .refine(Number.isSafeInteger, 'integer out of range');

/** Validates a venue answer; a mismatch becomes a bad_response naming the first field path that failed. */
export function parseAnswer<S extends z.ZodType>(schema: S, body: unknown, venue: VenueId, endpoint: string): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
  throw new VenueError('bad_response', venue, `${endpoint}: at ${path}: ${issue?.message ?? 'unexpected shape'}`);
}
