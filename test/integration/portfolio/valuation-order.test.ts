import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { saveReport } from '../../../src/main/export/save-report';
import { Dec, sumDecimals } from '../../../src/shared/decimal';
import type { Holding } from '../../../src/shared/domain/holding';
import type { VenueId } from '../../../src/shared/domain/venue';
import { parseCsv } from '../export/csv-oracle';
import { simCore, type SimCore } from '../../support/sim-core';
import { tempDir } from '../../support/temp-dir';

/** design.md's order, written out independently of the code under test. */
const STABLE = new Set(['USDT', 'USDC', 'USD', 'FDUSD', 'DAI']);
const tiers: VenueId[][] = [['rapidx', 'connex'], ['ltp'], ['treadfi']];

/** Every price the best-ranked venue that prices the asset gives it (RapidX and ConneX rank alike). */
function bestPrices(holdings: readonly Holding[], asset: string): Set<string> | 'stable' | null {
  for (const tier of tiers) {
    const prices = holdings.filter((h) => tier.includes(h.venue) && h.kind === 'token' && h.asset.toUpperCase() === asset && h.priceUsd !== null && new Dec(h.priceUsd).gt(0));
    if (prices.length > 0) return new Set(prices.map((h) => h.priceUsd as string));
  }
  return STABLE.has(asset) ? 'stable' : null;
}

const venues: VenueId[] = ['rapidx', 'connex', 'ltp', 'cadenza', 'treadfi'];

/** Latencies that make Cadenza answer first, in the middle, or last. */
const orders: Record<string, Record<VenueId, number>> = {
  'Cadenza answers first': { cadenza: 0, rapidx: 600, connex: 700, ltp: 800, treadfi: 900 },
  'Cadenza answers between the others': { rapidx: 0, treadfi: 0, cadenza: 400, connex: 900, ltp: 900 },
  'Cadenza answers last': { rapidx: 0, connex: 0, ltp: 0, treadfi: 0, cadenza: 800 },
};

describe('valuation does not depend on the order in which venues answer', () => {
  let env: SimCore;
  afterEach(() => env.stop());

  for (const [name, latency] of Object.entries(orders)) {
    it(`${name}: the first sync of a new data folder values every Cadenza holding from the best-ranked price`, async () => {
      env = await simCore(
        venues.map((venue) => ({ venue, options: { faults: latency[venue] ? [{ kind: 'latency' as const, ms: latency[venue] }] : [] } })),
        { http: { timeoutMs: 20_000, retry: { limit: 0, baseDelayMs: 10, maxDelayMs: 10 } } },
      );
      const outcomes = await env.call('sync.now');
      expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, true, true]);

      const view = await env.call('portfolio.holdings', {});
      const cadenza = view.holdings.filter((h) => h.venue === 'cadenza' && h.kind === 'token');
      expect(cadenza.length).toBeGreaterThan(0);
      let checked = 0;
      for (const holding of cadenza) {
        const expected = bestPrices(view.holdings, holding.asset.toUpperCase());
        if (expected === null) {
          expect(holding.valueUsd, `${holding.asset} is priced by no venue`).toBeNull();
        } else {
          const price = expected === 'stable' ? '1' : holding.priceUsd;
          if (expected !== 'stable') expect([...expected], `${holding.asset} takes the best-ranked price`).toContain(price);
          expect(holding.priceUsd).toBe(price);
          expect(holding.valueUsd).toBe(new Dec(holding.quantity).times(price as string).toFixed());
          checked += 1;
        }
      }
      // The simulators share assets: most Cadenza holdings are priced by a venue that ranks above.
      expect(checked).toBeGreaterThan(cadenza.length / 2);
      const genuinelyUnpriced = view.holdings.filter((h) => h.valueUsd === null);
      expect(view.unpricedCount).toBe(genuinelyUnpriced.length);
      for (const h of genuinelyUnpriced) expect(bestPrices(view.holdings, h.asset.toUpperCase())).toBeNull();

      // One total, to the last digit, wherever it is read.
      const summary = await env.call('portfolio.summary');
      const history = await env.call('history.series', { range: '1d' });
      const out = tempDir('holdfast-order-');
      try {
        const file = join(out.path, 'holdings.csv');
        await saveReport(await env.core.exports.load({ report: 'holdings' }), file);
        const [header, ...rows] = parseCsv(readFileSync(file));
        const valueColumn = (header ?? []).indexOf('valueUsd');
        const csvTotal = sumDecimals(rows.map((r) => r[valueColumn] ?? '').filter((v) => v !== ''));
        expect(view.totalUsd).toBe(sumDecimals(view.holdings.flatMap((h) => (h.valueUsd === null ? [] : [h.valueUsd]))));
        expect(summary.netWorthUsd).toBe(view.totalUsd);
        expect(history.points.at(-1)?.valueUsd).toBe(view.totalUsd);
        expect(csvTotal).toBe(view.totalUsd);
      } finally {
        out.remove();
      }
    });
  }
});
