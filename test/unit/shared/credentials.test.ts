import { describe, expect, it } from 'vitest';
import { keyHint } from '../../../src/main/secrets/credentials';
import { BaseUrl } from '../../../src/shared/domain/base-url';

describe('keyHint', () => {
  it('shows the ends of a long key and never the whole', () => {
    expect(keyHint({ apiKey: 'rx-k00000000000000007f3a', apiSecret: 's' })).toBe('rx-k…7f3a');
    expect(keyHint({ token: 'short' })).toBe('…');
    expect(keyHint({ token: 'medium-tok' })).toBe('me…ok');
    expect(keyHint({ email: 'trader@fund.example', password: 'p' })).toBe('t…@fund.example');
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
