import type { PortfolioSummary } from '../../../shared/domain/portfolio';

export type TopStatusKind = 'loading' | 'live' | 'stale' | 'offline' | 'past';

export interface TopStatus {
  readonly kind: TopStatusKind;
  /** The sentence after the word: why, and what the figures on screen are. */
  readonly detail: string;
}

export interface TopStatusInput {
  readonly summary: PortfolioSummary | null;
  /** Why the last summary poll failed, or null. */
  readonly error: string | null;
  /** Nothing answered the last poll. */
  readonly unreachable: boolean;
  /** The past instant being viewed, or null for now. */
  readonly at: string | null;
}

export const notAnswering = 'Holdfast’s server is not answering. Is “holdfast serve” still running?';

/**
 * The one word the top bar says about the figures, each true: Offline when the newest figures cannot be
 * had (the server, or every venue), Loading before the first answer, Past while a past instant is shown,
 * Stale when any enabled connection is stale or failing, and Live only when none of these holds.
 */
export function topStatus({ summary, error, unreachable, at }: TopStatusInput): TopStatus {
  if (unreachable) return { kind: 'offline', detail: notAnswering };
  if (error) return { kind: 'offline', detail: error };
  if (!summary) return { kind: 'loading', detail: 'Reading the portfolio…' };
  if (summary.offline) return { kind: 'offline', detail: 'Every connection’s last read failed.' };
  if (at) return { kind: 'past', detail: 'Holdings and positions as of' };
  if (summary.connections.length === 0) return { kind: 'live', detail: 'no connections' };
  if (newestRead(summary) === null) return { kind: 'loading', detail: 'Reading your connections…' };
  const troubled = summary.connections.filter((c) => c.status === 'stale' || c.status === 'error');
  if (troubled.length === 1) return { kind: 'stale', detail: `${troubled[0]?.label ?? ''} is ${troubled[0]?.status === 'error' ? 'failing' : 'stale'}` };
  if (troubled.length > 1) return { kind: 'stale', detail: `${troubled.length} connections stale or failing` };
  return { kind: 'live', detail: 'as of' };
}

/** When the newest figures were confirmed by a read: what "as of" and "last data" point at. */
export function newestRead(summary: PortfolioSummary | null): string | null {
  return summary?.connections.reduce<string | null>((max, c) => (c.confirmedAt && (!max || c.confirmedAt > max) ? c.confirmedAt : max), null) ?? null;
}
