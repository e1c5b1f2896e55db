import type { Position } from '../../../../shared/domain/portfolio';

/** Closest to liquidation first; positions with no liquidation price last, in their venue's order. */
export function byDistanceToLiquidation(positions: readonly Position[]): Position[] {
  return [...positions].sort((a, b) => {
    if (a.distanceToLiquidation === null || b.distanceToLiquidation === null) return a.distanceToLiquidation === b.distanceToLiquidation ? 0 : a.distanceToLiquidation === null ? 1 : -1;
    return Number(a.distanceToLiquidation) - Number(b.distanceToLiquidation);
  });
}
