import type { Api, Channel } from '../../../shared/contract';

/** What the first screen waits for: the landing view (any connections?) and the net worth. */
const firstReads = ['connections.list', 'portfolio.summary'] as const satisfies readonly Channel[];

export interface FirstReadsApi extends Api {
  /** Sends the first screen's reads now, unless a call went out already (then they are not needed). */
  sendFirstReads(): void;
}

/**
 * An Api that can send the first screen's reads before anything asks for them (start.ts does, while
 * React and the views still load and evaluate) and answers the first call of each with that read; every
 * later call goes out as usual. The core thus works on the summary in parallel with the page instead of
 * after it. A read that fails reaches its first caller, which shows the error as always.
 */
export function withFirstReads(api: Api): FirstReadsApi {
  const sent = new Map<Channel, Promise<unknown>>();
  let started = false;
  return {
    sendFirstReads() {
      if (started) return;
      started = true;
      for (const channel of firstReads) {
        const read = api.call(channel, {});
        // Its first caller may come late or never (the session failed, the page shows why): no unhandled rejection.
        read.catch(() => undefined);
        sent.set(channel, read);
      }
    },
    call(channel, input) {
      started = true;
      const read = sent.get(channel);
      if (read === undefined) return api.call(channel, input);
      sent.delete(channel);
      return read as ReturnType<typeof api.call<typeof channel>>;
    },
    subscribe: (event, listener) => api.subscribe(event, listener),
  };
}
