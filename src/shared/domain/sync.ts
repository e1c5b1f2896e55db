import { z } from 'zod';
import { ReadError } from './portfolio';
import { VenueId } from './venue';

/** One read of one connection, as `sync --json` prints it. */
export const SyncOutcome = z.object({
  connectionId: z.string(),
  venue: VenueId,
  ok: z.boolean(),
  holdings: z.number().int(),
  error: ReadError.nullable(),
  warnings: z.array(z.string()),
});
export type SyncOutcome = z.infer<typeof SyncOutcome>;

export const PollState = z.enum(['idle', 'syncing', 'paused', 'backoff', 'disabled']);
export type PollState = z.infer<typeof PollState>;

export const SyncStatus = z.object({
  running: z.boolean(),
  paused: z.boolean(),
  connections: z.array(
    z.object({
      connectionId: z.string(),
      state: PollState,
      nextAt: z.iso.datetime().nullable(),
      failures: z.number().int(),
    }),
  ),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const SyncLogEntry = z.object({
  connectionId: z.string(),
  at: z.iso.datetime(),
  kind: z.string(),
  message: z.string(),
});
export type SyncLogEntry = z.infer<typeof SyncLogEntry>;

export const TestResult = z.object({
  ok: z.boolean(),
  /** "OK — 3 portfolios, 12 holdings", or the typed error's sentence. */
  message: z.string(),
  warnings: z.array(z.string()),
});
export type TestResult = z.infer<typeof TestResult>;

export const SyncProgress = z.object({
  connectionId: z.string(),
  phase: z.enum(['started', 'finished']),
  outcome: SyncOutcome.nullable(),
});
export type SyncProgress = z.infer<typeof SyncProgress>;
