import { afterEach, describe, expect, it } from 'vitest';
import { Dec } from '../../../src/shared/decimal';
import { simCore, type SimCore } from '../../support/sim-core';

/** Cadenza's simulator holds EUR, which none of the venues prices: the case a manual price is for. */
describe('manual prices', () => {
  let env: SimCore;
  afterEach(() => env.stop());

  it('value an asset no venue prices once set, by reading its connections again, and unprice it once removed', async () => {
    env = await simCore(['rapidx', 'cadenza']);
    await env.call('sync.now');
    const cadenza = env.connections[1];
    const before = await env.call('portfolio.summary');
    const eur = before.unpriced.find((u) => u.asset === 'EUR');
    if (!eur || !cadenza) throw new Error('the Cadenza simulator holds no unpriced EUR');
    expect(eur.indicative).toBeNull();
    expect(eur.places.every((p) => p.connectionId === cadenza.id && p.venue === 'cadenza')).toBe(true);

    // Bad input changes nothing.
    await expect(env.call('prices.set', { asset: 'EUR', price: '1,08' })).rejects.toThrow('"1,08" is not a price: write a positive number of US dollars, such as 1.08.');
    expect(await env.call('prices.list')).toEqual([]);

    const snapshots = () => (env.core.db.prepare('SELECT COUNT(*) FROM snapshots s JOIN series c ON c.id = s.series WHERE c.connection_id = ?').pluck().get(cadenza.id) as number);
    const count = snapshots();
    const change = await env.call('prices.set', { asset: 'eur', price: '1.08' });
    expect(change.resynced).toBe(1);
    expect(change.prices).toEqual([{ asset: 'EUR', priceUsd: '1.08', setAt: expect.any(String) }]);
    expect(snapshots()).toBe(count + 1);

    const view = await env.call('portfolio.holdings', {});
    const rows = view.holdings.filter((h) => h.asset === 'EUR');
    expect(rows.length).toBeGreaterThan(0);
    for (const h of rows) expect([h.priceUsd, h.valueUsd]).toEqual(['1.08', new Dec(h.quantity).times('1.08').toFixed()]);
    expect(view.bookPrices.filter((b) => b.asset === 'EUR')).toEqual([{ connectionId: cadenza.id, asset: 'EUR', priceUsd: '1.08', origin: { kind: 'manual', venue: null, connectionId: null, at: change.prices[0]?.setAt } }]);
    expect(view.unpriced.map((u) => u.asset)).not.toContain('EUR');

    // A Cadenza price from the book names the venue, connection and snapshot that gave it.
    const btc = view.bookPrices.find((b) => b.asset === 'BTC');
    expect(btc?.origin).toMatchObject({ kind: 'book', venue: 'rapidx', connectionId: env.connections[0]?.id });

    const removed = await env.call('prices.remove', { asset: 'EUR' });
    expect(removed).toEqual({ prices: [], resynced: 1 });
    expect((await env.call('portfolio.summary')).unpriced.map((u) => u.asset)).toContain('EUR');
    await expect(env.call('prices.remove', { asset: 'EUR' })).rejects.toThrow('There is no manual price for EUR.');
  });
});
