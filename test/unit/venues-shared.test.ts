import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decimalText, epochMillisToIso, optionalDecimalText } from '../../src/main/venues/shared/answer-schemas';
import { errorForStatus } from '../../src/main/venues/shared/http';

describe('answer schemas (regressions)', () => {
  it('refuses a decimal with a huge exponent instead of expanding it', () => {
    expect(decimalText.safeParse('1e1000000000').success).toBe(false);
    expect(decimalText.parse('1.5e-8')).toBe('0.000000015');
  });

  it('reads a missing optional field as null', () => {
    const schema = z.object({ a: optionalDecimalText, t: epochMillisToIso });
    expect(schema.parse({})).toEqual({ a: null, t: null });
    expect(schema.parse({ a: '', t: '1703052635110' })).toEqual({ a: null, t: '2023-12-20T06:10:35.110Z' });
  });

  it('names what a decimal or date field expected when it is missing or not text at all', () => {
    const schema = z.object({ a: decimalText, b: optionalDecimalText, t: epochMillisToIso });
    const issues = (value: unknown) => schema.safeParse(value).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(issues({ b: true, t: {} })).toEqual(['a: expected a decimal number', 'b: expected a decimal number or null', 't: expected epoch milliseconds']);
    expect(issues({ a: ['1'], b: '1,5', t: '-1' })).toEqual(['a: expected a decimal number', 'b: expected a decimal number or null', 't: expected epoch milliseconds']);
  });

  it('refuses epoch milliseconds past the last date a JS Date holds, as an issue rather than a crash', () => {
    expect(epochMillisToIso.safeParse("9999999999999999").success).toBe(false);
    expect(epochMillisToIso.safeParse("253402300800000").success).toBe(false);
  });
});

describe('errorForStatus', () => {
  it('leaves retryAfterMs unknown when a 429 has no Retry-After', () => {
    const answer = { status: 429, headers: new Headers(), text: '', body: undefined };
    expect(errorForStatus('ltp', answer, 'x').retryAfterMs).toBeUndefined();
    expect(errorForStatus('ltp', { ...answer, headers: new Headers({ 'Retry-After': '3' }) }, 'x').retryAfterMs).toBe(3000);
  });
});

describe('createVenueHttp (regressions)', () => {
  it('times out a body that stalls after the headers arrived', async () => {
    const { createServer } = await import('node:http');
    const { createVenueHttp } = await import('../../src/main/venues/shared/http');
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"code":200000,"data":');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const http = createVenueHttp('connex', `http://127.0.0.1:${port}`, { timeoutMs: 300, retry: { limit: 0, baseDelayMs: 1, maxDelayMs: 1 } });
      await expect(http.send({ method: 'GET', path: '/x', endpointClass: 'test', rate: { count: 10, perMs: 1000 } })).rejects.toMatchObject({
        kind: 'timeout',
        message: expect.stringMatching(/^ConneX did not answer in time \(no answer within 0.3 s/),
      });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
