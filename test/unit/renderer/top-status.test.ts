import { describe, expect, it } from 'vitest';
import type { ConnectionHealth, PortfolioSummary } from '../../../src/shared/domain/portfolio';
import { topStatus } from '../../../src/renderer/src/status/top-status';

function health(label: string, status: ConnectionHealth['status'], confirmedAt: string | null = '2026-01-01T00:00:00.000Z'): ConnectionHealth {
  return { connectionId: label, venue: 'treadfi', label, status, lastSnapshotAt: confirmedAt, confirmedAt, ageSec: 5, totalUsd: '1', holdingCount: 1, lastError: null };
}

function summary(connections: ConnectionHealth[], offline = false): PortfolioSummary {
  return { asOf: '2026-01-01T00:00:00.000Z', netWorthUsd: '1', unpricedCount: 0, offline, connections, reconciliation: [], changes: [], unpriced: [] };
}

const none = { error: null, unreachable: false, at: null };

describe('topStatus', () => {
  it('is Loading before the first summary, and while no connection has been read', () => {
    expect(topStatus({ ...none, summary: null }).kind).toBe('loading');
    expect(topStatus({ ...none, summary: summary([health('A', 'never', null)]) }).kind).toBe('loading');
  });

  it('is Live only when every enabled connection is fine', () => {
    expect(topStatus({ ...none, summary: summary([health('A', 'ok'), health('B', 'paused'), health('C', 'disabled')]) }).kind).toBe('live');
  });

  it('is Stale beside a stale or failing connection, never Live', () => {
    expect(topStatus({ ...none, summary: summary([health('A', 'ok'), health('B', 'error')]) })).toEqual({ kind: 'stale', detail: 'B is failing' });
    expect(topStatus({ ...none, summary: summary([health('A', 'stale'), health('B', 'error')]) }).detail).toBe('2 connections stale or failing');
  });

  it('is Offline when the server does not answer, a poll fails, or every venue fails, whatever else holds', () => {
    const fine = summary([health('A', 'ok')]);
    expect(topStatus({ ...none, summary: fine, unreachable: true, error: 'x' }).detail).toMatch(/not answering/);
    expect(topStatus({ ...none, summary: fine, error: 'session ended' })).toEqual({ kind: 'offline', detail: 'session ended' });
    expect(topStatus({ ...none, summary: summary([health('A', 'error')], true), at: '2026-01-01T00:00:00.000Z' }).kind).toBe('offline');
  });

  it('is Past while a past instant is shown', () => {
    expect(topStatus({ ...none, summary: summary([health('A', 'stale')]), at: '2025-12-01T00:00:00.000Z' }).kind).toBe('past');
  });
});
