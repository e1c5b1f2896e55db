import { describe, expect, it } from 'vitest';
import { exactNumber, writeExactJson } from '../../../../src/main/venues/shared/simulator/exact-json';
import { parseJsonExact } from '../../../../src/main/venues/shared/lossless-json';

describe('writeExactJson', () => {
  it('round-trips decimals and ids a JS number would round, digit for digit', () => {
    const digits = ['0.000000000000000001', '-12345.678901234567890123', '9007199254740993', '12345678901234567', '1e-18', '0'];
    const text = writeExactJson({ values: digits.map(exactNumber) });
    expect(text).toBe(`{"values":[${digits.join(',')}]}`);
    expect(parseJsonExact(text)).toEqual({ values: digits });
  });

  it('writes everything else as JSON.stringify does', () => {
    const plain = { a: 1, b: 1.5e-7, c: 'x"y', d: undefined, e: [null, true, undefined], f: { g: -0 }, h: new Date(0) };
    expect(writeExactJson(plain)).toBe(JSON.stringify(plain));
  });

  it('writes null for nothing at all', () => {
    expect(writeExactJson(undefined)).toBe('null');
  });

  it('refuses text that is not a number rather than write broken JSON', () => {
    expect(() => exactNumber('12abc')).toThrow();
  });
});
