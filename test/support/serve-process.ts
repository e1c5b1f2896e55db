import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export interface ServeProcess {
  readonly child: ChildProcess;
  /** The URL `holdfast serve` printed, token included. */
  readonly url: string;
}

/**
 * Starts the built app in browser mode exactly as a user does (`holdfast serve`), with a keychain
 * service of its own (or the one given, so a restart finds the credentials it saved), and resolves once it
 * prints its URL. For the browser tests and the benchmarks.
 */
export async function startServeProcess(dataDir: string, extraArgs: readonly string[] = [], keychainService = `holdfast-test-${randomUUID()}`): Promise<ServeProcess> {
  // A later --port in extraArgs wins: a restart can take the port its predecessor had.
  const args = [join(root, 'bin/holdfast.mjs'), 'serve', '--port', '0', '--data-dir', dataDir, ...extraArgs];
  const child = spawn(process.execPath, args, {
    // A venue that stops answering is retried as often as in use, but after 50 ms, 100 ms, 200 ms instead of
    // 1 s, 2 s, 4 s: the tests of a failing connection wait for its read to fail, not for the backoff.
    env: { ...process.env, HOLDFAST_KEYCHAIN_SERVICE: keychainService, HOLDFAST_RETRY_BASE_MS: '50' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`holdfast serve printed no URL: ${output}`)), 120_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`holdfast serve exited with ${code}: ${output}`)));
  });
  return { child, url };
}

/**
 * Stops a `holdfast serve` and resolves once it has exited: until then it may still be writing its data
 * folder (a backup, a log line), and removing that folder under it failed a test's teardown (ENOTEMPTY).
 */
export function stopServeProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
