import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { inject } from 'vitest';
import { runCli as runProgram } from '../../src/main/cli/run';

const root = join(import.meta.dirname, '..', '..');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  readonly stdin?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** For spawnCli: the process is killed after this long. In-process runs are bounded by the test's own timeout. */
  readonly timeoutMs?: number;
}

/**
 * Runs the real CLI program in this process, as bin/holdfast.mjs does, on streams of its own: the same
 * commands, output and exit code as a spawned `holdfast`, without starting Node and tsx per case.
 * `env` is added to this process's environment, as it would be for a child.
 */
export async function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runProgram(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Readable.from(options.stdin ? [Buffer.from(options.stdin)] : []),
    env: { ...process.env, ...options.env },
  });
  return { code, stdout, stderr };
}

/**
 * Runs the CLI from source in its own process, as a user would, with stdin piped: for what only a
 * process shows (its environment reaching native modules, pipes, several processes on one database).
 * The process runs the sources as bundled once for this test run (test/support/bundle-scripts.ts).
 */
export function spawnCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [inject('scripts').cli, ...args], {
      cwd: root,
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 15_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.stdin ?? '');
  });
}
