import { Dec, decimalString, sumDecimals } from '../../shared/decimal';
import type { AccountTotal, Holding, PositionDetail } from '../../shared/domain/holding';
import { STABLECOINS } from '../portfolio/price-book';
import { totalsOf } from '../portfolio/valuation';
import { multiplyDecimals } from './fast-decimal';
import type { PricePath } from './price-path';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** One connection's live read, valued: what the year leads up to. */
export interface PresentRead {
  readonly connectionId: string;
  readonly holdings: readonly Holding[];
  readonly positions: readonly PositionDetail[];
  readonly accountTotals: readonly AccountTotal[];
  readonly accountCount: number;
}

/** A read as it would have been at a past time. */
export interface PastRead {
  readonly holdings: Holding[];
  readonly positions: PositionDetail[];
  readonly accountTotals: AccountTotal[];
  readonly accountCount: number;
  readonly totalUsd: string;
}

/** A stablecoin moved in (positive) or out (negative) of one holding at one time. */
interface CashFlow {
  readonly connectionId: string;
  readonly holding: number;
  readonly atMs: number;
  readonly quantity: string;
}

interface ClosedPosition {
  readonly connectionId: string;
  readonly holding: Holding;
  readonly detail: PositionDetail | null;
  readonly openMs: number;
  readonly closeMs: number;
}

/** What happened in the demo's year, beyond prices moving. */
export interface DemoStory {
  readonly cashFlows: readonly CashFlow[];
  readonly closedPosition: ClosedPosition | null;
  /** Today's positions were opened this long ago; before that they are absent. */
  readonly positionsOpenedMs: number;
  /** One venue nobody could read for half a day: a gap in the history, never a guess. */
  readonly outage: { readonly connectionId: string; readonly fromMs: number; readonly toMs: number } | null;
}

/**
 * When the year is sampled, oldest first, ending before `nowMs`: every two days beyond 90 days, then
 * ever finer (12 h, 4 h, 2 h) to twenty minutes over the last day and a half, so each chart range has
 * points near its own grain while a year stays a few thousand snapshots (start-up time of the demo).
 */
export function sampleTimes(nowMs: number, days = 365): number[] {
  const bands: [olderThanMs: number, stepMs: number][] = [
    [days * DAY, 2 * DAY],
    [90 * DAY, 12 * HOUR],
    [30 * DAY, 4 * HOUR],
    [7 * DAY, 2 * HOUR],
    [36 * HOUR, 20 * MIN],
  ];
  const times: number[] = [];
  bands.forEach(([olderThan, step], i) => {
    const until = nowMs - (bands[i + 1]?.[0] ?? 0);
    const start = nowMs - Math.min(olderThan, days * DAY);
    // The oldest band begins a step before the year does, so the 1Y chart's first point (its start aligned
    // down to the chart's grain) always has a value; the others continue where the band before them ends.
    const from = i === 0 ? Math.floor(start / step) * step - step : Math.ceil(start / step) * step;
    for (let t = from; t < until; t += step) times.push(t);
  });
  return times;
}

const keyOfPosition = (h: Pick<Holding, 'accountId' | 'exchange' | 'asset'>) => `${h.accountId}\u0000${h.exchange ?? ''}\u0000${h.asset}`;

/** The year's events, picked from what the live reads hold: the first stablecoin balance moves, the first position is the template for a closed one. */
export function planStory(reads: readonly PresentRead[], nowMs: number): DemoStory {
  const cashFlows: CashFlow[] = [];
  const cash = reads
    .flatMap((read) => read.holdings.map((h, holding) => ({ read, holding, h })))
    .find(({ h }) => h.kind === 'token' && STABLECOINS.has(h.asset.toUpperCase()) && new Dec(h.quantity).gt(1000));
  if (cash) {
    const q = new Dec(cash.h.quantity);
    const flow = (days: number, share: number) => ({
      connectionId: cash.read.connectionId,
      holding: cash.holding,
      atMs: nowMs - days * DAY,
      quantity: decimalString(q.times(share).toDecimalPlaces(0)),
    });
    cashFlows.push(flow(230, 0.5), flow(150, 0.25), flow(60, -0.2), flow(12, 0.1));
  }
  const template = reads.flatMap((read) => read.holdings.map((h) => ({ read, h }))).find(({ h }) => h.kind === 'position');
  let closedPosition: ClosedPosition | null = null;
  if (template) {
    const taken = new Set(template.read.holdings.map((h) => h.asset.toUpperCase()));
    const asset = ['ETH-PERP', 'SOL-PERP', 'AVAX-PERP', 'DEMO-PERP'].find((a) => !taken.has(a)) ?? 'DEMO-PERP';
    const detail = template.read.positions.find((p) => keyOfPosition(p) === keyOfPosition(template.h)) ?? null;
    closedPosition = {
      connectionId: template.read.connectionId,
      holding: { ...template.h, asset },
      detail: detail && { ...detail, asset },
      openMs: nowMs - 150 * DAY,
      closeMs: nowMs - 95 * DAY,
    };
  }
  const outageVenue = reads[Math.min(2, reads.length - 1)];
  const outageStart = nowMs - 41 * DAY - 3 * HOUR;
  return {
    cashFlows,
    closedPosition,
    positionsOpenedMs: nowMs - 20 * DAY,
    outage: outageVenue ? { connectionId: outageVenue.connectionId, fromMs: outageStart, toMs: outageStart + 13 * HOUR } : null,
  };
}

