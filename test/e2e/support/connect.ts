import type { Page } from '@playwright/test';
import type { RunningTreadfiSimulator } from '../../../src/main/venues/treadfi/simulator/server';
import { call } from './api';

/** Adds a Tread.fi connection to `sim` through the API and reads it once; returns the connection id. */
export async function connectAndSync(page: Page, sim: RunningTreadfiSimulator, label: string): Promise<string> {
  const connection = await call(page, 'connections.add', { venue: 'treadfi', label, baseUrl: sim.baseUrl, credentials: sim.credentials });
  const outcomes = await call(page, 'sync.now', { connectionId: connection.id });
  if (!outcomes.every((o) => o.ok)) throw new Error(`sync of ${label} failed: ${JSON.stringify(outcomes)}`);
  return connection.id;
}
