import { CommanderError } from 'commander';
import { cliIo, failWith, processIo, withCliIo, type CliIo } from './io';
import { buildProgram } from './program';

/**
 * One run of `holdfast` with the user's arguments (without `node` and the script), on the given
 * streams; resolves to the exit code. bin/holdfast.mjs runs it on the process's own streams, tests
 * in-process on their own; the behaviour is the same.
 */
export function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  return withCliIo(io, async () => {
    try {
      await buildProgram().parseAsync([...argv], { from: 'user' });
    } catch (error) {
      // Commander has already written its own message (and the help) for a usage error, --help or --version.
      if (error instanceof CommanderError) return failWith(error.exitCode);
      cliIo().stderr.write(`holdfast: ${error instanceof Error ? error.message : String(error)}\n`);
      failWith(1);
    }
  });
}
