import { eventNames, type Api, type Channel, type ChannelInput, type ChannelOutput, type EventName, type Reply } from '../../../shared/contract';
import { AppError, ErrorBody } from '../../../shared/errors';

/** Browser-mode transport: POST /api/<channel>, and one EventSource for push events. The session cookie carries the token. */
export function httpApi(): Api {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let source: EventSource | undefined;

  function ensureStream(): void {
    if (source) return;
    source = new EventSource('/api/events');
    for (const name of eventNames) {
      source.addEventListener(name, (message) => {
        const payload = JSON.parse((message as MessageEvent<string>).data) as never;
        listeners.get(name)?.forEach((listener) => listener(payload));
      });
    }
  }

  return {
    async call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
      let response: Response;
      try {
        response = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
          credentials: 'same-origin',
        });
      } catch {
        throw new AppError('internal', 'Holdfast’s server is not answering. Is `holdfast serve` still running?');
      }
      if (response.status === 401 || response.status === 403) {
        throw new AppError('invalid_input', 'This page’s session is no longer valid. Open the URL that `holdfast serve` printed.');
      }
      const reply = (await response.json()) as Reply<ChannelOutput<C>>;
      if (!reply.ok) throw AppError.fromBody(ErrorBody.parse(reply.error));
      return reply.data;
    },
    subscribe(event, listener) {
      ensureStream();
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: never) => void);
    },
  };
}
