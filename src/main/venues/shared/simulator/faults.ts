import { z } from 'zod';

/**
 * Switches a test (or `npm run sim -- --fault …`) flips to make a simulator misbehave like a real venue can.
 * Counted faults (`times`) fire on that many requests and then clear, so "one 429 then success" is one switch.
 */
export const Fault = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('latency'), ms: z.number().int().min(0) }),
  z.object({ kind: z.literal('rate_limit'), times: z.number().int().min(1), retryAfterSec: z.number().int().min(0).optional() }),
  z.object({ kind: z.literal('server_error'), times: z.number().int().min(1), status: z.number().int().min(500).max(599).default(503) }),
  /** Accepts the request and never answers (until the client gives up or the simulator closes). */
  z.object({ kind: z.literal('timeout'), times: z.number().int().min(1) }),
  z.object({ kind: z.literal('malformed_json'), times: z.number().int().min(1) }),
  z.object({ kind: z.literal('html_error'), times: z.number().int().min(1), status: z.number().int().default(502) }),
  /** A 200 answer of `megabytes` MiB (JSON that never closes), streamed until the client stops reading. */
  z.object({ kind: z.literal('oversized'), times: z.number().int().min(1), megabytes: z.number().int().min(1).default(64) }),
  /** The venue-specific answer with a field renamed or retyped. */
  z.object({ kind: z.literal('schema_drift') }),
  z.object({ kind: z.literal('empty') }),
  /** Every token or key issued so far stops working. */
  z.object({ kind: z.literal('revoke_tokens') }),
]);
export type Fault = z.infer<typeof Fault>;

/** `--fault rate_limit:2`, `--fault latency:300`, `--fault server_error:1:500`, `--fault oversized:1:300`, `--fault empty`. */
export function parseFaultFlag(flag: string): Fault {
  const [kind, first, second] = flag.split(':');
  const n = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  const candidate: Record<string, unknown> = { kind };
  if (kind === 'latency') candidate.ms = n(first) ?? 500;
  else if (kind === 'rate_limit') Object.assign(candidate, { times: n(first) ?? 1, retryAfterSec: n(second) });
  else if (kind === 'server_error' || kind === 'html_error') Object.assign(candidate, { times: n(first) ?? 1, status: n(second) });
  else if (kind === 'timeout' || kind === 'malformed_json') candidate.times = n(first) ?? 1;
  else if (kind === 'oversized') Object.assign(candidate, { times: n(first) ?? 1, megabytes: n(second) });
  return Fault.parse(JSON.parse(JSON.stringify(candidate)));
}

/** The faults in force for one simulator; counted ones are consumed as requests arrive. */
export class FaultBoard {
  private faults: Fault[] = [];

  set(...faults: Fault[]): void {
    this.faults.push(...faults);
  }

  clear(): void {
    this.faults = [];
  }

  has(kind: Fault['kind']): boolean {
    return this.faults.some((fault) => fault.kind === kind);
  }

  latencyMs(): number {
    return this.faults.reduce((total, fault) => total + (fault.kind === 'latency' ? fault.ms : 0), 0);
  }

  /** Takes one firing of the first counted fault of these kinds, if any. */
  take<K extends Fault['kind']>(...kinds: K[]): Extract<Fault, { kind: K }> | undefined {
    const index = this.faults.findIndex((fault) => (kinds as string[]).includes(fault.kind));
    if (index < 0) return undefined;
    const fault = this.faults[index] as Extract<Fault, { kind: K }>;
    if ('times' in fault) {
      const left = fault.times - 1;
      if (left <= 0) this.faults.splice(index, 1);
      else this.faults[index] = { ...fault, times: left } as Fault;
    }
    return fault;
  }
}
