import { Alert, type Alert as AlertEntry, type AlertSettings } from '../../shared/domain/alerts';
import type { Connection } from '../../shared/domain/connection';
import { MINUTE } from '../../shared/time';
import type { EventBus } from '../event-bus';
import type { Logger } from '../log/logger';
import type { Portfolio } from '../portfolio/portfolio';
import { isFailedRead } from '../portfolio/summary';
import type { SettingsRepo } from '../store/settings-repo';
import type { SyncLogRepo } from '../store/sync-log-repo';
import { conditionsNow, type FailingConnection } from './conditions';
import { crossings } from './crossings';

/** The alert log keeps the newest few; older ones are of no use once read. */
const LOG_SIZE = 50;
const LOG_KEY = 'alertLog';
/** How far back a run of failures is looked for in the sync log. */
const FAILURE_LOOKBACK = 200;

export interface AlertDeps {
  readonly portfolio: Portfolio;
  readonly connections: () => readonly Connection[];
  readonly syncLog: SyncLogRepo;
  readonly store: SettingsRepo;
  readonly settings: () => AlertSettings;
  readonly events: EventBus;
  readonly now: () => Date;
  readonly log: Pick<Logger, 'error'>;
}

/**
 * Watches the portfolio after every read and once a minute, and fires each alert once per crossing.
 * What is active is remembered per process; the log of what fired is stored.
 */
export class AlertService {
  private active = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly deps: AlertDeps) {}

  start(): void {
    // Every finished read, good or failed, can move a line: values, margins, a run of failures.
    this.unsubscribe = this.deps.events.on('sync.progress', (progress) => {
      if (progress.phase === 'finished') this.watch();
    });
    // A connection that keeps failing crosses its line with time alone, with no read to announce it.
    this.timer = setInterval(() => this.watch(), MINUTE);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.unsubscribe?.();
  }

  /** The newest alerts first. */
  log(): AlertEntry[] {
    const stored = this.deps.store.get(LOG_KEY);
    const parsed = Alert.array().safeParse(stored);
    return parsed.success ? parsed.data : [];
  }

  /**
   * A check in the background: a failure is logged and the next read or minute tries again. Thrown from
   * the timer it would end the process, and from the event it would fail the read that announced it.
   */
  private watch(): void {
    try {
      this.check();
    } catch (error) {
      this.deps.log.error('checking alerts failed', error);
    }
  }

  /** Evaluates every condition now and fires those that just crossed their line. */
  check(): AlertEntry[] {
    const settings = this.deps.settings();
    const nowMs = this.deps.now().getTime();
    const summary = this.deps.portfolio.summary();
    const conditions = conditionsNow(settings, {
      nowMs,
      failing: this.failing(),
      accounts: this.deps.portfolio.risk({}).accounts,
      netWorth: { nowUsd: summary.netWorthUsd, thenUsd: this.deps.portfolio.netWorthAt(nowMs - settings.netWorthMove.windowMinutes * MINUTE).valueUsd },
    });
    const { fired, active } = crossings(this.active, conditions);
    this.active = active;
    const at = new Date(nowMs).toISOString();
    const alerts = fired.map((c) => ({ ...c, at }));
    if (alerts.length > 0) {
      this.deps.store.set(LOG_KEY, [...[...alerts].reverse(), ...this.log()].slice(0, LOG_SIZE));
      for (const alert of alerts) this.deps.events.emit('alert.fired', alert);
    }
    return alerts;
  }

  /** Enabled connections whose latest reads failed, with when that run of failures began. */
  private failing(): FailingConnection[] {
    const result: FailingConnection[] = [];
    for (const connection of this.deps.connections()) {
      if (!connection.enabled) continue;
      const outcomes = this.deps.syncLog.recent(connection.id, FAILURE_LOOKBACK).filter((e) => e.kind !== 'warning');
      const run = [];
      for (const entry of outcomes) {
        if (!isFailedRead(entry.kind)) break;
        run.push(entry);
      }
      const oldest = run.at(-1);
      const newest = run[0];
      if (oldest && newest) result.push({ connectionId: connection.id, label: connection.label, sinceMs: Date.parse(oldest.at), message: newest.message });
    }
    return result;
  }
}
