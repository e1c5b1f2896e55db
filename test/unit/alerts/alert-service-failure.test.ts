import { afterEach, describe, expect, it, vi } from 'vitest';
import { AlertService } from '../../../src/main/alerts/alert-service';
import { EventBus } from '../../../src/main/event-bus';
import type { Portfolio } from '../../../src/main/portfolio/portfolio';
import type { SettingsRepo } from '../../../src/main/store/settings-repo';
import type { SyncLogRepo } from '../../../src/main/store/sync-log-repo';
import { defaultSettings } from '../../../src/shared/domain/settings-defaults';
import { MINUTE } from '../../../src/shared/time';

/** A portfolio that cannot answer: a damaged store, or a rule that throws on data it did not expect. */
const failingPortfolio = {
  summary: () => {
    throw new Error('no such table: snapshots');
  },
} as unknown as Portfolio;

function serviceWithFailingPortfolio() {
  const events = new EventBus();
  const logged: string[] = [];
  const service = new AlertService({
    portfolio: failingPortfolio,
    connections: () => [],
    syncLog: { recent: () => [] } as unknown as SyncLogRepo,
    store: { get: () => undefined, set: () => undefined } as unknown as SettingsRepo,
    settings: () => defaultSettings.alerts,
    events,
    now: () => new Date(),
    log: { error: (message: string, error?: unknown) => logged.push(`${message}: ${String(error)}`) },
  });
  return { service, events, logged };
}

describe('alert checks in the background', () => {
  afterEach(() => vi.useRealTimers());

  it('a failing minute check is logged and the next minute checks again, instead of ending the process', () => {
    vi.useFakeTimers();
    const { service, logged } = serviceWithFailingPortfolio();
    service.start();
    try {
      expect(() => vi.advanceTimersByTime(MINUTE)).not.toThrow();
      expect(logged).toEqual(['checking alerts failed: Error: no such table: snapshots']);
      vi.advanceTimersByTime(MINUTE);
      expect(logged).toHaveLength(2);
    } finally {
      service.stop();
    }
  });

  it('a failing check after a read is logged and does not fail the read that announced it', () => {
    const { service, events, logged } = serviceWithFailingPortfolio();
    service.start();
    try {
      expect(() => events.emit('sync.progress', { connectionId: 'c1', phase: 'finished', outcome: null })).not.toThrow();
      expect(logged).toHaveLength(1);
    } finally {
      service.stop();
    }
  });

  it('asked directly, the check still reports its failure', () => {
    const { service } = serviceWithFailingPortfolio();
    expect(() => service.check()).toThrow('no such table');
  });
});
