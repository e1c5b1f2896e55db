import { LoginCredentials, type Credentials } from '../../../shared/domain/venue';
import type { ClientContext, VenueClient } from '../connector';
import { createVenueHttp, type HttpAnswer } from '../shared/http';
import { NameCache } from '../shared/name-cache';
import { readOffsetPages } from '../shared/offset-pages';
import { VenueError } from '../shared/venue-error';
import { readMetaOf } from '../shared/read-meta';
import { readAccountNicknames } from './account-names';
import { errorFromAnswer, isFailure } from './errors';
import { normalisePortfolios } from './normalise';
import { parsePortfolioPage, portfolioListEndpoint, type PortfolioList, type PortfolioPage } from './schemas';
import { bearerGet, CadenzaSession, type BearerGet, type LoginSecrets } from './session';

const listPath = '/api/v3/tradingAccount/portfolio/list';
/** The documented maximum page size: fewest requests. */
const pageLimit = 100;
/** A runaway guard (100,000 rows): a venue that keeps announcing more rows must not page forever. */
const maxPages = 1_000;

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

/** Every page of the portfolio list, at the documented maximum page size. */
async function readAllPages(get: BearerGet, session: CadenzaSession, signal?: AbortSignal): Promise<PortfolioList> {
  const list: PortfolioList = { portfolios: [], flatRows: [] };
  await readOffsetPages({ venue: 'cadenza', what: portfolioListEndpoint, pageLimit, maxPages }, async (offset, limit) => {
    const answer = await get(
      listPath,
      [
        ['limit', String(limit)],
        ['offset', String(offset)],
      ],
      signal,
    );
    const page = portfolioPageFrom(answer, session.secrets());
    list.portfolios.push(...page.portfolios);
    list.flatRows.push(...page.flatRows);
    return page;
  });
  return list;
}

export function createCadenzaClient(context: ClientContext): VenueClient {
  const http = createVenueHttp('cadenza', context.baseUrl.replace(/\/+$/, ''), context.http);
  let session: CadenzaSession | null = null;
  let names: NameCache | null = null;
  return {
    async read(signal) {
      session ??= new CadenzaSession(http, loginSecrets(context.credentials), context.now, context.onSecret);
      const get = bearerGet(http, session);
      const secrets = session.secrets.bind(session);
      names ??= new NameCache((lookupSignal) => readAccountNicknames(get, secrets, lookupSignal), 'Cadenza account nicknames', { now: context.now });
      // Names after the balances: the login both share is then already made, and a failed login fails the read first.
      const list = await readAllPages(get, session, signal);
      const lookup = await names.get(signal);
      return normalisePortfolios(list, readMetaOf(context), lookup);
    },
  };
}
