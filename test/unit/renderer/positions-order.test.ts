import { describe, expect, it } from 'vitest';
import { byDistanceToLiquidation } from '../../../src/renderer/src/views/positions/positions-order';
import type { Position } from '../../../src/shared/domain/portfolio';

const at = (asset: string, distanceToLiquidation: string | null) => ({ asset, distanceToLiquidation }) as Position;

describe('positions order', () => {
  it('puts the position closest to liquidation first and those with no distance last', () => {
    const sorted = byDistanceToLiquidation([at('a', '0.2'), at('none', null), at('b', '0.05'), at('c', '0.5')]);
    expect(sorted.map((p) => p.asset)).toEqual(['b', 'a', 'c', 'none']);
  });
});
