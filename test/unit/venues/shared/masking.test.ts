import { describe, expect, it } from 'vitest';
import { Redactor } from '../../../../src/main/log/redactor';
import { maskedError, maskSecrets, maskThenTruncate } from '../../../../src/main/venues/shared/masking';
import { VenueError } from '../../../../src/main/venues/shared/venue-error';

const token = 'tf-token-abcdefghijklmnopqrstuvwxyz012345';

describe('maskSecrets', () => {
  it('masks every copy of every secret', () => {
    expect(maskSecrets(`a ${token} b ${token} c secret-pw`, [token, 'secret-pw'])).toBe('a [redacted] b [redacted] c [redacted]');
  });

  it('leaves secrets under four characters alone, which would mangle sentences', () => {
    expect(maskSecrets('an abc in a sentence', ['abc', 'a'])).toBe('an abc in a sentence');
  });

  it('is the rule the redactor applies', () => {
    const redactor = new Redactor();
    redactor.add(token);
    expect(redactor.mask(`Bearer ${token}`)).toBe(maskSecrets(`Bearer ${token}`, [token]));
  });
});

describe('maskThenTruncate', () => {
  it('masks before it cuts, so a secret across the cut leaves none of itself', () => {
    const text = `${'x'.repeat(190)}${token} is not valid`;
    const out = maskThenTruncate(text, [token], 200);
    expect(out).toBe(`${'x'.repeat(190)}[redacted]…`);
    expect(out).not.toContain('tf-tok');
  });

  it('leaves short text as it is', () => {
    expect(maskThenTruncate('fine', [token], 200)).toBe('fine');
  });
});

describe('maskedError', () => {
  it('rebuilds a VenueError with its detail masked, keeping kind, venue and wait', () => {
    const error = new VenueError('rate_limit', 'treadfi', `HTTP 429, “${token}”`, 3_000);
    const masked = maskedError(error, (text) => maskSecrets(text, [token])) as VenueError;
    expect(masked).toBeInstanceOf(VenueError);
    expect(masked).toMatchObject({ kind: 'rate_limit', venue: 'treadfi', retryAfterMs: 3_000, detail: 'HTTP 429, “[redacted]”' });
    expect(masked.message).not.toContain(token);
  });

  it('returns the same error when nothing was masked, and anything else untouched', () => {
    const error = new VenueError('auth', 'ltp', 'code 2000');
    expect(maskedError(error, (text) => maskSecrets(text, [token]))).toBe(error);
    const other = new Error(token);
    expect(maskedError(other, (text) => maskSecrets(text, [token]))).toBe(other);
  });
});
