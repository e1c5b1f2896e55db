import type { Holding } from '../../shared/domain/holding';
import type { VenueId } from '../../shared/domain/venue';
import { holdingAt, valueAt, type SetRows } from '../store/set-rows';
import type { AccountNames } from './account-names';
import { compareByValue, valueKey } from './holdings';
import { toHolding } from './snapshot-reader';

/** One connection's newest set, still encoded, and what its snapshot adds to each row. */
export interface HoldingSource {
  readonly connectionId: string;
  readonly venue: VenueId;
  readonly fetchedAt: string;
  readonly rows: SetRows;
}

/** Every holding of some sets in the holdings view's order, each built only when the iteration reaches it. */
export interface HoldingRows {
  readonly count: number;
  readonly rows: Iterable<Holding>;
}

interface RowIndex {
  readonly setOf: Uint32Array;
  readonly rowOf: Uint32Array;
  readonly order: Uint32Array;
}

/**
 * The order of every row by the flat lists' rule (compareByValue), ties in source order as the view's
 * stable sort keeps them. Only the values are read here, and only typed arrays outlive this call, so the
 * heap holds a few bytes per row instead of the rows.
 */
function indexRows(sources: readonly HoldingSource[]): RowIndex {
  const count = sources.reduce((n, s) => n + s.rows.count, 0);
  const keys = new Float64Array(count);
  const values = new Array<string | null>(count);
  const setOf = new Uint32Array(count);
  const rowOf = new Uint32Array(count);
  let n = 0;
  for (const [s, source] of sources.entries()) {
    for (let r = 0; r < source.rows.count; r += 1) {
      const value = valueAt(source.rows, r);
      keys[n] = valueKey(value);
      values[n] = value;
      setOf[n] = s;
      rowOf[n] = r;
      n += 1;
    }
  }
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i += 1) order[i] = i;
  order.sort((a, b) => compareByValue(keys[a] ?? 0, values[a] ?? null, keys[b] ?? 0, values[b] ?? null) || a - b);
  return { setOf, rowOf, order };
}

/** The holdings of `sources` as the holdings view lists them, decoded row by row as they are iterated. */
export function sortedHoldingRows(sources: readonly HoldingSource[], names: AccountNames): HoldingRows {
  const { setOf, rowOf, order } = indexRows(sources);
  return {
    count: order.length,
    rows: {
      *[Symbol.iterator]() {
        for (const i of order) {
          const source = sources[setOf[i] ?? 0];
          if (!source) continue;
          yield toHolding(holdingAt(source.rows, rowOf[i] ?? 0), source.connectionId, source.venue, source.fetchedAt, names);
        }
      },
    },
  };
}
