import { describe, expect, it } from 'vitest';
import { parseUsdText } from '../../../src/renderer/src/views/settings/usd-text';

describe('parseUsdText', () => {
  it('accepts amounts as people type them, thousands separators and a dollar sign included', () => {
    expect(parseUsdText('1,000')).toBe('1000');
    expect(parseUsdText(' 1,000,000.50 ')).toBe('1000000.50');
    expect(parseUsdText('$250')).toBe('250');
    expect(parseUsdText('0.5')).toBe('0.5');
  });

  it('refuses what is not a non-negative amount, or a comma out of place', () => {
    for (const text of ['ten dollars', '-1', '1e3', '1,5', '10,00', '', '+5']) expect(parseUsdText(text), text).toBeNull();
  });
});
