import { z } from 'zod';
import { DecimalString } from './holding';

/** Which alerts are on, and where each one's line is. */
export const AlertSettings = z.object({
  /** A connection whose reads have failed for longer than this. */
  connectionFailing: z.object({ enabled: z.boolean(), minutes: z.number().int().min(1).max(10_080) }),
  /** An account whose nearest liquidation is closer than this percentage of the mark, or whose status leaves NORMAL. */
  liquidation: z.object({ enabled: z.boolean(), distancePct: DecimalString }),
  /** Net worth moving by more than this percentage within the window. */
  netWorthMove: z.object({ enabled: z.boolean(), pct: DecimalString, windowMinutes: z.number().int().min(5).max(10_080) }),
});
export type AlertSettings = z.infer<typeof AlertSettings>;


export const AlertKind = z.enum(['connection-failing', 'liquidation-near', 'account-status', 'net-worth-move']);
export type AlertKind = z.infer<typeof AlertKind>;

/** One alert that fired: shown as a desktop notification (a toast in browser mode) and kept in the alert log. */
export const Alert = z.object({
  kind: AlertKind,
  /** What crossed the line: the same key never fires again until its condition has cleared. */
  key: z.string(),
  title: z.string(),
  message: z.string(),
  at: z.iso.datetime(),
});
export type Alert = z.infer<typeof Alert>;
