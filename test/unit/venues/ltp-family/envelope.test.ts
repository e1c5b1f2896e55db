import { describe, expect, it } from 'vitest';
import type { VenueErrorKind } from '../../../../src/shared/domain/holding';
import { isSoftRateLimit, unwrapEnvelope } from '../../../../src/main/venues/ltp-family/errors';
import type { HttpAnswer } from '../../../../src/main/venues/shared/http';
import { parseJsonExact } from '../../../../src/main/venues/shared/lossless-json';
import { VenueError } from '../../../../src/main/venues/shared/venue-error';

function answer(status: number, text: string, headers: Record<string, string> = {}): HttpAnswer {
  let body: unknown;
  try {
    body = parseJsonExact(text);
  } catch {
    body = undefined;
  }
  return { status, headers: new Headers(headers), text, body };
}

function failure(status: number, text: string, headers?: Record<string, string>): VenueError {
  try {
    unwrapEnvelope('ltp', 'GET /x', answer(status, text, headers));
  } catch (error) {
    if (error instanceof VenueError) return error;
    throw error;
  }
  throw new Error('expected a VenueError');
}

describe('LTP-family envelope', () => {
  it('returns data for code 200 and 200000', () => {
    expect(unwrapEnvelope('ltp', 'GET /x', answer(200, '{"code":200,"message":"success","data":[1]}'))).toEqual(['1']);
    expect(unwrapEnvelope('rapidx', 'GET /x', answer(200, '{"code":200000,"message":"Success","data":{"a":"b"}}'))).toEqual({ a: 'b' });
  });

  it.each<[number, VenueErrorKind]>([
    [2000, 'auth'],
    [2002, 'auth'],
    [4000, 'auth'],
    [7000, 'auth'],
    [100018, 'auth'],
    [100041, 'auth'],
    [405001, 'auth'],
    [2001, 'permission'],
    [2003, 'permission'],
    [100429, 'rate_limit'],
    [429, 'rate_limit'],
    [400000, 'bad_response'],
    [400009, 'bad_response'],
    [400010, 'server'],
    [400012, 'server'],
    [400013, 'server'],
    [500, 'server'],
    [123456, 'bad_response'],
  ])('maps code %i to %s, with HTTP 200 or not', (code, kind) => {
    for (const status of [200, 400]) {
      const error = failure(status, `{"code":${code},"message":"m","data":null}`);
      expect(error.kind).toBe(kind);
      expect(error.message).toMatch(/^LTP /);
      expect(error.detail).toContain(`code ${code}`);
    }
  });

  it('an unknown code on a 5xx answer is server', () => {
    expect(failure(502, '{"code":123,"message":"gateway","data":null}').kind).toBe('server');
  });

  it("gives the clock hint for 7000", () => {
    expect(failure(200, '{"code":7000,"message":"Nonce is invalid","data":null}').message).toContain("check your computer's clock");
  });

  it('maps statuses without an envelope', () => {
    expect(failure(429, 'Too Many Requests', { 'Retry-After': '3' })).toMatchObject({ kind: 'rate_limit', retryAfterMs: 3000 });
    expect(failure(503, '{"message":"Internal error"}').kind).toBe('server');
    expect(failure(502, '<!DOCTYPE html><html></html>').kind).toBe('server');
    expect(failure(200, '<html><body>maintenance</body></html>')).toMatchObject({ kind: 'bad_response', detail: expect.stringContaining('HTML') });
    expect(failure(200, '{"code":200000,"data":{"broken":').kind).toBe('bad_response');
    expect(failure(401, '').kind).toBe('auth');
    expect(failure(403, '').kind).toBe('permission');
  });

  it('names the field when a 200 answer is not an envelope', () => {
    expect(failure(200, '{"status":"ok"}')).toMatchObject({ kind: 'bad_response', detail: expect.stringContaining('at code') });
    expect(failure(200, '{"code":{"n":200000},"data":[]}')).toMatchObject({ kind: 'bad_response', detail: expect.stringContaining('at code') });
  });

  it('recognises a soft rate limit: 2xx with code 100429', () => {
    expect(isSoftRateLimit(answer(200, '{"code":100429,"message":"Too many requests","data":null}'))).toBe(true);
    expect(isSoftRateLimit(answer(200, '{"code":200000,"data":{}}'))).toBe(false);
    expect(isSoftRateLimit(answer(200, 'not json'))).toBe(false);
  });
});
