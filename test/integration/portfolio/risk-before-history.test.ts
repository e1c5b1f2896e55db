import { afterEach, describe, expect, it } from 'vitest';
import { simCore, type SimCore } from '../../support/sim-core';

describe('the risk board before any read has been stored', () => {
  let env: SimCore;
  afterEach(() => env.stop());

  it('is empty, and a failed read reports its own failure (the alert check after it reads the board)', async () => {
    env = await simCore(['treadfi']);
    await env.sims[0]?.close(); // the venue never answers: no snapshot is ever stored
    expect((await env.call('portfolio.risk', {})).accounts).toEqual([]);
    const [outcome] = await env.call('sync.now', {});
    expect(outcome?.ok).toBe(false);
    expect(outcome?.error?.kind).toBe('network');
  });
});
