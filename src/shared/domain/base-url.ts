import { z } from 'zod';

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

export const BASE_URL_RULE =
  'Base URL must start with https:// (plain http:// is allowed only for 127.0.0.1 or localhost, where the simulators run)';

/** Venue base URL: https only, except loopback; no credentials, query or fragment; no trailing slash. */
export const BaseUrl = z
  .string({ error: 'Base URL is required' })
  .trim()
  .min(1, 'Base URL is required')
  .transform((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a URL. ${BASE_URL_RULE}` });
      return z.NEVER;
    }
    const secure = url.protocol === 'https:';
    const loopback = url.protocol === 'http:' && loopbackHosts.has(url.hostname);
    if (!secure && !loopback) {
      ctx.addIssue({ code: 'custom', message: BASE_URL_RULE });
      return z.NEVER;
    }
    if (url.username || url.password || url.search || url.hash) {
      ctx.addIssue({
        code: 'custom',
        message: 'Base URL must not contain a user name, password, query or fragment',
      });
      return z.NEVER;
    }
    return url.toString().replace(/\/+$/, '');
  });
