import type { HttpAnswer, VenueHttp } from '../shared/http';
import type { Rate } from '../shared/rate-limit';
import { isTokenRejected } from './errors';
import type { CadenzaSession } from './session';

/** No documented limit: stay well under anything a REST gateway would enforce. */
const dataRate: Rate = { count: 5, perMs: 1_000 };

/** A GET of one Cadenza endpoint with the session's token. */
export type BearerGet = (path: string, searchParams: [string, string][], signal?: AbortSignal) => Promise<HttpAnswer>;

/** Every data GET of a client: the session's token, and on a refused token one renewal and one retry. */
export function bearerGet(http: VenueHttp, session: CadenzaSession): BearerGet {
  return async (path, searchParams, signal) => {
    const send = (token: string) =>
      http.send({ method: 'GET', path, searchParams, headers: { Authorization: `Bearer ${token}` }, endpointClass: 'portfolio', rate: dataRate, signal });
    const token = await session.bearer(signal);
    const answer = await send(token);
    if (!isTokenRejected(answer)) return answer;
    return send(await session.renewAfterRejection(token, signal));
  };
}
