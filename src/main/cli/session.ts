import type { Command } from 'commander';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';
import { AppError } from '../../shared/app-error';
import type { AppMode, Core } from '../core';
import { resolveDataDir } from '../data-dir';
import { cliIo } from './io';

/** A core opened for one command, with the contract's calls unwrapped: an error reply becomes a thrown AppError. */
export class CliSession {
  private constructor(readonly core: Core) {}

  /** `readOnly` for commands that only read the cache: they open the database read-only and so work on a full disk. */
  static async open(command: Command, mode: AppMode = 'cli', access: { readOnly?: boolean } = {}): Promise<CliSession> {
    const { dataDir } = command.optsWithGlobals<{ dataDir?: string }>();
    const { env } = cliIo();
    // Loaded with the first session, not with the program: `holdfast serve` listens before the core has loaded.
    const [{ createCore }, { KeytarSecretStore }] = await Promise.all([import('../core'), import('../secrets/keytar-secret-store')]);
    const secrets = new KeytarSecretStore(env.HOLDFAST_KEYCHAIN_SERVICE || undefined);
    return new CliSession(createCore({ dataDir: resolveDataDir(dataDir, env), mode, readOnly: access.readOnly, secrets }));
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
export async function withSession(command: Command, body: (session: CliSession) => Promise<void>, access: { readOnly?: boolean } = {}): Promise<void> {
  const session = await CliSession.open(command, 'cli', access);
  try {
    await body(session);
  } finally {
    await session.close();
  }
}

/** The same for a command that only reads the cache (holdings, positions, history, export, listing). */
export function withReadOnlySession(command: Command, body: (session: CliSession) => Promise<void>): Promise<void> {
  return withSession(command, body, { readOnly: true });
}

/**
 * A command's action that runs `body` with a session, always closed. Commander calls an action with the
 * command's arguments, then its options, then the command; `body` gets the session, then the arguments
 * and options. Flags are checked as they are parsed (./options), before the session opens.
 */
export function sessionAction<A extends unknown[]>(body: (session: CliSession, ...args: A) => Promise<void>, access: { readOnly?: boolean } = {}): (...args: unknown[]) => Promise<void> {
  return (...args) => {
    const command = args[args.length - 1] as Command;
    return withSession(command, (session) => body(session, ...(args.slice(0, -1) as A)), access);
  };
}

/** The same for a command that only reads the cache. */
export function readOnlyAction<A extends unknown[]>(body: (session: CliSession, ...args: A) => Promise<void>): (...args: unknown[]) => Promise<void> {
  return sessionAction(body, { readOnly: true });
}
