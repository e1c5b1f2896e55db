import { describe, expect, it } from 'vitest';
import { accountTitle } from '../../../src/renderer/src/format/account-title';

describe('the hover text of an account\'s name', () => {
  it('keeps the venue\'s name and the id within reach of a name the user gave', () => {
    expect(accountTitle({ alias: 'Hedge book', venueName: 'alpha' }, '42', 'Hedge book')).toBe('Hedge book · venue’s name “alpha” · id 42');
    expect(accountTitle({ alias: 'Hedge book', venueName: null }, '42', 'Hedge book')).toBe('Hedge book · no venue name · id 42');
  });
  it('gives the id beside a venue\'s name, and only the id where that is the name', () => {
    expect(accountTitle({ alias: null, venueName: 'alpha' }, '42', 'alpha')).toBe('alpha · id 42');
    expect(accountTitle(undefined, '42', '42')).toBe('42');
  });
});
