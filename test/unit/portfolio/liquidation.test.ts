import { describe, expect, it } from 'vitest';
import { distanceToLiquidation } from '../../../src/main/portfolio/liquidation';

describe('distanceToLiquidation', () => {
  it('is |mark − liq| ÷ mark, rounded half-even to 6 places, for longs and shorts', () => {
    expect(distanceToLiquidation('100000', '80000')).toBe('0.2');
    expect(distanceToLiquidation('3000', '3450')).toBe('0.15');
    expect(distanceToLiquidation('3', '2')).toBe('0.333333');
    // 0.0000125 → half-even to 0.000012; 0.0000135 → 0.000014.
    expect(distanceToLiquidation('80000', '80001')).toBe('0.000012');
    expect(distanceToLiquidation('200000', '200002.7')).toBe('0.000014');
  });

  it('is unknown, never 0, where a price is missing or the position cannot be liquidated', () => {
    expect(distanceToLiquidation('100000', null)).toBeNull();
    expect(distanceToLiquidation(null, '80000')).toBeNull();
    expect(distanceToLiquidation('0', '1')).toBeNull();
  });
});
