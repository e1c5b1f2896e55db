import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { startServeProcess } from '../../test/support/serve-process';

export interface Served {
  readonly child: ChildProcess;
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  /** Peak resident memory of the serve process so far (VmHWM), in MiB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

/** `holdfast serve` as a user starts it (the built app), on the given data directory. */
export async function startServe(dataDir: string): Promise<Served> {
  const { child, url } = await startServeProcess(dataDir);
  const parsed = new URL(url);
  return {
    child,
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
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
    headers: { Authorization: `Bearer ${served.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const reply = (await response.json()) as { ok: boolean; data?: unknown; error?: { message: string } };
  if (!reply.ok) throw new Error(reply.error?.message ?? 'call failed');
  return reply.data;
}
