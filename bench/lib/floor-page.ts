import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface FloorPage {
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts bench/floor/page-server.mjs the way `holdfast serve` is started (a Node process printing its URL). */
export async function startFloorPage(): Promise<FloorPage> {
  const child: ChildProcess = spawn(process.execPath, [join(import.meta.dirname, '..', 'floor', 'page-server.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(output);
      if (match) resolve(match[0]);
    });
    child.on('exit', (code) => reject(new Error(`the floor page exited with ${code}`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
