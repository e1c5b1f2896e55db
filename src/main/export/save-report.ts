import { resolve } from 'node:path';
import type { ExportResult } from '../../shared/domain/export';
import type { LoadedReport } from './csv-exports';
import { streamCsv } from './csv-stream';
import { writeFileAtomically } from './write-file';

/** Streams a loaded report into `path` atomically; says where it went, how many rows and bytes. */
export async function saveReport(report: LoadedReport, path: string): Promise<ExportResult & { path: string }> {
  const file = resolve(path);
  const { rows, bytes } = await writeFileAtomically(file, (sink) => streamCsv(report.table, sink, { bom: report.bom }));
  return { path: file, rows, bytes };
}
