import { formatHeader, formatRecord, type Column } from './csv-format';

/** A report as CSV cells: the header, then rows made one at a time as the writer asks for them. */
export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: Iterable<readonly string[]>;
}

/** Rows are formatted lazily as the records are iterated, so the CSV text never sits in memory. */
export function csvTable<R>(columns: readonly Column<R>[], records: Iterable<R>): CsvTable {
  return {
    header: formatHeader(columns.map((column) => column.name)),
    rows: {
      *[Symbol.iterator]() {
        for (const record of records) yield formatRecord(columns, record);
      },
    },
  };
}
