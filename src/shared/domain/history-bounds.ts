import { z } from 'zod';

const Iso = z.iso.datetime();

/** The stored history's span: the first instant with holdings and the newest read; both null when nothing is stored. */
export const HistoryBounds = z.object({ first: Iso.nullable(), last: Iso.nullable() });
export type HistoryBounds = z.infer<typeof HistoryBounds>;

/**
 * A past instant shows something only from the first snapshot on: before it every view would be an
 * empty portfolio, which reads as "you held nothing". Both the core and the As-of picker ask this.
 */
export function beforeHistory(atMs: number, bounds: HistoryBounds): boolean {
  return bounds.first === null || atMs < Date.parse(bounds.first);
}
