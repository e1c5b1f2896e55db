import type { Channel, ChannelInput, ChannelOutput, EventName, EventPayload, Reply } from './contract';

/** What the preload puts on `window.holdfast`: one method per channel, plus a subscription to named push events. */
export type PreloadApi = { [C in Channel]: (input: ChannelInput<C>) => Promise<Reply<ChannelOutput<C>>> } & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};
