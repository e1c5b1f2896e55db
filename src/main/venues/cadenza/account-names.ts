import { parseAnswer } from '../shared/answer-schemas';
import { readOffsetPages } from '../shared/offset-pages';
import type { BearerGet } from './session';
import { errorFromAnswer, isFailure } from './errors';
import { TradingAccountPage } from './schemas';

export const tradingAccountListPath = '/api/v3/tradingAccount/list';
/** The SDK's default page size; no maximum is documented. */
const PAGE_LIMIT = 50;
const MAX_PAGES = 100;

/**
 * Every trading account's nickname by id (venues.md §4.6); an account without one keeps its id as label.
 * Paged by the same rule as the portfolio list: a list cut short is an error for the name cache to report.
 */
export async function readAccountNicknames(get: BearerGet, secrets: () => readonly string[], signal?: AbortSignal): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  await readOffsetPages({ venue: 'cadenza', what: 'trading account list', pageLimit: PAGE_LIMIT, maxPages: MAX_PAGES }, async (offset, limit) => {
    const answer = await get(
      tradingAccountListPath,
      [
        ['limit', String(limit)],
        ['offset', String(offset)],
      ],
      signal,
    );
    if (isFailure(answer)) throw errorFromAnswer(answer, 'trading account list', secrets());
    const body = parseAnswer(TradingAccountPage, answer.body, 'cadenza', 'trading account list');
    for (const account of body.data) if (account.nickname?.trim()) names.set(account.tradingAccountId, account.nickname.trim());
    return { count: body.data.length, total: body.pagination?.total ?? null };
  });
  return names;
}
