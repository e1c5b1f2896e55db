import { describe, expect, it } from 'vitest';
import { formatPrice, formatQuantity, formatShare, formatSignedShare, formatSignedUsd, formatUsd } from '../../../src/renderer/src/format/amount';

describe('amount formatting', () => {
  it('keeps a tiny price’s significant figures, folding its leading zeros into a subscript', () => {
    expect(formatPrice('0.00003657123')).toBe('$0.0₄3657');
    expect(formatPrice('0.000000000012346')).toBe('$0.0₁₀1235');
    expect(formatPrice('0.0003657')).toBe('$0.0003657');
    expect(formatPrice('0.5')).toBe('$0.5');
    expect(formatPrice('24.386')).toBe('$24.3860');
    expect(formatPrice('71329.123')).toBe('$71,329.12');
    expect(formatPrice('-0.00001')).toBe('−$0.0₄1');
    expect(formatPrice(null)).toBe('—');
  });

  it('writes every negative figure with one minus sign, before the dollar', () => {
    expect(formatUsd('-1234')).toBe('−$1,234.00');
    expect(formatUsd('-0.001')).toBe('$0.00');
    expect(formatSignedUsd('-1213269')).toBe('−$1,213,269.00');
    expect(formatSignedUsd('1200')).toBe('+$1,200.00');
    expect(formatSignedUsd('0.001')).toBe('$0.00');
    expect(formatQuantity('-1089.35', 'HYPE')).toBe('−1,089.3500');
  });

  it('signs shares the same way', () => {
    expect(formatShare('-69', '1000')).toBe('−6.9%');
    expect(formatSignedShare('-69', '1000')).toBe('−6.9%');
    expect(formatSignedShare('12', '1000')).toBe('+1.2%');
    expect(formatSignedShare('0', '1000')).toBe('0.0%');
    // A small loss keeps its sign and a figure: −$3,348 of $16.8 M is not "0.0%".
    expect(formatSignedShare('-3348.30', '16842918.79')).toBe('−0.02%');
    expect(formatSignedShare('1', '1000000')).toBe('+<0.01%');
    expect(formatSignedShare('-1', '1000000')).toBe('−<0.01%');
    expect(formatSignedShare('-0.5', '1000')).toBe('−0.05%');
    expect(formatSignedShare('12345', '1000')).toBe('+1,234.5%');
    expect(formatShare('1', '0')).toBe('—');
  });

  it('gives small quantities six significant figures, never cut', () => {
    expect(formatQuantity('0.000001234567891', 'PEPE')).toBe('0.0₅123457');
    expect(formatQuantity('0.1234567', 'BTC')).toBe('0.123457');
    expect(formatQuantity('2500.5', 'USDT')).toBe('2,500.50');
  });
});
