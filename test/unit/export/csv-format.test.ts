import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvTable } from '../../../src/main/export/csv-table';
import { formatRecord, guardFormula, numberColumn, textColumn } from '../../../src/main/export/csv-format';
import { streamCsv } from '../../../src/main/export/csv-stream';
import { parseCsv } from '../../integration/export/csv-oracle';

async function csvOf(header: string[], rows: string[][], bom = false): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  await streamCsv({ header, rows }, sink, { bom });
  return Buffer.concat(chunks);
}

describe('formula guard', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+cmd|calc', "'+cmd|calc"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\tTab', "'\tTab"],
    ['\rCR', "'\rCR"],
    ['＝1+1', "'＝1+1"],
    ['BTC', 'BTC'],
    ['a=b', 'a=b'],
    ['', ''],
    ['東京', '東京'],
  ])('%j becomes %j', (text, cell) => expect(guardFormula(text)).toBe(cell));

  it.each(['-12.5', '-0.000000000000000001', '+3', '-7'])('leaves the number %j alone', (number) => expect(guardFormula(number)).toBe(number));

  it('guards text columns only: decimals stay numeric, nulls are empty cells', () => {
    type R = { label: string; quantity: string; price: string | null };
    const columns = [textColumn<R>('label', (r) => r.label), numberColumn<R>('quantity', (r) => r.quantity), numberColumn<R>('price', (r) => r.price)];
    expect(formatRecord(columns, { label: '-short', quantity: '-4.56', price: null })).toEqual(["'-short", '-4.56', '']);
  });

  it('guards header names too, since history names columns after connection labels', () => {
    expect(csvTable([numberColumn<number>('=evil', (n) => n)], [1]).header).toEqual(["'=evil"]);
  });
});

describe('CSV text', () => {
  const hostile = ['a,b', 'say "hi"', 'line\nbreak', 'cr\r\nlf', ' padded ', 'ünïcødé 東京 ✓ 🚀', "'=already"];

  it('is RFC 4180: CRLF record ends, quotes only where needed, doubled quotes; any parser reads it back', async () => {
    const bytes = await csvOf(['name', 'n'], hostile.map((text, i) => [text, String(i)]));
    const text = bytes.toString('utf8');
    expect(text.startsWith('name,n\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain('"a,b",0\r\n');
    expect(text).toContain('"say ""hi""",1\r\n');
    expect(text).toContain(' padded ,4\r\n');
    expect(parseCsv(bytes)).toEqual([['name', 'n'], ...hostile.map((t, i) => [t, String(i)])]);
  });

  it('starts with a UTF-8 BOM only when asked (Settings.csvBom), and parses the same either way', async () => {
    const plain = await csvOf(['asset'], [['東京']]);
    const withBom = await csvOf(['asset'], [['東京']], true);
    expect([...plain.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect([...withBom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(withBom.subarray(3)).toEqual(plain);
    expect(parseCsv(withBom)).toEqual(parseCsv(plain));
  });

  it('counts data rows and bytes as written', async () => {
    const sink = new PassThrough();
    let received = 0;
    sink.on('data', (chunk: Buffer) => (received += chunk.length));
    const result = await streamCsv({ header: ['a'], rows: [['1'], ['2']] }, sink, { bom: true });
    expect(result).toEqual({ rows: 2, bytes: received });
    expect(received).toBe(3 + 'a\r\n1\r\n2\r\n'.length);
  });
});
