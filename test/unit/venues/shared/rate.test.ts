import { describe, expect, it } from 'vitest';
import { minPollIntervalSec, withJitterMargin } from '../../../../src/main/venues/shared/rate-limit';

describe('LTP-family rates', () => {
  it('stretches the window by the transport jitter, keeping the documented count', () => {
    expect(withJitterMargin({ count: 20, perMs: 1_000 })).toEqual({ count: 20, perMs: 1_250 });
    expect(withJitterMargin({ count: 3, perMs: 10_000 })).toEqual({ count: 3, perMs: 10_250 });
  });

  it('derives the fastest poll from the documented rate, never under 10 s', () => {
    expect(minPollIntervalSec({ count: 20, perMs: 1_000 }, 4)).toBe(10);
    expect(minPollIntervalSec({ count: 3, perMs: 10_000 }, 1)).toBe(10);
    expect(minPollIntervalSec({ count: 10, perMs: 60_000 }, 3)).toBe(18);
  });
});
