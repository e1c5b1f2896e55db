import PQueue from 'p-queue';

export interface Rate {
  /** How many requests may start … */
  readonly count: number;
  /** … in this many milliseconds. */
  readonly perMs: number;
}

/** Gates request starts so that each endpoint class stays under its documented rate. */
export class RateGate {
  private readonly queue: PQueue;

  constructor(readonly rate: Rate) {
    // strict: a sliding window, so no span of `perMs` ever sees more than `count` starts, across window edges too.
    this.queue = new PQueue({ intervalCap: rate.count, interval: rate.perMs, strict: true });
  }

  /** Requests held at the gate for a later window: how a test sees that a request waits. */
  get waiting(): number {
    return this.queue.size;
  }

  /** Resolves when the next request may start. */
  async acquire(signal?: AbortSignal): Promise<void> {
    await this.queue.add(() => {}, { signal });
  }
}

const gates = new Map<string, RateGate>();

/**
 * One gate per host and endpoint class, shared by every connection to that host: a venue's limit
 * may be per key or per IP, and staying under it per host is the safe reading of both.
 */
export function rateGateFor(baseUrl: string, endpointClass: string, rate: Rate): RateGate {
  const key = `${new URL(baseUrl).host} ${endpointClass} ${rate.count}/${rate.perMs}`;
  let gate = gates.get(key);
  if (!gate) {
    gate = new RateGate(rate);
    gates.set(key, gate);
  }
  return gate;
}

/**
 * The gate spaces request starts on this machine; the venue counts arrivals, which jitter by the
 * network's varying latency (a burst's first requests also wait for their connections). Stretching the
 * window by that much keeps every venue-side window within the documented count.
 */
const TRANSPORT_JITTER_MS = 250;

export function withJitterMargin(documented: Rate): Rate {
  return { count: documented.count, perMs: documented.perMs + TRANSPORT_JITTER_MS };
}

/** The fastest poll the documented rate allows for a read of `requestsPerRead` requests, and never under 10 s. */
export function minPollIntervalSec(documented: Rate, requestsPerRead: number): number {
  return Math.max(10, Math.ceil((requestsPerRead * documented.perMs) / documented.count / 1000));
}
