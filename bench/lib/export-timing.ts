import { stringify } from 'csv-stringify/sync';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Core } from '../../src/main/core';
import { csvOptions } from '../../src/main/export/csv-format';
import { saveReport } from '../../src/main/export/save-report';
import { medianMs } from './measure';

/** The holdings report from the view to a file, as `holdfast export holdings` does it; checks the row count. */
export async function timeExport(core: Core, dir: string, rows: number, runs: number): Promise<number> {
  return medianMs(runs, 1, async () => {
    const report = await core.exports.load({ report: 'holdings' });
    const written = (await saveReport(report, join(dir, 'holdings.csv'))).rows;
    if (written !== rows) throw new Error(`the export wrote ${written} rows, not ${rows}`);
  });
}

/** The floor of that export: csv-stringify writing the same rows, already in memory as text, to the same disk. */
export async function timeCsvFloor(core: Core, dir: string, runs: number): Promise<number> {
  const report = await core.exports.load({ report: 'holdings' });
  const rows = [report.table.header, ...report.table.rows];
  return medianMs(runs, 1, () => writeFile(join(dir, 'floor.csv'), stringify(rows, csvOptions(report.bom))));
}
