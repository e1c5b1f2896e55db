import type { Connection } from '../../src/shared/domain/connection';

/** A stored connection to nowhere (port 1 answers nothing), overridden where a test cares. */
export function testConnection(overrides: Partial<Connection> = {}): Connection {
  return {
    id: 'c1',
    venue: 'rapidx',
    label: 'Main',
    baseUrl: 'http://127.0.0.1:1',
    keyHint: 'k…y',
    enabled: true,
    pollIntervalSec: 60,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}
