import { afterEach, describe, expect, it } from 'vitest';
import { exchangeName } from '../../../src/main/portfolio/exchange-names';
import { compareDecimals, sumDecimals } from '../../../src/shared/decimal';
import type { Holding } from '../../../src/shared/domain/holding';
import type { Allocation, HoldingsView } from '../../../src/shared/domain/portfolio';
import { venues } from '../../../src/shared/domain/venue-info';
import { simCore, type SimCore } from '../../support/sim-core';

/** The value of the priced rows per key, summed here from the rows themselves: what the allocation must equal. */
function sumsOfRows(rows: readonly Holding[], keyOf: (h: Holding) => string): Map<string, string> {
  const values = new Map<string, string[]>();
  for (const h of rows) if (h.valueUsd !== null) values.set(keyOf(h), [...(values.get(keyOf(h)) ?? []), h.valueUsd]);
  return new Map([...values].map(([key, group]) => [key, sumDecimals(group)]));
}

/** An allocation's every group (the top ones and those in Other), checked for order and for Other's sum. */
function groupsOf(allocation: Allocation): Map<string, string> {
  const all = [...allocation.slices, ...(allocation.other?.slices ?? [])];
  for (let i = 1; i < all.length; i += 1) expect(compareDecimals(all[i - 1]?.valueUsd ?? '0', all[i]?.valueUsd ?? '0')).toBeGreaterThanOrEqual(0);
  expect(allocation.slices.length).toBeLessThanOrEqual(16);
  if (allocation.other) {
    expect(allocation.slices).toHaveLength(15);
    expect(allocation.other.slices.length).toBeGreaterThan(1);
    expect(allocation.other.valueUsd).toBe(sumDecimals(allocation.other.slices.map((s) => s.valueUsd)));
  }
  return new Map(all.map((s) => [s.key, s.valueUsd]));
}

/** What the dashboard named under the net worth when it read every holding: each manual book price's asset, the last one per asset. */
function manualOfRows(view: HoldingsView) {
  const manual = new Map(view.bookPrices.filter((b) => b.origin.kind === 'manual').map((b) => [b.asset, { asset: b.asset, priceUsd: b.priceUsd, setAt: b.origin.at }]));
  return [...manual.values()];
}

describe('the allocation from the kept set summaries', () => {
  let env: SimCore;
  afterEach(() => env.stop());

  it('is the one the holdings rows add up to, by asset, venue and exchange, with the same manual prices named', async () => {
    env = await simCore(['rapidx', 'connex', 'ltp', 'cadenza', 'treadfi']);
    await env.call('sync.now');
    // Cadenza's EUR is priced by nothing but the user: a manual price values it, and is named.
    await env.call('prices.set', { asset: 'EUR', price: '1.08' });
    // A disabled connection is in no figure.
    const connex = env.connections[1];
    if (!connex) throw new Error('no ConneX connection');
    await env.call('connections.update', { id: connex.id, enabled: false });

    const view = await env.call('portfolio.holdings', {});
    const allocation = await env.call('portfolio.allocation', {});
    expect(view.holdings.some((h) => h.venue === 'connex')).toBe(false);
    // LTP writes OKEX: the allocation counts it as OKX, as exchangeName does the rows.
    expect(view.holdings.some((h) => h.exchange === 'OKEX')).toBe(true);
    expect(allocation.byExchange.slices.map((s) => s.key)).toContain('OKX');
    expect(allocation.totalUsd).toBe(view.totalUsd);
    expect(groupsOf(allocation.byAsset)).toEqual(sumsOfRows(view.holdings, (h) => h.asset));
    expect(groupsOf(allocation.byVenue)).toEqual(sumsOfRows(view.holdings, (h) => venues[h.venue].name));
    expect(groupsOf(allocation.byExchange)).toEqual(sumsOfRows(view.holdings, (h) => exchangeName(h.exchange)));
    // The simulators hold more than 16 assets: the Other that lists the rest is exercised.
    expect(allocation.byAsset.other).not.toBeNull();
    expect(allocation.manualPrices.map((p) => p.asset)).toEqual(['EUR']);
    expect(allocation.manualPrices).toEqual(manualOfRows(view));
  });
});
