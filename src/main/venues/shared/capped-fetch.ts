import type { VenueId } from '../../../shared/domain/venue';
import { formatBytes } from './answer-limits';
import { VenueError } from './venue-error';

/** A venue answer read in full, within the size limit: status, headers and the body as text. */
export interface ReadAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/**
 * Where a redirect wanted to take the request, without its query (which a venue controls and could
 * fill with anything): enough for the user to see the host, never a place for an echoed secret.
 */
function redirectTarget(response: Response, requestUrl: string): string {
  const location = response.headers.get('location');
  if (location === null) return 'no Location given';
  try {
    const target = new URL(location, requestUrl);
    return `${target.origin}${target.pathname}`;
  } catch {
    return 'an unreadable Location';
  }
}

/**
 * A redirect is refused, never followed: the request carries credentials (API key and signature
 * headers, a bearer token, Cadenza's login body), and following would hand them to another host, or
 * in clear text over http. The venue's base URL is the only place they go.
 */
export function refuseRedirect(venue: VenueId, response: Response, request: Request): VenueError {
  const from = new URL(request.url);
  return new VenueError(
    'network',
    venue,
    `${request.method} ${from.pathname} answered HTTP ${response.status}, a redirect to ${redirectTarget(response, request.url)}, which Holdfast does not follow with credentials`,
  );
}

function tooLarge(venue: VenueId, request: Request, limit: number, declared?: number): VenueError {
  const endpoint = `${request.method} ${new URL(request.url).pathname}`;
  const size =
    declared === undefined
      ? `passed ${formatBytes(limit)}, the most Holdfast reads of one answer, so it stopped reading`
      : `is ${formatBytes(declared)}, more than the ${formatBytes(limit)} Holdfast reads of one answer`;
  return new VenueError('bad_response', venue, `${endpoint}: the answer ${size}`);
}

/**
 * Reads a body as it streams in and stops as soon as it passes `limit` bytes (the transfer is cut),
 * so an endless or huge answer costs at most the limit in memory. A Content-Length already over the
 * limit is refused before reading anything.
 */
export async function readCapped(venue: VenueId, request: Request, response: Response, limit: number): Promise<ReadAnswer> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) {
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge(venue, request, limit, declared);
  }
  // The chunks are decoded once, at the end, straight into one string: decoded one by one they were
  // half a megabyte of pieces in the young heap, copied again into one string when the answer was parsed.
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        void reader.cancel().catch(() => undefined);
        throw tooLarge(venue, request, limit);
      }
      chunks.push(value);
    }
  }
  return { status: response.status, headers: response.headers, text: Buffer.concat(chunks, size).toString('utf8') };
}
