import { AppError } from '../../../shared/app-error';
import type { Api, Channel, ChannelInput, ChannelOutput, EventName, Reply } from '../../../shared/contract';
import { eventNames } from '../../../shared/event-names';
import { authorizedFetch, browserSession, sessionRefused } from './browser-session';
import { errorFromReply } from './error-reply';
import { readEventStream } from './event-stream';

/** How long to wait before reopening a dropped event stream, as EventSource would. */
const RECONNECT_MS = 3_000;

/**
 * Browser-mode transport: POST /api/<channel>, and one streamed GET /api/events for push events.
 * Both carry the page's session token in an Authorization header.
 */
export function httpApi(): Api {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let streaming = false;
  const known = new Set<string>(eventNames);

  async function listen(): Promise<void> {
    for (;;) {
      try {
        const response = await authorizedFetch('/api/events', { headers: { Accept: 'text/event-stream' } });
        // A refused session stays refused: the calls say so to the user.
        if (response.status === 401 || response.status === 403 || !response.body) return;
        await readEventStream(response.body, ({ event, data }) => {
          if (!known.has(event)) return;
          const payload = JSON.parse(data) as never;
          listeners.get(event as EventName)?.forEach((listener) => listener(payload));
        });
      } catch {
        // The server went away or the session never opened: try again, as EventSource does.
      }
      await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
    }
  }

  return {
    async call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
      await browserSession();
      let response: Response;
      try {
        response = await authorizedFetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
        });
      } catch {
        throw new AppError('internal', 'Holdfast’s server is not answering. Is `holdfast serve` still running?');
      }
      if (response.status === 401 || response.status === 403) throw sessionRefused();
      const reply = (await response.json()) as Reply<ChannelOutput<C>>;
      if (!reply.ok) throw await errorFromReply(reply.error);
      return reply.data;
    },
    subscribe(event, listener) {
      if (!streaming) {
        streaming = true;
        void listen();
      }
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: never) => void);
    },
  };
}
