import type { Command } from 'commander';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { createCore, type AppMode, type Core } from '../core';
import { resolveDataDir } from '../data-dir';

/** A core opened for one command, with the contract's calls unwrapped: an error reply becomes a thrown AppError. */
export class CliSession {
  private constructor(readonly core: Core) {}

  static open(command: Command, mode: AppMode = 'cli'): CliSession {
    const { dataDir } = command.optsWithGlobals<{ dataDir?: string }>();
    return new CliSession(createCore({ dataDir: resolveDataDir(dataDir), mode }));
  }

  async call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const reply = await this.core.dispatch(channel, input);
    if (!reply.ok) throw AppError.fromBody(reply.error);
    return reply.data;
  }

  close(): Promise<void> {
    return this.core.close();
  }
}

/** Runs a command body with a session that is always closed, whatever happens. */
export async function withSession(command: Command, body: (session: CliSession) => Promise<void>): Promise<void> {
  const session = CliSession.open(command);
  try {
    await body(session);
  } finally {
    await session.close();
  }
}
