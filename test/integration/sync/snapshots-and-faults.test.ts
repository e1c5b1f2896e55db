import { afterEach, describe, expect, it } from 'vitest';
import { simCore, type SimCore } from '../../support/sim-core';

describe('snapshots', () => {
  let env: SimCore;
  afterEach(() => env.stop());

  it('stores one snapshot per read; identical reads only confirm it, without storing the holdings again', async () => {
    // The second read happens a second later on the core's clock, whatever the real clock does in between.
    let clock = Date.now();
    env = await simCore(['rapidx'], { now: () => new Date(clock) });
    const [first] = await env.call('sync.now');
    expect(first?.ok).toBe(true);
    const count = (table: string) => env.core.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
    expect(count('holding_sets')).toBe(1);
    const set = env.core.db.prepare('SELECT set_id FROM snapshots').pluck().get() as number;
    const before = env.core.db.prepare('SELECT taken_at, taken_at + confirmed_ms AS confirmed_at FROM snapshots').get() as { taken_at: number; confirmed_at: number };

    clock += 1_000;
    await env.call('sync.now');
    expect(count('snapshots')).toBe(1);
    expect(count('holding_sets')).toBe(1);
    expect(env.core.db.prepare('SELECT set_id FROM snapshots').pluck().get()).toBe(set);
    const after = env.core.db.prepare('SELECT taken_at, taken_at + confirmed_ms AS confirmed_at FROM snapshots').get() as { taken_at: number; confirmed_at: number };
    expect(after.taken_at).toBe(before.taken_at);
    expect(after.confirmed_at).toBeGreaterThan(before.confirmed_at);

    const log = await env.call('sync.log', { id: env.connections[0]?.id ?? '' });
    expect(log.map((e) => e.kind)).toEqual(['ok', 'ok']);
    expect(log[0]?.message).toMatch(/^Read \d+ portfolios, \d+ holdings$/);
  });

  it('the summary net worth is the sum of the holdings shown', async () => {
    env = await simCore(['rapidx', 'rapidx']);
    await env.call('sync.now');
    const summary = await env.call('portfolio.summary');
    const view = await env.call('portfolio.holdings', {});
    expect(summary.netWorthUsd).toBe(view.totalUsd);
    expect(summary.connections.map((c) => c.status)).toEqual(['ok', 'ok']);
    expect(summary.offline).toBe(false);
  });
});

describe('a failing venue keeps its last good data', () => {
  let env: SimCore;
  afterEach(() => env.stop());

  const faults: [string, (sim: SimCore['sims'][number]) => void, string][] = [
    ['garbage', (sim) => sim.faults.set({ kind: 'malformed_json', times: 100 }), 'bad_response'],
    ['schema drift', (sim) => sim.faults.set({ kind: 'schema_drift' }), 'bad_response'],
    ['401 / revoked key', (sim) => sim.faults.set({ kind: 'revoke_tokens' }), 'auth'],
    ['429 forever', (sim) => sim.faults.set({ kind: 'rate_limit', times: 100 }), 'rate_limit'],
    ['timeouts', (sim) => sim.faults.set({ kind: 'timeout', times: 100 }), 'timeout'],
    ['HTML error pages', (sim) => sim.faults.set({ kind: 'html_error', times: 100, status: 502 }), 'server'],
  ];

  for (const [name, inject, kind] of faults) {
    it(`through ${name}: served as before, the error in sync_log and in the outcome`, async () => {
      env = await simCore(['rapidx']);
      await env.call('sync.now');
      const good = await env.call('portfolio.summary');
      const sim = env.sims[0];
      if (!sim) throw new Error('no simulator');
      inject(sim);

      const [outcome] = await env.call('sync.now');
      expect(outcome).toMatchObject({ ok: false, holdings: 0, error: { kind } });
      expect(outcome?.error?.message).toMatch(/^RapidX /);

      const after = await env.call('portfolio.summary');
      expect(after.netWorthUsd).toBe(good.netWorthUsd);
      expect(after.connections[0]).toMatchObject({ status: 'error', holdingCount: good.connections[0]?.holdingCount, lastError: { kind } });
      expect(after.offline).toBe(true);
      const log = await env.call('sync.log', { id: env.connections[0]?.id ?? '' });
      expect(log[0]?.kind).toBe(kind);
      expect(env.core.db.prepare('SELECT COUNT(*) FROM snapshots').pluck().get()).toBe(1);
    });
  }
});
