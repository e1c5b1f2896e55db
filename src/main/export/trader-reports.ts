import type { ChangesView, ExposureView } from '../../shared/domain/exposure';
import { numberColumn, textColumn, type Column } from './csv-format';
import { csvTable, type CsvTable } from './csv-table';

interface ExposureRow {
  readonly kind: 'coin' | 'cash';
  readonly underlying: string;
  readonly spotQuantity: string | null;
  readonly perpQuantity: string | null;
  readonly netQuantity: string;
  readonly priceUsd: string | null;
  readonly netUsd: string | null;
  readonly grossUsd: string | null;
  readonly legs: number;
  readonly venues: string;
}

/** One row per coin (net of its spot and perp legs), then one per stablecoin held as cash. */
export function exposureTable(view: ExposureView): CsvTable {
  const rows: ExposureRow[] = [
    ...view.underlyings.map((u) => ({
      kind: 'coin' as const,
      underlying: u.underlying,
      spotQuantity: u.spotQuantity,
      perpQuantity: u.perpQuantity,
      netQuantity: u.netQuantity,
      priceUsd: u.priceUsd,
      netUsd: u.netUsd,
      grossUsd: u.grossUsd,
      legs: u.legs.length,
      venues: [...new Set(u.legs.map((l) => l.venue))].join(' '),
    })),
    ...view.cash.map((c) => ({ kind: 'cash' as const, underlying: c.asset, spotQuantity: c.quantity, perpQuantity: null, netQuantity: c.quantity, priceUsd: null, netUsd: c.valueUsd, grossUsd: c.valueUsd, legs: 0, venues: '' })),
  ];
  const columns: Column<ExposureRow>[] = [
    textColumn('kind', (r) => r.kind),
    textColumn('underlying', (r) => r.underlying),
    numberColumn('spotQuantity', (r) => r.spotQuantity),
    numberColumn('perpQuantity', (r) => r.perpQuantity),
    numberColumn('netQuantity', (r) => r.netQuantity),
    numberColumn('priceUsd', (r) => r.priceUsd),
    numberColumn('netUsd', (r) => r.netUsd),
    numberColumn('grossUsd', (r) => r.grossUsd),
    numberColumn('legs', (r) => r.legs),
    textColumn('venues', (r) => r.venues || null),
    textColumn('asOf', () => view.asOf),
  ];
  return csvTable(columns, rows);
}

/** One row per asset: quantities and values at both instants, the change and its two effects. */
export function changesTable(view: ChangesView): CsvTable {
  type Row = ChangesView['assets'][number];
  const columns: Column<Row>[] = [
    textColumn('asset', (a) => a.asset),
    numberColumn('quantityFrom', (a) => a.quantityFrom),
    numberColumn('quantityTo', (a) => a.quantityTo),
    numberColumn('valueFromUsd', (a) => a.valueFromUsd),
    numberColumn('valueToUsd', (a) => a.valueToUsd),
    numberColumn('changeUsd', (a) => a.changeUsd),
    numberColumn('priceEffectUsd', (a) => a.priceEffectUsd),
    numberColumn('quantityEffectUsd', (a) => a.quantityEffectUsd),
    textColumn('from', () => view.from),
    textColumn('to', () => view.to),
  ];
  return csvTable(columns, view.assets);
}
