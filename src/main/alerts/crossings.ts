import type { Alert } from '../../shared/domain/alerts';

export type Condition = Omit<Alert, 'at'>;

/**
 * An alert fires when its condition becomes true, once: it stays quiet while the condition holds and may
 * fire again only after the condition has cleared. So a flapping reading never becomes a storm.
 */
export function crossings(wasActive: ReadonlySet<string>, conditions: readonly Condition[]): { fired: Condition[]; active: Set<string> } {
  const active = new Set(conditions.map((c) => c.key));
  return { fired: conditions.filter((c) => !wasActive.has(c.key)), active };
}
