import { describe, expect, it } from 'vitest';
import { toLocalInput } from '../../../src/renderer/src/format/date';

describe('the "as of" input\'s value', () => {
  it('is written as the browser writes it back: seconds only when they are not zero', () => {
    expect(toLocalInput(new Date(2026, 10, 30, 2, 48, 0).toISOString())).toBe('2026-11-30T02:48');
    expect(toLocalInput(new Date(2026, 10, 30, 2, 48, 6).toISOString())).toBe('2026-11-30T02:48:06');
    expect(toLocalInput(new Date(2026, 0, 2, 0, 0, 0).toISOString())).toBe('2026-01-02T00:00');
  });

  it('reads back as the same local instant, to the second', () => {
    for (const seconds of [0, 6, 59]) {
      const instant = new Date(2026, 10, 30, 2, 48, seconds);
      expect(new Date(toLocalInput(instant.toISOString())).getTime()).toBe(instant.getTime());
    }
  });
});
