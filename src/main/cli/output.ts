import { cliIo } from './io';

/** Plain aligned columns: what a terminal user reads; `--json` is for scripts. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n') + '\n';
}

export function printJson(value: unknown): void {
  cliIo().stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export interface ListFormat<T> {
  /** What to do when the list is empty, in a sentence. */
  readonly empty: string;
  readonly headers: readonly string[];
  readonly row: (item: T) => readonly string[];
  /** The fields scripts get, where not the whole item. */
  readonly json?: (item: T) => unknown;
}

/** A list as a listing command prints it: whole as JSON with `--json` (for scripts), a line saying what to do when it is empty, else a table. */
export function printList<T>(list: readonly T[], options: { readonly json?: boolean }, how: ListFormat<T>): void {
  if (options.json) return printJson(how.json ? list.map(how.json) : list);
  cliIo().stdout.write(list.length === 0 ? `${how.empty}\n` : formatTable(how.headers, list.map(how.row)));
}
