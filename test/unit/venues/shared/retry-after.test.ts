import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_MS, retryAfterMs } from '../../../../src/main/venues/shared/retry-after';

const wait = (value: string | null, nowMs?: number) => retryAfterMs(new Headers(value === null ? {} : { 'Retry-After': value }), nowMs);
const now = Date.parse('2026-11-29T22:00:00Z');

describe('retryAfterMs', () => {
  it('reads delta-seconds', () => {
    expect(wait('3')).toBe(3_000);
    expect(wait(' 0 ')).toBe(0);
    expect(wait('120')).toBe(120_000);
  });

  it('reads an HTTP-date against the injected clock, never as a negative wait', () => {
    expect(wait('Sun, 29 Nov 2026 22:00:07 GMT', now)).toBe(7_000);
    expect(wait('Sunday, 29-Nov-26 22:01:00 GMT', now)).toBe(60_000);
    expect(wait('Sun, 29 Nov 2026 21:59:00 GMT', now)).toBe(0);
  });

  it('has no wait for a missing, empty or garbage header', () => {
    expect(wait(null)).toBeUndefined();
    expect(wait('')).toBeUndefined();
    expect(wait('soon')).toBeUndefined();
    expect(wait('1.5')).toBeUndefined();
    expect(wait('3 seconds')).toBeUndefined();
    expect(wait('Xyz, 99 Foo 2026 99:99:99 GMT', now)).toBeUndefined();
  });

  it('has no wait for a negative number, which neither form allows', () => {
    expect(wait('-1')).toBeUndefined();
    expect(wait('-30')).toBeUndefined();
  });

  it('caps a huge wait at a day', () => {
    expect(wait('999999999999999999999')).toBe(MAX_RETRY_AFTER_MS);
    expect(wait('Fri, 31 Dec 9999 23:59:59 GMT', now)).toBe(MAX_RETRY_AFTER_MS);
  });
});
