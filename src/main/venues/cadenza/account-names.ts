import { parseAnswer } from '../shared/answer-schemas';
import { VenueError } from '../shared/venue-error';
import type { BearerGet } from './session';
import { errorFromAnswer, isFailure } from './errors';
import { TradingAccountPage } from './schemas';

export const tradingAccountListPath = '/api/v3/tradingAccount/list';
/** The SDK's default page size; no maximum is documented. */
const PAGE_LIMIT = 50;
const MAX_PAGES = 100;

/** Every trading account's nickname by id (venues.md §4.6); an account without one keeps its id as label. */
export async function readAccountNicknames(get: BearerGet, secrets: () => readonly string[], signal?: AbortSignal): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  let offset = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await get(
      tradingAccountListPath,
      [
        ['limit', String(PAGE_LIMIT)],
        ['offset', String(offset)],
      ],
      signal,
    );
    if (isFailure(answer)) throw errorFromAnswer(answer, 'trading account list', secrets());
    const body = parseAnswer(TradingAccountPage, answer.body, 'cadenza', 'trading account list');
    for (const account of body.data) if (account.nickname?.trim()) names.set(account.tradingAccountId, account.nickname.trim());
    offset += body.data.length;
    const total = body.pagination?.total ?? null;
    if (body.data.length === 0 || (total === null ? body.data.length < PAGE_LIMIT : offset >= total)) return names;
  }
  throw new VenueError('bad_response', 'cadenza', `trading account list: more than ${MAX_PAGES} pages`);
}
