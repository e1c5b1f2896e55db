import { afterEach, describe, expect, it } from 'vitest';
import { simCore, type SimCore } from '../../support/sim-core';

/** Every cell of a CSV report's column, by its header name. */
async function column(env: SimCore, report: 'positions' | 'holdings', name: string): Promise<string[]> {
  const { table } = await env.core.exports.load({ report });
  const index = table.header.indexOf(name);
  return [...table.rows].map((row) => row[index] as string);
}

describe('account names: the user\'s alias, else the venue\'s name, else the id', () => {
  let env: SimCore;
  afterEach(() => env.stop());

  it('an alias names the account in holdings, positions, risk, exposure, CSV and the past; clearing it brings the venue\'s name back', async () => {
    env = await simCore(['rapidx', 'cadenza']);
    await env.call('sync.now', {});
    const rapidx = env.connections[0]!;
    const accounts = await env.call('accounts.list', {});
    // RapidX names its portfolios: the venue's name is kept beside the id.
    const target = accounts.find((a) => a.connectionId === rapidx.id && a.venueName !== null)!;
    const risk = await env.call('portfolio.risk', {});
    const tradingAccount = risk.accounts.find((a) => a.connectionId === rapidx.id && a.positions.length > 0)!;
    expect(tradingAccount.accountLabel).toBe(accounts.find((a) => a.accountId === tradingAccount.accountId)?.venueName);
    const accountId = tradingAccount.accountId;
    expect(target).toBeDefined();

    const named = await env.call('accounts.setAlias', { connectionId: rapidx.id, accountId, alias: '  Main hedge book  ' });
    expect(named).toMatchObject({ accountId, alias: 'Main hedge book', label: 'Main hedge book' });
    expect(named.venueName).toBe(tradingAccount.accountLabel);

    const mine = <T extends { connectionId: string; accountId: string }>(rows: readonly T[]) => rows.filter((r) => r.connectionId === rapidx.id && r.accountId === accountId);
    const holdings = await env.call('portfolio.holdings', { groupBy: 'account' });
    expect(mine(holdings.holdings).map((h) => h.accountLabel)).toEqual(mine(holdings.holdings).map(() => 'Main hedge book'));
    expect(holdings.groups?.map((g) => g.key)).toContain('rapidx:Main hedge book');
    expect(new Set(mine((await env.call('positions.list', {})).positions).map((p) => p.accountLabel))).toEqual(new Set(['Main hedge book']));
    expect(new Set(mine((await env.call('portfolio.risk', {})).accounts).map((a) => a.accountLabel))).toEqual(new Set(['Main hedge book']));
    const legs = (await env.call('portfolio.exposure', {})).underlyings.flatMap((u) => u.legs);
    expect(new Set(mine(legs).map((l) => l.accountLabel))).toEqual(new Set(['Main hedge book']));
    // Other accounts keep their venue's names.
    expect(legs.filter((l) => l.accountId !== accountId).some((l) => l.accountLabel === 'Main hedge book')).toBe(false);
    expect(await column(env, 'positions', 'accountLabel')).toContain('Main hedge book');
    expect(await column(env, 'holdings', 'accountLabel')).toContain('Main hedge book');

    // Snapshots keep the venue's label: the name applies to an instant read before it was given.
    const { last } = await env.call('history.bounds', {});
    const past = await env.call('portfolio.holdings', { at: last! });
    expect(past.past).toBe(true);
    expect(new Set(mine(past.holdings).map((h) => h.accountLabel))).toEqual(new Set(['Main hedge book']));

    const cleared = await env.call('accounts.setAlias', { connectionId: rapidx.id, accountId, alias: '' });
    expect(cleared).toMatchObject({ alias: null, label: tradingAccount.accountLabel });
    expect(new Set(mine((await env.call('portfolio.holdings', {})).holdings).map((h) => h.accountLabel))).toEqual(new Set([tradingAccount.accountLabel]));
  });

  it('refuses a bad name or an unknown account with a sentence, and removing the connection removes its names', async () => {
    env = await simCore(['cadenza']);
    await env.call('sync.now', {});
    const [account] = await env.call('accounts.list', {});
    const connectionId = env.connections[0]!.id;
    const set = (alias: string, accountId = account!.accountId) => env.core.dispatch('accounts.setAlias', { connectionId, accountId, alias });

    expect(await set('x'.repeat(65))).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'alias: An account name must be at most 64 characters.' } });
    expect(await set('Two\nlines')).toMatchObject({ ok: false, error: { message: 'alias: An account name cannot contain line breaks or control characters.' } });
    expect(await set('Desk', 'no-such-account')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // 64 characters as a person counts them, emoji included.
    expect(await set('€'.repeat(63) + '🦊')).toMatchObject({ ok: true });
    expect((await env.call('accounts.list', {})).find((a) => a.accountId === account!.accountId)?.alias).toBe('€'.repeat(63) + '🦊');

    await env.call('connections.remove', { id: connectionId });
    expect(env.core.db.prepare('SELECT COUNT(*) FROM account_aliases').pluck().get()).toBe(0);
    expect(await env.call('accounts.list', {})).toEqual([]);
  });
});

describe('history bounds and "as of" before history starts', () => {
  let env: SimCore;
  afterEach(() => env.stop());

  it('has no bounds before the first read, then the first and newest snapshot; an instant before the first is refused with its time', async () => {
    env = await simCore(['treadfi']);
    expect(await env.call('history.bounds', {})).toEqual({ first: null, last: null });
    const early = new Date(Date.now() - 60_000).toISOString();
    expect(await env.core.dispatch('portfolio.holdings', { at: early })).toMatchObject({ ok: false, error: { message: 'No snapshots are stored yet, so there is no past to show; sync first.' } });

    await env.call('sync.now', {});
    const bounds = await env.call('history.bounds', {});
    expect(bounds.first).not.toBeNull();
    expect(Date.parse(bounds.last!)).toBeGreaterThanOrEqual(Date.parse(bounds.first!));

    const before = new Date(Date.parse(bounds.first!) - 1).toISOString();
    for (const channel of ['portfolio.holdings', 'positions.list', 'portfolio.exposure', 'portfolio.risk'] as const) {
      expect(await env.core.dispatch(channel, { at: before })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: `History starts ${bounds.first} — pick a later time.` } });
    }
    await expect(env.core.exports.load({ report: 'holdings', at: before })).rejects.toThrow(`History starts ${bounds.first}`);
    // The first instant itself shows the first snapshot.
    const first = await env.call('portfolio.holdings', { at: bounds.first! });
    expect(first.holdings.length).toBeGreaterThan(0);
    // A change from before history starts stays defined: everything held since appeared.
    expect((await env.call('portfolio.changes', { from: before })).netWorthFromUsd).toBe('0');
  });
});
