import { z } from 'zod';
import { idText, integerText, parseAnswer } from '../shared/answer-schemas';
import { VenueError } from '../shared/venue-error';
import type { Endpoint, SignedGet } from '../ltp-family/client';
import { withJitterMargin } from '../shared/rate-limit';

/** 3 requests per 10 s, main-portfolio keys only (venues.md §1.3). */
export const portfolioListRate = { count: 3, perMs: 10_000 };

export const portfolioListEndpoint: Endpoint = {
  path: '/api/v1/trading/portfolio',
  endpointClass: 'rapidx-trading-portfolio',
  rate: withJitterMargin(portfolioListRate),
};

/** The documented maximum: one request for up to 1000 portfolios (a user has at most 51). */
const PAGE_SIZE = 1_000;
const MAX_PAGES = 20;

/** `portfolioId` is a JSON number here: parsed losslessly, it arrives as its digits and stays a string. */
const PortfolioPage = z.looseObject({
  page: integerText.optional(),
  pageSize: integerText.optional(),
  totalSize: integerText,
  list: z.array(z.looseObject({ portfolioId: idText, name: z.string().nullish() })),
});

/** Every portfolio's name by id; a portfolio without a name is left out (its id stays its label). */
export async function readAccountNames(get: SignedGet, signal?: AbortSignal): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (let page = 1; page <= MAX_PAGES; page++) {
    const params = [
      ['page', String(page)],
      ['pageSize', String(PAGE_SIZE)],
    ] as const;
    const answer = parseAnswer(PortfolioPage, await get(portfolioListEndpoint, params, signal), 'rapidx', `GET ${portfolioListEndpoint.path}`);
    for (const portfolio of answer.list) if (portfolio.name?.trim()) names.set(portfolio.portfolioId, portfolio.name.trim());
    if (answer.list.length === 0 || page * PAGE_SIZE >= answer.totalSize) return names;
  }
  throw new VenueError('bad_response', 'rapidx', `GET ${portfolioListEndpoint.path}: more than ${MAX_PAGES} pages of portfolios`);
}
