import { describe, expect, it } from 'vitest';
import { tokenLifetimeMs } from '../../../../src/main/venues/cadenza/session';

const now = Date.parse('2024-01-02T03:04:05Z');

describe('Cadenza token lifetime', () => {
  it('prefers expiresIn', () => {
    expect(tokenLifetimeMs({ expiresIn: 3600, expiresAt: 1 }, now)).toBe(3_600_000);
  });

  it('reads expiresAt below 1e12 as seconds and above as milliseconds', () => {
    expect(tokenLifetimeMs({ expiresAt: now / 1000 + 1800 }, now)).toBe(1_800_000);
    expect(tokenLifetimeMs({ expiresAt: now + 900_000 }, now)).toBe(900_000);
  });

  it('falls back to the documented hour when the answer states nothing usable', () => {
    expect(tokenLifetimeMs({}, now)).toBe(3_600_000);
    expect(tokenLifetimeMs({ expiresIn: 0, expiresAt: now / 1000 - 5 }, now)).toBe(3_600_000);
  });
});
