import { describe, expect, it } from 'vitest';
import { NameCache } from '../../../src/main/venues/shared/name-cache';
import { VenueError } from '../../../src/main/venues/shared/venue-error';

describe('the account-name cache', () => {
  it('looks names up once an hour, retries a failure after a quarter of an hour, and keeps the last names meanwhile', async () => {
    let clock = 0;
    const answers: (Map<string, string> | VenueError)[] = [new Map([['1', 'Main']]), new VenueError('rate_limit', 'rapidx', 'too many requests'), new Map([['1', 'Main desk']])];
    let calls = 0;
    const cache = new NameCache(
      async () => {
        const answer = answers[calls++];
        if (answer instanceof VenueError || answer === undefined) throw answer;
        return answer;
      },
      'RapidX portfolio names',
      { now: () => new Date(clock) },
    );
    expect(await cache.get()).toEqual({ names: new Map([['1', 'Main']]), warning: null });
    clock = 59 * 60_000;
    await cache.get();
    expect(calls).toBe(1);
    clock = 60 * 60_000;
    const failed = await cache.get();
    expect(failed.names).toEqual(new Map([['1', 'Main']]));
    expect(failed.warning?.message).toMatch(/^RapidX portfolio names could not be read, so the names read earlier are shown: RapidX is rate-limiting/);
    clock += 14 * 60_000;
    expect((await cache.get()).warning).not.toBeNull();
    expect(calls).toBe(2);
    clock += 60_000;
    expect(await cache.get()).toEqual({ names: new Map([['1', 'Main desk']]), warning: null });
  });

  it('gives reads that overlap one lookup', async () => {
    let calls = 0;
    const cache = new NameCache(
      async () => {
        calls++;
        await Promise.resolve();
        return new Map([['1', 'Main']]);
      },
      'names',
      { now: () => new Date(0) },
    );
    const [a, b] = await Promise.all([cache.get(), cache.get()]);
    expect({ calls, a: a.names.get('1'), b: b.names.get('1') }).toEqual({ calls: 1, a: 'Main', b: 'Main' });
  });

  it('lets an error that is not the venue’s through: a bug must not pass for a missing name', async () => {
    const cache = new NameCache(() => Promise.reject(new TypeError('bug')), 'names', { now: () => new Date(0) });
    await expect(cache.get()).rejects.toThrow(TypeError);
  });
});
