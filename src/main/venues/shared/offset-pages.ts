import type { VenueId } from '../../../shared/domain/venue';
import { VenueError } from './venue-error';

/** What one page of an offset-paged list told about itself. */
export interface OffsetPage {
  /** Rows on this page. */
  readonly count: number;
  /** The venue's pagination.total, or null when it sent none. */
  readonly total: number | null;
}

export interface OffsetPaging {
  readonly venue: VenueId;
  /** The list's name in error texts, e.g. its endpoint. */
  readonly what: string;
  readonly pageLimit: number;
  /** A runaway guard: a venue that keeps announcing more rows must not be paged forever. */
  readonly maxPages: number;
}

/**
 * Reads an offset-paged list to its end, one rule for every such list: until the offset reaches
 * pagination.total, or, without a total, until a short page. An empty page before the announced total
 * is a bad answer, never the end: rows the venue said it has must not silently go missing.
 */
export async function readOffsetPages(paging: OffsetPaging, readPage: (offset: number, limit: number) => Promise<OffsetPage>): Promise<void> {
  let offset = 0;
  for (let pages = 0; pages < paging.maxPages; pages++) {
    const page = await readPage(offset, paging.pageLimit);
    offset += page.count;
    if (page.total === null ? page.count < paging.pageLimit : offset >= page.total) return;
    if (page.count === 0) throw new VenueError('bad_response', paging.venue, `${paging.what}: an empty page at offset ${offset} although pagination.total is ${page.total}`);
  }
  throw new VenueError('bad_response', paging.venue, `${paging.what}: more than ${paging.maxPages} pages`);
}
