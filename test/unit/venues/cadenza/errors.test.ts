import { describe, expect, it } from 'vitest';
import { errorFromAnswer, isFailure, isTokenRejected, type CadenzaCall } from '../../../../src/main/venues/cadenza/errors';
import { answer } from './answers';

const envelope = (errno: number, error: string, details?: object) => JSON.stringify({ data: null, success: false, errno, error, ...(details ? { details } : {}) });
const kindOf = (status: number, text: string, call: CadenzaCall = 'portfolio list', headers: Record<string, string> = {}) => errorFromAnswer(answer(status, text, headers), call, []).kind;

describe('Cadenza error mapping', () => {
  it('calls an answer a failure when it is not 2xx, not JSON, or success is false', () => {
    expect(isFailure(answer(200, JSON.stringify({ data: [], success: true, errno: 0 })))).toBe(false);
    expect(isFailure(answer(200, envelope(-22015, 'Invalid argument')))).toBe(true);
    expect(isFailure(answer(200, '<html></html>'))).toBe(true);
    expect(isFailure(answer(503, '{}'))).toBe(true);
  });

  it('recognises a refused token by status, errno or details.code', () => {
    expect(isTokenRejected(answer(401, 'Unauthorized'))).toBe(true);
    expect(isTokenRejected(answer(200, envelope(-19002, 'Unauthorized')))).toBe(true);
    expect(isTokenRejected(answer(400, envelope(-19001, 'Bad request', { code: 'INVALID_TOKEN' })))).toBe(true);
    expect(isTokenRejected(answer(403, envelope(-19005, 'Access denied', { code: 'ACCESS_DENIED' })))).toBe(false);
  });

  it('maps errno and status to the kind of what to do next', () => {
    expect(kindOf(401, envelope(-19002, 'Unauthorized', { code: 'INVALID_TOKEN' }))).toBe('auth');
    expect(kindOf(403, envelope(-19005, 'Access denied'))).toBe('permission');
    expect(kindOf(404, envelope(-22016, 'Resource not found'))).toBe('permission');
    expect(kindOf(404, envelope(-19003, 'Not found'))).toBe('bad_response');
    expect(kindOf(404, 'Cannot GET /api/v3/tradingAccount/portfolio/list')).toBe('bad_response');
    expect(kindOf(429, envelope(-18011, 'Rate limit exceeded'))).toBe('rate_limit');
    expect(kindOf(200, envelope(-18011, 'Rate limit exceeded'))).toBe('rate_limit');
    expect(kindOf(503, envelope(-19006, 'Service unavailable'))).toBe('server');
    expect(kindOf(200, envelope(-19006, 'Service unavailable'))).toBe('server');
    expect(kindOf(500, '{"message":"Internal error"}')).toBe('server');
    expect(kindOf(400, envelope(-19004, 'Validation failed'))).toBe('bad_response');
    expect(kindOf(200, '<!DOCTYPE html><html></html>')).toBe('bad_response');
    expect(kindOf(502, '<!DOCTYPE html><html></html>')).toBe('server');
    expect(kindOf(200, '{"data":[')).toBe('bad_response');
  });

  it('treats a refused login or refresh as an auth error, a limited one as rate_limit', () => {
    expect(kindOf(401, envelope(-100001, 'Invalid login credentials'), 'login')).toBe('auth');
    expect(kindOf(400, envelope(-19001, 'Bad request'), 'login')).toBe('auth');
    expect(kindOf(401, envelope(-19002, 'Invalid refresh token'), 'token refresh')).toBe('auth');
    expect(kindOf(429, envelope(-26001, 'Too many login attempts'), 'login')).toBe('rate_limit');
  });

  it('keeps Retry-After only when the venue sent one', () => {
    expect(errorFromAnswer(answer(429, '{}', { 'Retry-After': '7' }), 'portfolio list', []).retryAfterMs).toBe(7000);
    expect(errorFromAnswer(answer(429, '{}'), 'portfolio list', []).retryAfterMs).toBeUndefined();
  });

  it('writes a sentence naming Cadenza, the call and the venue’s own words, with secrets masked', () => {
    const error = errorFromAnswer(answer(401, envelope(-19002, 'Token eyJhbGci.secret.sig is expired', { code: 'INVALID_TOKEN' })), 'portfolio list', ['eyJhbGci.secret.sig']);
    expect(error.message).toBe(
      'Cadenza rejected the credentials (HTTP 401, portfolio list: errno -19002 INVALID_TOKEN: Token [redacted] is expired). Check the credentials of this connection (Connections → Edit).',
    );
  });

  it('masks a secret before shortening a long venue message, so no part of it survives the cut', () => {
    const secret = 'r'.repeat(40);
    const error = errorFromAnswer(answer(401, envelope(-19002, `${'x'.repeat(250)}${secret}`)), 'portfolio list', [secret]);
    expect(error.message).not.toMatch(/rrrr/);
    expect(error.message).toContain('[redacted]');
  });
});
