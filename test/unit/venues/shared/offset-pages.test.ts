import { describe, expect, it } from 'vitest';
import { readOffsetPages, type OffsetPage } from '../../../../src/main/venues/shared/offset-pages';
import { VenueError } from '../../../../src/main/venues/shared/venue-error';

const paging = { venue: 'cadenza', what: 'trading account list', pageLimit: 3, maxPages: 5 } as const;

/** Pages answered from a script, recording the offsets asked for. */
function scripted(pages: OffsetPage[]): { asked: number[]; readPage: (offset: number, limit: number) => Promise<OffsetPage> } {
  const asked: number[] = [];
  return {
    asked,
    readPage: (offset) => {
      asked.push(offset);
      const page = pages[asked.length - 1];
      if (!page) throw new Error(`asked for page ${asked.length} past the script`);
      return Promise.resolve(page);
    },
  };
}

describe('readOffsetPages', () => {
  it('reads until the offset reaches pagination.total', async () => {
    const { asked, readPage } = scripted([
      { count: 3, total: 7 },
      { count: 3, total: 7 },
      { count: 1, total: 7 },
    ]);
    await readOffsetPages(paging, readPage);
    expect(asked).toEqual([0, 3, 6]);
  });

  it('reads until a short page when the venue sends no total', async () => {
    const { asked, readPage } = scripted([
      { count: 3, total: null },
      { count: 2, total: null },
    ]);
    await readOffsetPages(paging, readPage);
    expect(asked).toEqual([0, 3]);
  });

  it('stops on an empty first page of an empty list', async () => {
    const { asked, readPage } = scripted([{ count: 0, total: 0 }]);
    await readOffsetPages(paging, readPage);
    expect(asked).toEqual([0]);
  });

  it('refuses an empty page before the announced total: rows must not silently go missing', async () => {
    const { readPage } = scripted([
      { count: 3, total: 9 },
      { count: 0, total: 9 },
    ]);
    const error = await readOffsetPages(paging, readPage).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VenueError);
    expect((error as VenueError).kind).toBe('bad_response');
    expect((error as VenueError).message).toContain('trading account list: an empty page at offset 3 although pagination.total is 9');
  });

  it('gives up after maxPages of a venue that keeps announcing more', async () => {
    const { asked, readPage } = scripted(Array.from({ length: 6 }, () => ({ count: 3, total: 1_000 })));
    const error = await readOffsetPages(paging, readPage).catch((e: unknown) => e);
    expect((error as VenueError).message).toContain('more than 5 pages');
    expect(asked).toHaveLength(5);
  });
});
