import type { Api, Channel, ChannelInput, ChannelOutput, Reply } from '../../../shared/contract';
import { AppError } from '../../../shared/app-error';
import type { PreloadApi } from '../../../shared/preload-api';

/** Electron transport: the preload's per-channel methods. */
export function ipcApi(bridge: PreloadApi): Api {
  return {
    async call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
      // The mapped type cannot be indexed generically; the channel name ties the method to its types.
      const method = bridge[channel] as unknown as (value: ChannelInput<C>) => Promise<Reply<ChannelOutput<C>>>;
      const reply = await method(input);
      if (!reply.ok) throw AppError.fromBody(reply.error);
      return reply.data as ChannelOutput<C>;
    },
    subscribe: (event, listener) => bridge.on(event, listener),
  };
}
