import { compareDecimals, sumDecimals } from '../../shared/decimal';
import type { Allocation, AllocationView, ManuallyValued } from '../../shared/domain/portfolio';
import type { VenueId } from '../../shared/domain/venue';
import { venues } from '../../shared/domain/venue-info';
import { ALLOCATION_TOP } from './policy';
import type { SetSummary } from './set-summary';
import { sumsByKey } from './valuation';

/** One enabled connection's newest set, and the venue it was read from. */
export interface VenueSet {
  readonly venue: VenueId;
  readonly set: SetSummary;
}

/** The largest ALLOCATION_TOP groups by value (ties by name), the rest folded into "Other", which lists them. */
function allocate(sums: ReadonlyMap<string, string>): Allocation {
  const all = [...sums]
    .sort(([aKey, aValue], [bKey, bValue]) => compareDecimals(bValue, aValue) || aKey.localeCompare(bKey))
    .map(([key, valueUsd]) => ({ key, valueUsd }));
  // One left over is shown as itself: an "Other" of one hides a name to save nothing.
  if (all.length <= ALLOCATION_TOP + 1) return { slices: all, other: null };
  const rest = all.slice(ALLOCATION_TOP);
  return { slices: all.slice(0, ALLOCATION_TOP), other: { valueUsd: sumDecimals(rest.map((s) => s.valueUsd)), slices: rest } };
}

/**
 * Each asset valued at a manual price, once: where sets were valued at different manual prices of one
 * asset, the last set's, in the sets' order.
 */
function manualPricesOf(sets: readonly VenueSet[]): ManuallyValued[] {
  const found = new Map<string, ManuallyValued>();
  for (const { set } of sets) {
    for (const price of set.manualPrices) found.set(price.asset, { asset: price.asset, priceUsd: price.priceUsd, setAt: price.origin.at });
  }
  return [...found.values()];
}

/**
 * How the value of the priced holdings of these sets is spread by asset, venue and exchange, from each
 * set's summary: no holding is decoded. A set with no priced row gives its venue no slice.
 */
export function allocationOf(sets: readonly VenueSet[], asOf: string): AllocationView {
  const priced = sets.filter(({ set }) => set.holdingCount > set.unpricedCount);
  return {
    asOf,
    totalUsd: sumDecimals(sets.map(({ set }) => set.totalUsd)),
    byAsset: allocate(sumsByKey(priced.flatMap(({ set }) => [...set.valueByAsset]))),
    byVenue: allocate(sumsByKey(priced.map(({ venue, set }) => [venues[venue].name, set.totalUsd]))),
    byExchange: allocate(sumsByKey(priced.flatMap(({ set }) => [...set.valueByExchange]))),
    manualPrices: manualPricesOf(sets),
  };
}
