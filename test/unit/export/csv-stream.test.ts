import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CsvTable } from '../../../src/main/export/csv-table';
import { streamCsv } from '../../../src/main/export/csv-stream';
import { holdingsTable } from '../../../src/main/export/reports';
import type { Holding } from '../../../src/shared/domain/holding';
import { holding } from '../../support/holdings';

// Ten times the most a producer may run ahead, and some megabytes: enough for backpressure to have to act.
const ROWS = 20_000;

/** A view of ROWS holdings whose rows are made one by one, counting how many were made so far. */
function countedTable(): { table: CsvTable; produced: () => number } {
  const holdings: Holding[] = Array.from({ length: ROWS }, (_, i) =>
    holding({ venue: 'rapidx', asset: `COIN${i}`, quantity: `${i}.123456789012345678`, valueUsd: `-${i}.5`, accountLabel: `Account, "${i}"` }),
  );
  const base = holdingsTable({ asOf: '2026-11-21T10:30:00.000Z', holdings });
  let produced = 0;
  const rows = {
    *[Symbol.iterator]() {
      for (const row of base.rows) {
        produced += 1;
        yield row;
      }
    },
  };
  return { table: { header: base.header, rows }, produced: () => produced };
}

describe('streaming a 20k-row export', () => {
  it('makes rows only as fast as a slow writer takes them: the producer never runs far ahead', async () => {
    const { table, produced } = countedTable();
    let received = 0;
    let bytes = 0;
    let largestChunk = 0;
    let furthestAhead = 0;
    const slowSink = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        largestChunk = Math.max(largestChunk, chunk.length);
        for (const byte of chunk) if (byte === 0x0a) received += 1;
        furthestAhead = Math.max(furthestAhead, produced() - (received - 1));
        setImmediate(done);
      },
    });
    const result = await streamCsv(table, slowSink, { bom: false });
    expect(result).toEqual({ rows: ROWS, bytes });
    expect(received).toBe(ROWS + 1);
    // Buffers between the stages hold some hundreds of rows; the whole file would be 20k.
    expect(furthestAhead).toBeLessThan(2_000);
    expect(largestChunk).toBeLessThan(64 * 1024);
    expect(bytes).toBeGreaterThan(2 * 1024 * 1024);
  });
});
