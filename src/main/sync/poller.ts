import PQueue from 'p-queue';
import type { Connection } from '../../shared/domain/connection';
import type { SyncOutcome, SyncStatus } from '../../shared/domain/sync';

export interface PollerDeps {
  readonly connections: () => Connection[];
  readonly read: (connection: Connection, signal: AbortSignal) => Promise<SyncOutcome>;
  /** The connection's interval, never faster than its venue allows. */
  readonly intervalMs: (connection: Connection) => number;
  /** When this connection was last read (ms), from the store: a restart waits out the interval instead of reading at once. */
  readonly lastReadAt?: (connectionId: string) => number | null;
  /** Reads running at once; a cycle then takes about as long as its slowest venue, not the sum. */
  readonly concurrency?: number;
  readonly maxBackoffMs?: number;
  readonly random?: () => number;
  readonly now?: () => number;
}

interface Slot {
  timer?: NodeJS.Timeout;
  nextAt: number | null;
  inFlight?: Promise<SyncOutcome>;
  controller?: AbortController;
  failures: number;
  paused: boolean;
}

const JITTER = 0.1;

/**
 * Polls every enabled connection on its own timer, with jitter, one read per connection at a time,
 * exponential backoff after failures, pause/resume, and "sync now". stop() aborts reads in flight.
 */
export class Poller {
  private readonly slots = new Map<string, Slot>();
  private readonly queue: PQueue;
  private running = false;
  private allPaused = false;
  private readonly random: () => number;
  private readonly now: () => number;

  constructor(private readonly deps: PollerDeps) {
    // Reads wait on the network, not the CPU: eight at once covers a typical set of venues in one round.
    this.queue = new PQueue({ concurrency: deps.concurrency ?? 8 });
    this.random = deps.random ?? Math.random;
    this.now = deps.now ?? Date.now;
  }

  start(): void {
    this.running = true;
    this.refresh();
  }

  /** Picks up added, removed, edited, enabled or disabled connections. */
  refresh(): void {
    const current = new Map(this.deps.connections().map((c) => [c.id, c]));
    for (const [id, slot] of this.slots) {
      if (!current.get(id)?.enabled) {
        clearTimeout(slot.timer);
        slot.controller?.abort(new Error('connection removed or disabled'));
        this.slots.delete(id);
      }
    }
    for (const connection of current.values()) {
      if (connection.enabled && !this.slots.has(connection.id)) this.slots.set(connection.id, { nextAt: null, failures: 0, paused: false });
    }
    if (!this.running || this.allPaused) return;
    for (const [id, slot] of this.slots) {
      const connection = current.get(id);
      if (connection && slot.nextAt === null && !slot.inFlight && !slot.paused) this.schedule(id, this.firstDelay(connection));
    }
  }

  /** Soon after start, unless the stored data is younger than one interval: then when it comes due. */
  private firstDelay(connection: Connection): number {
    const last = this.deps.lastReadAt?.(connection.id) ?? null;
    const due = last === null ? 0 : last + this.deps.intervalMs(connection) - this.now();
    return this.jittered(Math.max(1_000, due));
  }

  /** Reads one connection, or every enabled one, now; a read already running is joined, not repeated. */
  async syncNow(connectionId?: string): Promise<SyncOutcome[]> {
    const targets = this.deps.connections().filter((c) => c.enabled && (connectionId === undefined || c.id === connectionId));
    return Promise.all(targets.map((c) => this.readOnce(c)));
  }

  pause(connectionId?: string): void {
    if (connectionId === undefined) this.allPaused = true;
    const slot = connectionId ? this.slots.get(connectionId) : undefined;
    if (slot) slot.paused = true;
    for (const [id, s] of this.slots) {
      if (connectionId === undefined || id === connectionId) {
        clearTimeout(s.timer);
        s.nextAt = null;
      }
    }
  }

  resume(connectionId?: string): void {
    if (connectionId === undefined) this.allPaused = false;
    for (const [id, slot] of this.slots) {
      if (connectionId !== undefined && id !== connectionId) continue;
      slot.paused = false;
      if (this.running && !this.allPaused && !slot.inFlight) this.schedule(id, this.jittered(500));
    }
  }

  status(): SyncStatus {
    return {
      running: this.running,
      paused: this.allPaused,
      connections: this.deps.connections().map((c) => {
        const slot = this.slots.get(c.id);
        const state = !c.enabled
          ? 'disabled'
          : slot?.inFlight
            ? 'syncing'
            : slot?.paused || this.allPaused
              ? 'paused'
              : (slot?.failures ?? 0) > 0
                ? 'backoff'
                : 'idle';
        return {
          connectionId: c.id,
          state,
          nextAt: slot?.nextAt ? new Date(slot.nextAt).toISOString() : null,
          failures: slot?.failures ?? 0,
        };
      }),
    };
  }

  /** Stops timers, aborts reads in flight and waits for them to settle. */
  async stop(): Promise<void> {
    this.running = false;
    const pending: Promise<unknown>[] = [];
    for (const slot of this.slots.values()) {
      clearTimeout(slot.timer);
      slot.nextAt = null;
      slot.controller?.abort(new Error('Holdfast is stopping'));
      if (slot.inFlight) pending.push(slot.inFlight.catch(() => undefined));
    }
    this.queue.clear();
    await Promise.all(pending);
  }

  private readOnce(connection: Connection): Promise<SyncOutcome> {
    const slot = this.slots.get(connection.id) ?? { nextAt: null, failures: 0, paused: false };
    this.slots.set(connection.id, slot);
    if (slot.inFlight) return slot.inFlight;
    clearTimeout(slot.timer);
    slot.nextAt = null;
    const controller = new AbortController();
    slot.controller = controller;
    const run = this.queue.add(() => this.deps.read(connection, controller.signal)) as Promise<SyncOutcome>;
    slot.inFlight = run
      .then((outcome) => {
        slot.failures = outcome.ok ? 0 : slot.failures + 1;
        return outcome;
      })
      .finally(() => {
        slot.inFlight = undefined;
        slot.controller = undefined;
        if (this.running && !slot.paused && !this.allPaused && this.slots.get(connection.id) === slot) {
          this.schedule(connection.id, this.delayAfter(connection, slot.failures));
        }
      });
    return slot.inFlight;
  }

  private schedule(connectionId: string, delayMs: number): void {
    const slot = this.slots.get(connectionId);
    if (!slot) return;
    clearTimeout(slot.timer);
    slot.nextAt = this.now() + delayMs;
    slot.timer = setTimeout(() => {
      const connection = this.deps.connections().find((c) => c.id === connectionId);
      if (connection?.enabled) void this.readOnce(connection).catch(() => undefined);
    }, delayMs);
    slot.timer.unref?.();
  }

  /** The interval after a success; doubling per consecutive failure, capped, after failures. */
  private delayAfter(connection: Connection, failures: number): number {
    const interval = this.deps.intervalMs(connection);
    const backoff = failures === 0 ? interval : Math.min(interval * 2 ** failures, Math.max(interval, this.deps.maxBackoffMs ?? 30 * 60_000));
    return this.jittered(backoff);
  }

  private jittered(ms: number): number {
    return Math.round(ms * (1 - JITTER + 2 * JITTER * this.random()));
  }
}
