import { describe, expect, it } from 'vitest';
import type { Connection } from '../../../src/shared/domain/connection';
import { AppError } from '../../../src/shared/errors';
import { requireUniqueLabel } from '../../../src/main/api/unique-label';

const connection = (id: string, label: string): Connection => ({
  id,
  venue: 'rapidx',
  label,
  baseUrl: 'https://api.rapidx.example',
  keyHint: '…abcd',
  enabled: true,
  pollIntervalSec: 60,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('requireUniqueLabel', () => {
  const existing = [connection('a', 'RapidX (demo)'), connection('b', 'Main')];

  it('refuses a label another connection has, ignoring case and spaces, with a sentence on the label field', () => {
    let error: unknown;
    try {
      requireUniqueLabel(existing, ' rapidx (DEMO) ');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).issues).toEqual([{ path: ['label'], message: 'Another connection is already called “RapidX (demo)”; choose a different label.' }]);
  });

  it('lets a connection keep its own label, and an update that leaves the label alone', () => {
    expect(() => requireUniqueLabel(existing, 'Main', 'b')).not.toThrow();
    expect(() => requireUniqueLabel(existing, undefined, 'a')).not.toThrow();
    expect(() => requireUniqueLabel(existing, 'Desk 2')).not.toThrow();
  });
});
