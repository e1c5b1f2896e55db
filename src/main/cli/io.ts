import { AsyncLocalStorage } from 'node:async_hooks';

/** Where one run of the CLI reads and writes: the process's own streams, or a caller's (tests run it in-process). */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** Credentials arrive here; `isTTY` means nobody piped anything. */
  readonly stdin: AsyncIterable<Buffer | string> & { readonly isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
}

interface CliRun {
  readonly io: CliIo;
  exitCode: number;
}

const current = new AsyncLocalStorage<CliRun>();

/** The process's own streams and environment, as a user's shell gives them. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

/** The streams of the run in progress; outside a run (e.g. `serve` answering later), the process's. */
export function cliIo(): CliIo {
  return current.getStore()?.io ?? processIo();
}

/** A command that ran but failed (a read that failed, a test that did not pass) ends with this code. */
export function failWith(code = 1): void {
  const run = current.getStore();
  if (run) run.exitCode = code;
  else process.exitCode = code;
}

/** Runs `body` with `io` as the CLI's streams; resolves to the exit code the run set (0 by default). */
export async function withCliIo(io: CliIo, body: () => Promise<void>): Promise<number> {
  const run: CliRun = { io, exitCode: 0 };
  await current.run(run, body);
  return run.exitCode;
}
