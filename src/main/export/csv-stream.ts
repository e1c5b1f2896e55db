import { stringify } from 'csv-stringify/sync';
import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { csvOptions } from './csv-format';
import type { CsvTable } from './csv-table';

export interface StreamedCsv {
  /** Data rows, the header not counted. */
  readonly rows: number;
  readonly bytes: number;
}

/** Rows per chunk: big enough that stream overhead per row vanishes, small enough that memory stays flat. */
const ROWS_PER_CHUNK = 250;

/**
 * Streams a table as CSV into a file or an HTTP response. Rows are made a chunk at a time and only
 * as fast as the sink takes them (backpressure all the way), so memory stays bounded however many rows
 * there are. csv-stringify quotes each chunk; chunks join exactly, as each ends with a record delimiter.
 * The sink is ended when the table is done and destroyed if anything fails.
 */
export async function streamCsv(table: CsvTable, sink: Writable, options: { bom: boolean }): Promise<StreamedCsv> {
  let rows = 0;
  let bytes = 0;
  function* chunks(): Generator<string> {
    let batch: (readonly string[])[] = [table.header];
    let first = true;
    for (const row of table.rows) {
      rows += 1;
      batch.push(row);
      if (batch.length === ROWS_PER_CHUNK) {
        yield stringify(batch, csvOptions(first && options.bom));
        first = false;
        batch = [];
      }
    }
    if (batch.length > 0 || first) yield stringify(batch, csvOptions(first && options.bom));
  }
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(Readable.from(chunks(), { objectMode: false }), counter, sink);
  return { rows, bytes };
}
