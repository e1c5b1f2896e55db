import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { openSession } from '../../test/support/browser-session';
import { startServeProcess } from '../../test/support/serve-process';

export interface Served {
  readonly child: ChildProcess;
  readonly url: string;
  readonly origin: string;
  /** The printed link traded for a session, on first use: a page that opens `url` must do so first. */
  session(): Promise<Record<string, string>>;
  /** Peak resident memory of the serve process so far (VmHWM), in MiB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

/** `holdfast serve` as a user starts it (the built app), on the given data directory. */
export async function startServe(dataDir: string): Promise<Served> {
  const { child, url } = await startServeProcess(dataDir);
  let headers: Promise<Record<string, string>> | undefined;
  return {
    child,
    url,
    origin: new URL(url).origin,
    session: () => (headers ??= openSession(url).then((opened) => opened.headers)),
    peakRssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function callServed(served: Served, channel: string, input: unknown = {}): Promise<unknown> {
  const response = await fetch(`${served.origin}/api/${channel}`, {
    method: 'POST',
    headers: await served.session(),
    body: JSON.stringify(input),
  });
  const reply = (await response.json()) as { ok: boolean; data?: unknown; error?: { message: string } };
  if (!reply.ok) throw new Error(reply.error?.message ?? 'call failed');
  return reply.data;
}
