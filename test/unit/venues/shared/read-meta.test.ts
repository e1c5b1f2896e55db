import { expect, it } from 'vitest';
import { readMetaOf } from '../../../../src/main/venues/shared/read-meta';

it('dates a read once, by the client clock, in ISO-8601 UTC', () => {
  let calls = 0;
  const now = () => {
    calls++;
    return new Date(Date.UTC(2026, 10, 29, 22, 0, 0, 5));
  };
  expect(readMetaOf({ connectionId: 'c1', now })).toEqual({ connectionId: 'c1', fetchedAt: '2026-11-29T22:00:00.005Z' });
  expect(calls).toBe(1);
});
