import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/app-error';
import { requireUniqueLabel } from '../../../src/main/api/unique-label';
import { testConnection } from '../../support/connection';


describe('requireUniqueLabel', () => {
  const existing = [testConnection({ id: 'a', label: 'RapidX (demo)' }), testConnection({ id: 'b', label: 'Main' })];

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
