import { contract, isChannel, type Channel, type ChannelInput, type ChannelOutput, type Handlers, type Reply } from '../../shared/contract';
import { invalidInput } from '../../shared/errors';
import { AppError } from '../../shared/app-error';
import type { Logger } from '../log/logger';

/**
 * Typed for callers inside the process (the CLI, the demo, tests): the channel names its input and reply.
 * Transports pass whatever name arrived; an unknown one is answered with an error, never thrown.
 */
export interface Dispatch {
  <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Reply<ChannelOutput<C>>>;
  (channel: string, input: unknown): Promise<Reply<unknown>>;
}

/**
 * The one gate every transport calls: the input is parsed by the contract before a handler runs,
 * and the output is parsed on the way out so that a field the contract does not name never leaves.
 * `explain` turns an error it recognises (a full disk, a busy database) into the user's sentence.
 */
export function createDispatch(handlers: Handlers, log: Logger, explain: (error: unknown) => AppError | null = () => null): Dispatch {
  return async (channel: string, input: unknown): Promise<Reply<unknown>> => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: `There is no channel named "${channel}".` } };
    }
    try {
      return { ok: true, data: await run(handlers, channel, input) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toBody() };
      log.error(`${channel} failed`, error);
      const explained = explain(error);
      if (explained) return { ok: false, error: explained.toBody() };
      return { ok: false, error: { code: 'internal', message: `Holdfast hit an unexpected error in ${channel}. Details are in the log.` } };
    }
  };
}

async function run<C extends Channel>(handlers: Handlers, channel: C, input: unknown): Promise<unknown> {
  const spec = contract[channel];
  const parsed = spec.input.safeParse(input ?? {});
  if (!parsed.success) throw invalidInput(parsed.error.issues);
  const handler = handlers[channel] as (value: unknown) => Promise<unknown>;
  return spec.output.parse(await handler(parsed.data));
}
