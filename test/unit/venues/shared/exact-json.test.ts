import { parse } from 'lossless-json';
import { describe, expect, it } from 'vitest';
import { exactNumber, writeExactJson } from '../../../../src/main/venues/shared/simulator/exact-json';
import { parseJsonExact } from '../../../../src/main/venues/shared/lossless-json';
import { seededRandom } from '../../../../src/main/venues/shared/simulator/random';

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

describe('parseJsonExact', () => {
  /** What lossless-json alone makes of the text: the value, or that it refused it. */
  const reference = (text: string) => {
    try {
      return { value: parse(text, null, (digits: string) => digits) as unknown };
    } catch {
      return 'refused';
    }
  };
  const ours = (text: string) => {
    try {
      return { value: parseJsonExact(text) };
    } catch {
      return 'refused';
    }
  };

  it('reads every number as its text and leaves numbers inside strings alone', () => {
    expect(parseJsonExact('{"id":12345678901234567891,"v":[-0.000000000000000001,1E+3,0,-0],"s":"1.5 \\"2\\" :3","t":true,"n":null}')).toEqual({
      id: '12345678901234567891',
      v: ['-0.000000000000000001', '1E+3', '0', '-0'],
      s: '1.5 "2" :3',
      t: true,
      n: null,
    });
    expect(parseJsonExact('42')).toBe('42');
    expect(parseJsonExact(' "a\\\\" ')).toBe('a\\');
  });

  it('refuses what lossless-json refuses: bad numbers, a number for a key, two different values for one key', () => {
    for (const text of ['{1:"a"}', '{"a":01}', '[1.]', '[.5]', '[-]', '[+1]', '[1e]', '[1 2]', '{"a":1,"a":2}', '{"a":"1', '[1,]', '{"a":1}x']) {
      expect(reference(text), text).toBe('refused');
      expect(ours(text), text).toBe('refused');
    }
    // The same value twice is no conflict.
    expect(parseJsonExact('{"a":1,"a":1}')).toEqual({ a: '1' });
  });

  it('agrees with lossless-json on 2,000 seeded garbled answers', () => {
    const random = seededRandom(5);
    const valid = '{"code":200000,"message":"Success","data":{"1726371398908000":[{"portfolioId":1726371398908000,"coin":"BTC","balance":"0.5","equity":-1.25e-3,"note":"a \\"quoted\\" 7","n":null,"ok":true}]}}';
    const pieces = ['"', '\\', ':', ',', '1', '-', '.', 'e', '{', '}', '[', ']', ' ', '0', '"a":', 'null'];
    for (let n = 0; n < 2_000; n++) {
      const chars = [...valid];
      for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
        const at = Math.floor(random() * chars.length);
        const roll = random();
        if (roll < 0.4) chars.splice(at, 1);
        else if (roll < 0.8) chars.splice(at, 0, pieces[Math.floor(random() * pieces.length)] ?? '');
        else chars[at] = pieces[Math.floor(random() * pieces.length)] ?? '';
      }
      const text = chars.join('');
      expect(ours(text), text).toEqual(reference(text));
    }
  });
});
