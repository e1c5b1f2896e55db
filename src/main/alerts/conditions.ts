import { Dec } from '../../shared/decimal';
import type { AlertSettings } from '../../shared/domain/alerts';
import type { RiskAccount } from '../../shared/domain/risk';
import { MINUTE } from '../../shared/time';
import type { Condition } from './crossings';

export interface FailingConnection {
  readonly connectionId: string;
  readonly label: string;
  /** When the current run of failed reads began. */
  readonly sinceMs: number;
  readonly message: string;
}

export interface AlertInputs {
  readonly nowMs: number;
  readonly failing: readonly FailingConnection[];
  readonly accounts: readonly RiskAccount[];
  /** Net worth now and at the start of the window (null: no data then). */
  readonly netWorth: { readonly nowUsd: string; readonly thenUsd: string | null };
}

const pct = (fraction: Dec) => `${fraction.times(100).toDecimalPlaces(2).toFixed()} %`;
const accountName = (a: RiskAccount) => `${a.accountLabel}${a.exchange ? ` (${a.exchange})` : ''}`;

/** Every alert condition that holds now, under the user's thresholds. */
export function conditionsNow(settings: AlertSettings, inputs: AlertInputs): Condition[] {
  const conditions: Condition[] = [];
  if (settings.connectionFailing.enabled) {
    for (const f of inputs.failing) {
      const minutes = Math.floor((inputs.nowMs - f.sinceMs) / MINUTE);
      if (minutes < settings.connectionFailing.minutes) continue;
      conditions.push({ kind: 'connection-failing', key: `connection:${f.connectionId}`, title: `${f.label} is not being read`, message: `Reads have failed for ${minutes} minutes: ${f.message}` });
    }
  }
  if (settings.liquidation.enabled) {
    const line = new Dec(settings.liquidation.distancePct).div(100);
    for (const a of inputs.accounts) {
      const id = `${a.connectionId}:${a.accountId}:${a.exchange ?? ''}`;
      if (a.accountStatus !== null && a.accountStatus.toUpperCase() !== 'NORMAL') {
        conditions.push({ kind: 'account-status', key: `status:${id}`, title: `${accountName(a)}: ${a.accountStatus}`, message: `The venue reports the account as ${a.accountStatus}.` });
      }
      if (a.nearestLiquidation !== null && new Dec(a.nearestLiquidation).lt(line)) {
        conditions.push({ kind: 'liquidation-near', key: `liquidation:${id}`, title: `${accountName(a)} is near liquidation`, message: `A position is ${pct(new Dec(a.nearestLiquidation))} from its liquidation price (alert below ${settings.liquidation.distancePct} %).` });
      }
    }
  }
  const { nowUsd, thenUsd } = inputs.netWorth;
  if (settings.netWorthMove.enabled && thenUsd !== null && !new Dec(thenUsd).isZero()) {
    const move = new Dec(nowUsd).minus(thenUsd).div(thenUsd);
    if (move.abs().gt(new Dec(settings.netWorthMove.pct).div(100))) {
      const direction = move.isNegative() ? 'down' : 'up';
      conditions.push({
        kind: 'net-worth-move',
        key: `net-worth:${direction}`,
        title: `Net worth ${direction} ${pct(move.abs())}`,
        message: `Net worth moved ${direction} ${pct(move.abs())} within ${settings.netWorthMove.windowMinutes} minutes (alert above ${settings.netWorthMove.pct} %).`,
      });
    }
  }
  return conditions;
}
