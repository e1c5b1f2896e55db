import type { HistoryView } from '../../shared/domain/portfolio';
import type { ConnectionSeries } from '../portfolio/history-reader';
import { numberColumn, textColumn, type Column } from './csv-format';
import { csvTable, type CsvTable } from './csv-table';


const fixedColumns = ['time', 'netWorthUsd', 'missingConnections'];

/** A connection's column is its label; where two columns would share a name, the connection id follows in brackets. */
export function connectionHeaders(series: readonly ConnectionSeries[]): string[] {
  const uses = new Map<string, number>(fixedColumns.map((name) => [name, 1]));
  for (const s of series) uses.set(s.label, (uses.get(s.label) ?? 0) + 1);
  return series.map((s) => ((uses.get(s.label) ?? 0) > 1 ? `${s.label} (${s.connectionId})` : s.label));
}

/**
 * Wide format, one row per point in time (design.md: one row per point): time, net worth, how many
 * connections had no known value, then one value column per enabled connection, which add up to net worth.
 */
export function historyTable(view: HistoryView, series: readonly ConnectionSeries[]): CsvTable {
  const headers = connectionHeaders(series);
  const columns: Column<number>[] = [
    textColumn('time', (i) => view.points[i]?.t ?? null),
    numberColumn('netWorthUsd', (i) => view.points[i]?.valueUsd ?? null),
    numberColumn('missingConnections', (i) => view.points[i]?.missing ?? null),
    ...series.map((s, column) => numberColumn(headers[column] ?? s.label, (i: number) => s.values[i] ?? null)),
  ];
  return csvTable(
    columns,
    view.points.map((_, i) => i),
  );
}
