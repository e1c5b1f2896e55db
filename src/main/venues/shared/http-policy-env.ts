import { defaultHttpPolicy, type HttpPolicy } from './http';

/** The first retry backoff of venue requests, in milliseconds, for a process started without code of its own (`holdfast serve`). */
export const RETRY_BASE_ENV = 'HOLDFAST_RETRY_BASE_MS';

/**
 * The default venue HTTP policy, with its first backoff taken from HOLDFAST_RETRY_BASE_MS when set. The
 * browser tests set it: a venue going down is still retried as often, but its read fails in well under a
 * second instead of after ~7 s of backoff that every such test waited out.
 */
export function httpPolicyFromEnv(env: NodeJS.ProcessEnv): HttpPolicy {
  const value = env[RETRY_BASE_ENV];
  if (value === undefined || value === '') return defaultHttpPolicy;
  if (!/^\d+$/.test(value)) throw new Error(`${RETRY_BASE_ENV} must be a whole number of milliseconds, not "${value}".`);
  return { ...defaultHttpPolicy, retry: { ...defaultHttpPolicy.retry, baseDelayMs: Number(value) } };
}
