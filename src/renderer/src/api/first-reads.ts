import type { Api, Channel } from '../../../shared/contract';

/** What the first screen waits for: the landing view (any connections?) and the net worth. */
const firstReads = ['connections.list', 'portfolio.summary'] as const satisfies readonly Channel[];

/**
 * An Api that sends the first screen's reads as soon as it is made (in the page's small entry chunk,
 * while React and the views still load and evaluate) and answers the first call of each with that
 * read; every later call goes out as usual. The core thus works on the summary in parallel with the
 * page instead of after it. A read that fails reaches its first caller, which shows the error as always.
 */
export function withFirstReads(api: Api): Api {
  const sent = new Map<Channel, Promise<unknown>>(firstReads.map((channel) => [channel, api.call(channel, {})]));
  // Its first caller may come late or never (the session failed, the page shows why): no unhandled rejection.
  sent.forEach((read) => read.catch(() => undefined));
  return {
    call(channel, input) {
      const read = sent.get(channel);
      if (read === undefined) return api.call(channel, input);
      sent.delete(channel);
      return read as ReturnType<typeof api.call<typeof channel>>;
    },
    subscribe: (event, listener) => api.subscribe(event, listener),
  };
}
