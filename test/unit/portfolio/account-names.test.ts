import { describe, expect, it } from 'vitest';
import { AccountNames, accountLabelOf, venueNameOf } from '../../../src/main/portfolio/account-names';
import { AccountAliasText } from '../../../src/shared/domain/account';
import { beforeHistory } from '../../../src/shared/domain/history-bounds';

describe('an account\'s name', () => {
  it('is the alias, else the venue\'s name, else the id', () => {
    expect(accountLabelOf('Hedge book', 'alpha', '42')).toBe('Hedge book');
    expect(accountLabelOf(null, 'alpha', '42')).toBe('alpha');
    expect(accountLabelOf(null, null, '42')).toBe('42');
  });

  it('reads the venue\'s name from a stored label, which is the id where the venue gave none', () => {
    expect(venueNameOf('alpha', '42')).toBe('alpha');
    expect(venueNameOf('42', '42')).toBeNull();
    expect(venueNameOf('', '42')).toBeNull();
  });

  it('applies aliases per connection and account, leaving stored rows untouched', () => {
    const names = new AccountNames([{ connectionId: 'c1', accountId: '42', alias: 'Hedge book' }]);
    expect(names.labelOf('c1', '42', 'alpha')).toBe('Hedge book');
    expect(names.labelOf('c2', '42', 'alpha')).toBe('alpha');
    expect(names.labelOf('c1', '43', '43')).toBe('43');
    const stored = [{ accountId: '42', accountLabel: 'alpha', reportedUsd: '1' }] as const;
    expect(names.relabel('c1', stored)).toEqual([{ accountId: '42', accountLabel: 'Hedge book', reportedUsd: '1' }]);
    expect(stored[0].accountLabel).toBe('alpha');
    expect(names.account('c1', 'rapidx', '42', 'alpha')).toEqual({ connectionId: 'c1', venue: 'rapidx', accountId: '42', venueName: 'alpha', alias: 'Hedge book', label: 'Hedge book' });
    expect(new AccountNames([]).account('c1', 'ltp', '7', '7')).toMatchObject({ venueName: null, alias: null, label: '7' });
  });
});

describe('an alias as typed', () => {
  const parse = (text: string) => AccountAliasText.safeParse(text);
  it('is trimmed; empty clears it', () => {
    expect(parse('  Main hedge book ').data).toBe('Main hedge book');
    expect(parse('   ').data).toBe('');
  });
  it('is at most 64 characters as a person counts them', () => {
    expect(parse('🦊'.repeat(64)).success).toBe(true);
    expect(parse('a'.repeat(65)).error?.issues[0]?.message).toBe('An account name must be at most 64 characters.');
  });
  it('refuses line breaks, control characters and bidi overrides', () => {
    for (const bad of ['a\nb', 'a\tb', 'a\u0007', 'a\u2028b', 'evil\u202Eexe']) {
      expect(parse(bad).error?.issues[0]?.message).toBe('An account name cannot contain line breaks or control characters.');
    }
  });
});

describe('an instant before history starts', () => {
  const bounds = { first: '2026-03-12T10:00:00.000Z', last: '2026-11-29T10:00:00.000Z' };
  it('is any instant before the first snapshot, or any at all when nothing is stored', () => {
    expect(beforeHistory(Date.parse(bounds.first) - 1, bounds)).toBe(true);
    expect(beforeHistory(Date.parse(bounds.first), bounds)).toBe(false);
    expect(beforeHistory(Date.parse(bounds.last) + 1, bounds)).toBe(false);
    expect(beforeHistory(0, { first: null, last: null })).toBe(true);
  });
});
