import { stringify } from 'csv-stringify';
import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { csvOptions } from './csv-format';
import type { CsvTable } from './csv-table';

export interface StreamedCsv {
  /** Data rows, the header not counted. */
  readonly rows: number;
  readonly bytes: number;
}

/**
 * Streams a table as CSV into a file or an HTTP response. Rows are made only as fast as the sink takes
 * them (backpressure all the way), so memory stays bounded however many rows there are. The sink is
 * ended when the table is done and destroyed if anything fails.
 */
export async function streamCsv(table: CsvTable, sink: Writable, options: { bom: boolean }): Promise<StreamedCsv> {
  let rows = 0;
  let bytes = 0;
  function* records(): Generator<readonly string[]> {
    yield table.header;
    for (const row of table.rows) {
      rows += 1;
      yield row;
    }
  }
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(Readable.from(records()), stringify(csvOptions(options.bom)), counter, sink);
  return { rows, bytes };
}
