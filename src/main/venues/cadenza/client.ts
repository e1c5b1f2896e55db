import { LoginCredentials, type Credentials } from '../../../shared/domain/venue';
import type { ClientContext, VenueClient } from '../connector';
import { createVenueHttp, type HttpAnswer, type VenueHttp } from '../shared/http';
import type { Rate } from '../shared/rate-limit';
import { VenueError } from '../shared/venue-error';
import { errorFromAnswer, isFailure, isTokenRejected } from './errors';
import { normalisePortfolios } from './normalise';
import { parsePortfolioPage, portfolioListEndpoint, type PortfolioList, type PortfolioPage } from './schemas';
import { CadenzaSession, type LoginSecrets } from './session';

const listPath = '/api/v3/tradingAccount/portfolio/list';
/** The documented maximum page size: fewest requests. */
const pageLimit = 100;
/** A runaway guard (100,000 rows): a venue that keeps announcing more rows must not page forever. */
const maxPages = 1_000;
/** No documented limit: stay well under anything a REST gateway would enforce. */
const dataRate: Rate = { count: 5, perMs: 1_000 };

/** A successful page, or the VenueError its answer means. Pure: the fuzz tests drive it directly. */
export function portfolioPageFrom(answer: HttpAnswer, secrets: readonly string[]): PortfolioPage {
  if (isFailure(answer)) throw errorFromAnswer(answer, 'portfolio list', secrets);
  return parsePortfolioPage(answer.body);
}

function loginSecrets(credentials: Credentials): LoginSecrets {
  const parsed = LoginCredentials.safeParse(credentials);
  if (parsed.success) return parsed.data;
  throw new VenueError('auth', 'cadenza', 'this connection needs the email and password of a Cadenza login');
}

function badPaging(detail: string): VenueError {
  return new VenueError('bad_response', 'cadenza', `${portfolioListEndpoint}: ${detail}`);
}

/** GETs a page with the current token; a refused token gets one renewal and one retry. */
async function getPage(http: VenueHttp, session: CadenzaSession, offset: number, signal?: AbortSignal): Promise<HttpAnswer> {
  const send = (token: string) =>
    http.send({
      method: 'GET',
      path: listPath,
      searchParams: [
        ['limit', String(pageLimit)],
        ['offset', String(offset)],
      ],
      headers: { Authorization: `Bearer ${token}` },
      endpointClass: 'portfolio',
      rate: dataRate,
      signal,
    });
  const token = await session.bearer(signal);
  const answer = await send(token);
  if (!isTokenRejected(answer)) return answer;
  return send(await session.renewAfterRejection(token, signal));
}

/** Offset-pages to the end: until offset + rows reaches pagination.total (or a short page, if no total). */
async function readAllPages(http: VenueHttp, session: CadenzaSession, signal?: AbortSignal): Promise<PortfolioList> {
  const list: PortfolioList = { portfolios: [], flatRows: [] };
  let offset = 0;
  for (let pages = 0; pages < maxPages; pages++) {
    const page = portfolioPageFrom(await getPage(http, session, offset, signal), session.secrets());
    list.portfolios.push(...page.portfolios);
    list.flatRows.push(...page.flatRows);
    offset += page.count;
    if (page.total === null ? page.count < pageLimit : offset >= page.total) return list;
    if (page.count === 0) throw badPaging(`an empty page at offset ${offset} although pagination.total is ${page.total}`);
  }
  throw badPaging(`more than ${maxPages} pages`);
}

export function createCadenzaClient(context: ClientContext): VenueClient {
  const http = createVenueHttp('cadenza', context.baseUrl.replace(/\/+$/, ''), context.http);
  let session: CadenzaSession | null = null;
  return {
    async read(signal) {
      session ??= new CadenzaSession(http, loginSecrets(context.credentials), context.now);
      const list = await readAllPages(http, session, signal);
      return normalisePortfolios(list, { connectionId: context.connectionId, fetchedAt: context.now().toISOString() });
    },
  };
}
