import { describe, expect, it } from 'vitest';
import { conditionsNow } from '../../../src/main/alerts/conditions';
import { crossings, type Condition } from '../../../src/main/alerts/crossings';
import { defaultAlertSettings } from '../../../src/shared/domain/settings-defaults';
import type { RiskAccount } from '../../../src/shared/domain/risk';
import { MINUTE } from '../../../src/shared/time';

const account = (nearestLiquidation: string | null, accountStatus: string | null): RiskAccount => ({
  connectionId: 'rx',
  venue: 'rapidx',
  accountId: 'p1',
  accountLabel: 'Main',
  exchange: 'BINANCE',
  equityUsd: null,
  maintMarginUsd: null,
  uniMMR: null,
  riskRatio: null,
  accountStatus,
  nearestLiquidation,
  positions: [],
});
const quiet = { nowMs: 100 * MINUTE, failing: [], accounts: [], netWorth: { nowUsd: '100', thenUsd: '100' } };

describe('alert conditions', () => {
  it('a connection failing for longer than its line', () => {
    const failing = [{ connectionId: 'c1', label: 'Desk', sinceMs: 100 * MINUTE - 31 * MINUTE, message: 'Tread.fi rejected the token.' }];
    expect(conditionsNow(defaultAlertSettings, { ...quiet, failing }).map((c) => c.key)).toEqual(['connection:c1']);
    expect(conditionsNow(defaultAlertSettings, { ...quiet, failing: [{ ...failing[0]!, sinceMs: 100 * MINUTE - 29 * MINUTE }] })).toEqual([]);
  });

  it('an account closer to liquidation than the line, or out of NORMAL', () => {
    expect(conditionsNow(defaultAlertSettings, { ...quiet, accounts: [account('0.0999', 'NORMAL')] }).map((c) => c.kind)).toEqual(['liquidation-near']);
    expect(conditionsNow(defaultAlertSettings, { ...quiet, accounts: [account('0.1', 'NORMAL')] })).toEqual([]);
    expect(conditionsNow(defaultAlertSettings, { ...quiet, accounts: [account(null, 'MARGIN_CALL')] }).map((c) => c.kind)).toEqual(['account-status']);
    expect(conditionsNow(defaultAlertSettings, { ...quiet, accounts: [account(null, null)] })).toEqual([]);
  });

  it('net worth moving more than the line within the window, either way; no baseline, no alert', () => {
    expect(conditionsNow(defaultAlertSettings, { ...quiet, netWorth: { nowUsd: '94.9', thenUsd: '100' } }).map((c) => c.title)).toEqual(['Net worth down 5.1 %']);
    expect(conditionsNow(defaultAlertSettings, { ...quiet, netWorth: { nowUsd: '105', thenUsd: '100' } })).toEqual([]);
    expect(conditionsNow(defaultAlertSettings, { ...quiet, netWorth: { nowUsd: '500', thenUsd: null } })).toEqual([]);
  });

  it('a switched-off alert never fires', () => {
    const off = { ...defaultAlertSettings, netWorthMove: { ...defaultAlertSettings.netWorthMove, enabled: false } };
    expect(conditionsNow(off, { ...quiet, netWorth: { nowUsd: '50', thenUsd: '100' } })).toEqual([]);
  });
});

describe('crossings', () => {
  const c: Condition = { kind: 'net-worth-move', key: 'net-worth:down', title: 't', message: 'm' };
  it('fires once when a condition starts to hold, stays quiet while it holds, and again only after it cleared', () => {
    const first = crossings(new Set(), [c]);
    expect(first.fired).toEqual([c]);
    const holding = crossings(first.active, [c]);
    expect(holding.fired).toEqual([]);
    const cleared = crossings(holding.active, []);
    expect(cleared.fired).toEqual([]);
    expect(crossings(cleared.active, [c]).fired).toEqual([c]);
  });
});
