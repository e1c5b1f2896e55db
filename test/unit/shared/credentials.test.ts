import { describe, expect, it } from 'vitest';
import { keyHint } from '../../../src/main/secrets/credentials';
import { BaseUrl } from '../../../src/shared/domain/base-url';
import { ApiKeyCredentials, TokenCredentials } from '../../../src/shared/domain/venue';

describe('keyHint', () => {
  it('shows the ends of a long key and never the whole', () => {
    expect(keyHint({ apiKey: 'rx-k00000000000000007f3a', apiSecret: 's' })).toBe('rx-k…7f3a');
    expect(keyHint({ token: 'short' })).toBe('…');
    expect(keyHint({ token: 'medium-tok' })).toBe('…');
    expect(keyHint({ email: 'trader@fund.example', password: 'p' })).toBe('t…@fund.example');
  });
});

describe('keyHint of a bearer token', () => {
  it('shows at most its last four characters: the token is the whole secret', () => {
    expect(keyHint({ token: 'tf-token-0000aaaabbbbcc05' })).toBe('…cc05');
    for (const token of ['tf-token-0000aaaabbbbcc05', 'medium-token-12', 'abcdefghijklmnopqrstuvwxyz0123456789']) {
      const shown = keyHint({ token }).replace('…', '');
      expect(shown.length, token).toBeLessThanOrEqual(4);
      expect(token.endsWith(shown), token).toBe(true);
    }
  });
});

describe('credential text', () => {
  const sentence = (field: string, noun: string) => `${field} must be one line of printable ASCII, without spaces, line breaks or other characters: paste the ${noun} alone`;

  it.each([
    ['a line break', 'key-0123\nX-Injected: 1'],
    ['a space inside', 'key 0123456789'],
    ['a tab', 'key\t0123456789'],
    ['a non-ASCII letter', 'kéy-0123456789'],
    ['a zero-width space', 'key-0123\u200b456789'],
    ['a NUL', 'key-0123\u0000'],
  ])('refuses a key, secret or token with %s, with a sentence', (_, bad) => {
    expect(ApiKeyCredentials.safeParse({ apiKey: bad, apiSecret: 'secret-0123' }).error?.issues[0]?.message).toBe(sentence('API key', 'key'));
    expect(ApiKeyCredentials.safeParse({ apiKey: 'key-0123', apiSecret: bad }).error?.issues[0]?.message).toBe(sentence('API secret', 'secret'));
    expect(TokenCredentials.safeParse({ token: bad }).error?.issues[0]?.message).toBe(sentence('API token', 'token'));
  });

  it('accepts printable ASCII, trimming what surrounds it (a pasted trailing newline)', () => {
    expect(ApiKeyCredentials.parse({ apiKey: ' rx-K0~!@#$%^&*()_+{}|:"<>?\n', apiSecret: 'c2VjcmV0/+=' })).toEqual({ apiKey: 'rx-K0~!@#$%^&*()_+{}|:"<>?', apiSecret: 'c2VjcmV0/+=' });
    expect(TokenCredentials.parse({ token: 'tf-0123\n' })).toEqual({ token: 'tf-0123' });
  });
});

describe('BaseUrl', () => {
  it('accepts https and loopback http, trimming a trailing slash', () => {
    expect(BaseUrl.parse('https://api.liquiditytech.com/')).toBe('https://api.liquiditytech.com');
    expect(BaseUrl.parse(' http://127.0.0.1:8080 ')).toBe('http://127.0.0.1:8080');
    expect(BaseUrl.parse('http://localhost:3000/api')).toBe('http://localhost:3000/api');
  });

  it('refuses other schemes, remote http, credentials and queries with a clear message', () => {
    for (const bad of ['http://api.connex.trade', 'ftp://x.example', 'javascript:alert(1)', 'https://u:p@x.example', 'https://x.example/?a=1', 'nonsense']) {
      const result = BaseUrl.safeParse(bad);
      expect(result.success, bad).toBe(false);
    }
    expect(BaseUrl.safeParse('http://10.0.0.1').error?.issues[0]?.message).toMatch(/must start with https:\/\//);
  });
});
