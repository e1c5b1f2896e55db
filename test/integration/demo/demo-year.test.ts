import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryView, HoldingsView, PortfolioSummary, PositionsView } from '../../../src/shared/domain/portfolio';
import type { PriceCheck } from '../../../src/shared/domain/prices';
import type { ChannelInput, Channel } from '../../../src/shared/contract';
import { startDemo, type Demo } from '../../../src/main/demo/start-demo';
import { STABLECOINS } from '../../../src/main/portfolio/price-book';
import { Dec, sumDecimals } from '../../../src/shared/decimal';

const DAY = 86_400_000;
let demo: Demo;

async function call<T>(channel: Channel, input: ChannelInput<Channel>): Promise<T> {
  const reply = await demo.core.dispatch(channel, input);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data as T;
}

const at = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString();

// One demo for the file: it reads five simulators and writes a year, which takes seconds on a busy machine.
beforeAll(async () => {
  demo = await startDemo({ mode: 'cli' });
}, 120_000);
afterAll(async () => {
  await demo?.close();
});

describe('the demo year', () => {
  it('gives every chart range a line with values from start to end', async () => {
    for (const range of ['1d', '1w', '1m', '1y', 'all'] as const) {
      const view = await call<HistoryView>('history.series', { range, maxPoints: 500 });
      const known = view.points.filter((p) => p.valueUsd !== null);
      expect(known.length, range).toBeGreaterThan(view.points.length * 0.95);
      expect(view.points[0]?.valueUsd, range).not.toBeNull();
      expect(new Set(known.map((p) => p.valueUsd)).size, `${range} moves`).toBeGreaterThan(10);
    }
    const all = await call<HistoryView>('history.series', { range: 'all', maxPoints: 500 });
    expect(Date.parse(all.from)).toBeLessThan(Date.now() - 360 * DAY);
  });

  it('leads up to the live reads: the first read after the year continues it, and one lagging quote is the only data check', async () => {
    await call('sync.now', {});
    const now = await call<PortfolioSummary>('portfolio.summary', {});
    const before = await call<HoldingsView>('portfolio.holdings', { at: new Date(Date.now() - 30 * 60_000).toISOString() });
    // The simulators quote one market (within 0.2 %), so Cadenza is worth the same whichever venue priced it.
    const move = new Dec(now.netWorthUsd).div(before.totalUsd).minus(1).abs();
    expect(move.lt('0.01'), `net worth moved ${move.times(100).toFixed(2)} % from the year's last point to the live read`).toBe(true);
    expect((await call<PriceCheck[]>('portfolio.priceChecks', {})).map((check) => check.asset)).toEqual(['BTC']);
  });

  it('has one venue outage, shown as a gap rather than a guess', async () => {
    const year = await call<HistoryView>('history.series', { range: '1y', maxPoints: 2000 });
    const gaps = year.points.filter((p) => p.missing > 0);
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(Date.parse(gap.t)).toBeLessThan(Date.now() - 40 * DAY);
  });

  it('moves stablecoins in and out over the year', async () => {
    const stable = async (daysAgo: number) => {
      const view = await call<HoldingsView>('portfolio.holdings', { at: at(daysAgo) });
      return sumDecimals(view.holdings.filter((h) => STABLECOINS.has(h.asset.toUpperCase())).map((h) => h.quantity));
    };
    const amounts = await Promise.all([300, 200, 100, 30, 0].map(stable));
    expect(new Set(amounts).size).toBe(5);
  });

  it('opens and closes a position that is not held today', async () => {
    const now = await call<PositionsView>('positions.list', {});
    const then = await call<PositionsView>('positions.list', { at: at(120) });
    const today = new Set(now.positions.map((p) => p.asset));
    expect(then.positions.some((p) => !today.has(p.asset))).toBe(true);
    const before = await call<PositionsView>('positions.list', { at: at(200) });
    expect(before.positions.every((p) => today.has(p.asset) === false)).toBe(true);
  });

  it('keeps its own folder and credentials in memory', async () => {
    const info = await call<{ demo: boolean; dataDir: string; keychain: { backend: string } }>('app.info', {});
    expect(info.demo).toBe(true);
    expect(info.dataDir).toBe(demo.dataDir);
    expect(info.keychain.backend).toMatch(/^memory/);
    expect(existsSync(demo.dataDir)).toBe(true);
  });
});
