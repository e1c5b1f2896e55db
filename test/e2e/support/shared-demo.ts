import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Channel, ChannelInput, ChannelOutput, Reply } from '../../../src/shared/contract';
import { defaultSettings } from '../../../src/shared/domain/settings-defaults';
import { startServeProcess, stopServeProcess } from '../../support/serve-process';

const LINK = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/g;

interface Running {
  readonly child: ChildProcess;
  readonly origin: string;
  readonly dataDir: string;
}

/**
 * One `holdfast serve --demo` for a worker's demo tests: a demo start backfills a year, which costs more
 * than most tests that read it. Each test gets the newest one-time link (its own session, as a user's tab
 * would); after it, the demo is put back as it started, so no test sees another's settings or prices.
 */
export class SharedDemo {
  private running: Promise<Running> | null = null;
  private links: string[] = [];
  private exited: Error | null = null;
  private readonly waiters = new Set<() => void>();
  /** The link the current test was given. */
  private given: string | null = null;

  /** Starts the demo on first use; resolves to the served app with a link no page has spent. */
  async open(): Promise<{ url: string; origin: string; dataDir: string }> {
    this.running ??= this.start();
    const { origin, dataDir } = await this.running;
    const url = this.newest();
    this.given = url;
    return { url, origin, dataDir };
  }

  /** After a test: settled again (see settle), and a fresh link for the next test. */
  async reset(): Promise<void> {
    if (!this.running || !this.given) return;
    const { origin } = await this.running;
    await this.settle(origin, await this.sessionAfter(origin, this.given));
    this.given = null;
  }

  async close(): Promise<void> {
    if (!this.running) return;
    const { child, dataDir } = await this.running;
    await stopServeProcess(child);
    rmSync(dataDir, { recursive: true, force: true });
  }

  /**
   * How every test finds the demo: default settings, no manual prices, and held still (polls paused, a read
   * already running joined), so no read lands mid-test unless the test asks for one. Polling on, a test
   * would meet the burst of reads that resuming schedules, and a chart redrawn under its pointer.
   */
  private async settle(origin: string, session: string): Promise<void> {
    const call = <C extends Channel>(channel: C, input: ChannelInput<C>) => this.call(origin, session, channel, input);
    await call('settings.update', defaultSettings);
    for (const price of await call('prices.list', {})) await call('prices.remove', { asset: price.asset });
    await call('sync.pause', {});
    await call('sync.now', {});
  }

  private async start(): Promise<Running> {
    const dataDir = mkdtempSync(join(tmpdir(), 'holdfast-e2e-shared-'));
    const { child, url } = await startServeProcess(dataDir, ['--demo']);
    this.links.push(url);
    let pending = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) this.links.push(...(line.match(LINK) ?? []));
      this.wake();
    });
    child.once('exit', (code) => {
      this.exited = new Error(`the shared demo's holdfast serve exited with ${code}`);
      this.wake();
    });
    const origin = new URL(url).origin;
    const session = await this.trade(origin, url);
    if (!session) throw new Error('the shared demo refused its first link');
    await this.settle(origin, session);
    return { child, origin, dataDir };
  }

  private newest(): string {
    const link = this.links.at(-1);
    if (!link || this.exited) throw this.exited ?? new Error('the shared demo printed no link');
    return link;
  }

  /**
   * A session of the fixture's own, traded for the test's link if the test never spent it, else for the
   * link printed when it did. Either way the trade makes the server print the next test's link.
   */
  private async sessionAfter(origin: string, given: string): Promise<string> {
    const mine = await this.trade(origin, given);
    if (mine) return mine;
    await this.printedAfter(given);
    const next = this.newest();
    const session = await this.trade(origin, next);
    if (!session) throw new Error('the shared demo refused its newest link');
    return session;
  }

  /** Spends `link` for a session, or null when it was spent already; waits for the link the spending prints. */
  private async trade(origin: string, link: string): Promise<string | null> {
    const token = new URL(link).searchParams.get('token');
    const response = await fetch(`${origin}/api/session`, {
      method: 'POST',
      headers: { Origin: origin, 'Content-Type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    if (response.status === 401) return null;
    const reply = (await response.json()) as Reply<{ session: string }>;
    if (!reply.ok) throw new Error(`session: ${reply.error.message}`);
    if (link === this.newest()) await this.printedAfter(link);
    return reply.data.session;
  }

  /** Resolves once the server has printed a link after `link` (it prints one the moment a link is spent). */
  private printedAfter(link: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.exited) reject(this.exited);
        else if (this.links.at(-1) !== link) resolve();
        else return;
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  private async call<C extends Channel>(origin: string, session: string, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const response = await fetch(`${origin}/api/${channel}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${session}`, Origin: origin, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    const reply = (await response.json()) as Reply<ChannelOutput<C>>;
    if (!reply.ok) throw new Error(`${channel}: ${reply.error.message}`);
    return reply.data;
  }
}
