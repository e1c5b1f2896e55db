import { createHmac } from 'node:crypto';
import type { ApiKeyCredentials } from '../../../shared/domain/venue';
import type { z } from 'zod';

export type QueryParams = readonly (readonly [string, string])[];
type ApiKey = z.infer<typeof ApiKeyCredentials>;

/** Sorted by key in ASCII order: the venue rejects unsorted pre-hash strings with code 2000. */
export function sortParams(params: QueryParams): QueryParams {
  return [...params].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `k1=v1&k2=v2&<nonce>`, values raw (never URL-encoded); with no params just `&<nonce>`. */
export function preHash(params: QueryParams, nonce: string): string {
  return `${sortParams(params)
    .map(([key, value]) => `${key}=${value}`)
    .join('&')}&${nonce}`;
}

export function sign(secret: string, message: string): string {
  return createHmac('sha256', secret).update(message, 'utf8').digest('hex');
}

/** The venue's nonce is Unix time in whole seconds; it must be within ±60 s of the venue's clock. */
export function nonceAt(now: Date): string {
  return String(Math.floor(now.getTime() / 1000));
}

export function signedHeaders(credentials: ApiKey, params: QueryParams, now: Date): Record<string, string> {
  const nonce = nonceAt(now);
  return {
    'X-MBX-APIKEY': credentials.apiKey,
    nonce,
    signature: sign(credentials.apiSecret, preHash(params, nonce)),
    'Content-Type': 'application/json',
  };
}
