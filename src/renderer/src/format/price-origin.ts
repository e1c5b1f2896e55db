import type { PriceOrigin } from '../../../shared/domain/prices';
import { venues } from '../../../shared/domain/venue-info';
import { formatDateTime, formatDateTimeSeconds } from './date';

/** A connection's label by id, for naming where a price came from. */
export type LabelOf = (connectionId: string) => string | undefined;

/** Where a price came from, in one line: what a row's price hover and the unpriced breakdown say. */
export function describeOrigin(origin: PriceOrigin, labelOf: LabelOf): string {
  const from = () => {
    if (origin.venue === null) return 'a venue';
    const label = origin.connectionId === null ? undefined : labelOf(origin.connectionId);
    return `${venues[origin.venue].name}${label ? ` “${label}”` : ''}`;
  };
  const at = origin.at === null ? '' : ` as of ${formatDateTimeSeconds(origin.at)}`;
  switch (origin.kind) {
    case 'venue':
      return `${from()} price${at}`;
    case 'book':
      return origin.venue === null ? 'Price book (source not recorded)' : `Price book: ${from()} price${at}`;
    case 'manual':
      return `Manual price, set ${origin.at === null ? '' : formatDateTime(origin.at)}`.trim();
    case 'peg':
      return 'Stablecoin taken as $1 (no venue prices it)';
  }
}
