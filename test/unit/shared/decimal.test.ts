import { describe, expect, it } from 'vitest';
import { compareDecimals, Dec, decimalString, sumDecimals, derivedPrice } from '../../../src/shared/decimal';
import { seededRandom } from '../../../src/main/venues/shared/simulator/random';

describe('sumDecimals', () => {
  it('adds exactly, signs and scales mixed', () => {
    expect(sumDecimals([])).toBe('0');
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals(['-5', '5.000'])).toBe('0');
    expect(sumDecimals(['-0.000000000000000001', '0'])).toBe('-0.000000000000000001');
    expect(sumDecimals(['123456789.123456789123456789', '9007199254740993', '-1.5'])).toBe('9007199378197780.623456789123456789');
    expect(sumDecimals(['1e-8', '1'])).toBe('1.00000001');
  });

  it('agrees with decimal.js on thousands of random sums', () => {
    const random = seededRandom(42);
    for (let round = 0; round < 200; round += 1) {
      const values = Array.from({ length: 1 + Math.floor(random() * 40) }, () => {
        const whole = Math.floor(random() * 10 ** Math.floor(random() * 15));
        const fraction = String(Math.floor(random() * 1e9)).slice(0, Math.floor(random() * 10));
        return `${random() < 0.3 ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
      });
      const expected = decimalString(values.reduce((total, v) => total.plus(v), new Dec(0)));
      expect(sumDecimals(values)).toBe(expected);
    }
  });
});

describe('derivedPrice', () => {
  it('rounds a quotient half-even to 18 significant digits', () => {
    // 1805.63810650887573964497… is what LTP's valueUsdt ÷ totalBalance gave before rounding.
    expect(derivedPrice('305152.84', '169')).toBe('1805.63810650887574');
    expect(derivedPrice('2', '3')).toBe('0.666666666666666667');
    expect(derivedPrice('0.00000000123', '7')).toBe('0.000000000175714285714285714');
  });

  it('leaves a quotient that fits exact', () => {
    expect(derivedPrice('150', '2')).toBe('75');
    expect(derivedPrice('-9', '4')).toBe('-2.25');
  });
});

describe('decimalString', () => {
  it('gives text that is already canonical back as it is, and canonicalises the rest as decimal.js does', () => {
    const canonical = ['0', '1', '-1', '0.5', '-0.000000000000000001', '1234567890123456789012345678901234567890123456789012345678901234567890.123456789'];
    for (const text of canonical) expect(decimalString(text)).toBe(text);
    const rewritten: [string, string][] = [
      ['-0', '0'],
      ['0.0', '0'],
      ['-0.00', '0'],
      ['00.5', '0.5'],
      ['1.50', '1.5'],
      ['1.', '1'],
      ['.5', '0.5'],
      ['+3', '3'],
      ['1e3', '1000'],
      ['-1.5E-3', '-0.0015'],
    ];
    for (const [text, expected] of rewritten) expect(decimalString(text)).toBe(expected);
  });

  it('agrees with decimal.js on 2,000 seeded plain decimals', () => {
    const random = seededRandom(11);
    const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
    for (let n = 0; n < 2_000; n++) {
      const text = `${random() < 0.3 ? '-' : ''}${digits(1 + Math.floor(random() * 4))}${random() < 0.7 ? `.${digits(1 + Math.floor(random() * 20))}` : ''}`;
      const d = new Dec(text);
      expect(decimalString(text)).toBe(d.isZero() ? '0' : d.toFixed());
    }
  });
});

describe('compareDecimals', () => {
  it('orders canonical and other decimal text as decimal.js does', () => {
    const cases: [string, string, number][] = [
      ['1', '1', 0],
      ['9.99', '10', -1],
      ['1.5', '1.49', 1],
      ['1.5', '1.55', -1],
      ['-1.5', '-1.55', 1],
      ['-2', '1', -1],
      ['0', '-0.1', 1],
      ['-0', '0', 0],
      ['1.50', '1.5', 0],
      ['1e3', '999.9', 1],
      ['0050.250', '50.25', 0],
      ['-0.00', '0', 0],
      ['.5', '0.49', 1],
      ['+2', '2.000', 0],
      ['1.', '0.999', 1],
      // One apart in the 25th digit: the same double, told apart by the digits.
      ['0.1000000000000000000000001', '0.1', 1],
      ['-123456789.00000000000000000001', '-123456789.00000000000000000002', 1],
      ['1e-400', '0', 1],
      ['1e400', '9e399', 1],
    ];
    for (const [a, b, expected] of cases) expect([a, b, compareDecimals(a, b)]).toEqual([a, b, expected]);
  });

  it('agrees with decimal.js on 5,000 seeded pairs', () => {
    const random = seededRandom(7);
    const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
    // As venues write them: leading and trailing zeros kept, about half the time.
    const text = () => {
      const written = `${random() < 0.3 ? '-' : ''}${digits(1 + Math.floor(random() * 3))}${random() < 0.7 ? `.${digits(1 + Math.floor(random() * 6))}` : ''}`;
      return random() < 0.5 ? written : decimalString(written);
    };
    for (let n = 0; n < 5_000; n++) {
      const a = text();
      const b = random() < 0.1 ? a : text();
      expect([a, b, compareDecimals(a, b)]).toEqual([a, b, new Dec(a).comparedTo(b)]);
    }
  });
});