export function inOutage(story: DemoStory, connectionId: string, atMs: number): boolean {
  const { outage } = story;
  return outage !== null && outage.connectionId === connectionId && atMs >= outage.fromMs && atMs < outage.toMs;
}

/** The connection's read at `atMs`, or null while its venue was out. */
export function pastRead(read: PresentRead, story: DemoStory, path: PricePath, atMs: number): PastRead | null {
  const { closedPosition } = story;
  if (inOutage(story, read.connectionId, atMs)) return null;
  const fetchedAt = new Date(atMs).toISOString();
  const holdings: Holding[] = [];
  const open = new Set<string>();
  read.holdings.forEach((h, index) => {
    if (h.kind === 'position' && atMs < story.positionsOpenedMs) return;
    const later = story.cashFlows.filter((f) => f.connectionId === read.connectionId && f.holding === index && f.atMs > atMs);
    const quantity = later.length === 0 ? h.quantity : decimalString(new Dec(h.quantity).minus(sumDecimals(later.map((f) => f.quantity))));
    holdings.push(atTime(h, quantity, path.factor(h.asset, atMs), fetchedAt));
    if (h.kind === 'position') open.add(keyOfPosition(h));
  });
  const positions = read.positions.filter((p) => open.has(keyOfPosition(p)));
  if (closedPosition && closedPosition.connectionId === read.connectionId && atMs >= closedPosition.openMs && atMs < closedPosition.closeMs) {
    const h = closedPosition.holding;
    holdings.push(atTime(h, h.quantity, path.factor(h.asset, atMs), fetchedAt));
    if (closedPosition.detail) positions.push(closedPosition.detail);
  }
  return {
    holdings,
    positions,
    accountTotals: scaledAccountTotals(read, holdings),
    accountCount: read.accountCount,
    totalUsd: totalsOf(holdings).totalUsd,
  };
}

function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

function scale(value: string | null, by: string, places: number): string | null {
  return value === null ? null : by === '1' ? value : multiplyDecimals(value, by, places);
}

function atTime(h: Holding, quantity: string, factor: number, fetchedAt: string): Holding {
  const f = factor.toFixed(8);
  const ratio = h.quantity === quantity || new Dec(h.quantity).isZero() ? '1' : new Dec(quantity).div(h.quantity).toDecimalPlaces(12).toFixed();
  const valueBy = ratio === '1' ? f : multiplyDecimals(f, ratio, 20);
  // A small price keeps its digits: eight decimals would flatten a price of 0.00001234.
  const priceUsd = h.priceUsd === null ? null : multiplyDecimals(h.priceUsd, f, Math.max(8, decimalsOf(h.priceUsd)));
  // A priced token is worth its quantity at its price; anything else moves with its asset.
  const valueUsd = h.kind === 'token' && priceUsd !== null && h.valueUsd !== null ? multiplyDecimals(quantity, priceUsd, 8) : scale(h.valueUsd, valueBy, 8);
  return {
    ...h,
    quantity,
    available: scale(h.available, ratio, 18),
    locked: scale(h.locked, ratio, 18),
    equity: scale(h.equity, valueBy, 8),
    priceUsd,
    valueUsd,
    exposureUsd: scale(h.exposureUsd, valueBy, 8),
    unrealizedPnl: scale(h.unrealizedPnl, f, 8),
    sourceUpdatedAt: h.sourceUpdatedAt === null ? null : fetchedAt,
    fetchedAt,
  };
}

/** A venue's own account total moves with the account, so the reconciliation check still agrees in the past. */
function scaledAccountTotals(read: PresentRead, past: readonly Holding[]): AccountTotal[] {
  const sumOf = (holdings: readonly Holding[], accountId: string) =>
    sumDecimals(holdings.filter((h) => h.accountId === accountId && h.valueUsd !== null).map((h) => h.valueUsd as string));
  return read.accountTotals.map((total) => {
    const now = new Dec(sumOf(read.holdings, total.accountId));
    if (now.isZero()) return total;
    return { ...total, reportedUsd: decimalString(new Dec(total.reportedUsd).times(new Dec(sumOf(past, total.accountId)).div(now)).toDecimalPlaces(8)) };
  });
}
