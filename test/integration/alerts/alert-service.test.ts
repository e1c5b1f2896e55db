import { afterEach, describe, expect, it } from 'vitest';
import type { Alert } from '../../../src/shared/domain/alerts';
import { MINUTE } from '../../../src/shared/time';
import { simCore, type SimCore } from '../../support/sim-core';

describe('alerts from real reads', () => {
  let env: SimCore;
  afterEach(() => env.stop());

  it('a failing connection fires once past its line, not on every failed read, and again after it recovered and failed anew', async () => {
    const clock = { offsetMs: 0 };
    env = await simCore(['treadfi'], { now: () => new Date(Date.now() + clock.offsetMs), mode: 'browser' });
    const fired: Alert[] = [];
    env.core.events.on('alert.fired', (alert) => fired.push(alert));
    await env.call('settings.update', { alerts: { connectionFailing: { enabled: true, minutes: 10 }, liquidation: { enabled: false, distancePct: '10' }, netWorthMove: { enabled: false, pct: '5', windowMinutes: 60 } } });
    env.core.startPolling();
    await env.call('sync.pause', {});
    await env.call('sync.now', {});
    const sim = env.sims[0];
    if (!sim) throw new Error('no simulator');

    sim.faults.set({ kind: 'revoke_tokens' });
    await env.call('sync.now', {});
    expect(fired).toEqual([]);
    clock.offsetMs = 11 * MINUTE;
    await env.call('sync.now', {});
    expect(fired.map((a) => a.kind)).toEqual(['connection-failing']);
    clock.offsetMs = 12 * MINUTE;
    await env.call('sync.now', {});
    expect(fired).toHaveLength(1);

    sim.faults.clear();
    clock.offsetMs = 13 * MINUTE;
    await env.call('sync.now', {});
    sim.faults.set({ kind: 'revoke_tokens' });
    clock.offsetMs = 14 * MINUTE;
    await env.call('sync.now', {});
    expect(fired).toHaveLength(1);
    clock.offsetMs = 25 * MINUTE;
    await env.call('sync.now', {});
    expect(fired.map((a) => a.kind)).toEqual(['connection-failing', 'connection-failing']);
    // The log keeps them, newest first.
    expect((await env.call('alerts.list', {})).map((a) => a.at)).toEqual([...fired].reverse().map((a) => a.at));
  });
});
