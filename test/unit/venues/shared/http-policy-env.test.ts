import { describe, expect, it } from 'vitest';
import { defaultHttpPolicy } from '../../../../src/main/venues/shared/http';
import { httpPolicyFromEnv } from '../../../../src/main/venues/shared/http-policy-env';

describe('httpPolicyFromEnv', () => {
  it('is the default policy when HOLDFAST_RETRY_BASE_MS is unset or empty', () => {
    expect(httpPolicyFromEnv({})).toEqual(defaultHttpPolicy);
    expect(httpPolicyFromEnv({ HOLDFAST_RETRY_BASE_MS: '' })).toEqual(defaultHttpPolicy);
  });

  it('takes the first backoff from HOLDFAST_RETRY_BASE_MS and keeps the number of retries and the rest', () => {
    expect(httpPolicyFromEnv({ HOLDFAST_RETRY_BASE_MS: '50' })).toEqual({ ...defaultHttpPolicy, retry: { ...defaultHttpPolicy.retry, baseDelayMs: 50 } });
  });

  it('refuses a value that is not a whole number of milliseconds, with a sentence', () => {
    expect(() => httpPolicyFromEnv({ HOLDFAST_RETRY_BASE_MS: '1.5s' })).toThrow('HOLDFAST_RETRY_BASE_MS must be a whole number of milliseconds, not "1.5s".');
  });
});
