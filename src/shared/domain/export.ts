import { z } from 'zod';
import { exportReports } from './choices';
import { HistoryRange } from './portfolio';

export const ExportReport = z.enum(exportReports);
export type ExportReport = z.infer<typeof ExportReport>;

export const ExportRequest = z
  .object({
    report: ExportReport,
    /** The as-of time of the view being exported (holdings, positions, by-asset, exposure; the later instant of changes); now when absent. */
    at: z.iso.datetime().optional(),
    /** For the changes report: the earlier instant (default 24 h before `at`). */
    from: z.iso.datetime().optional(),
    /** For the history report. */
    range: HistoryRange.optional(),
  })
  .strict();
export type ExportRequest = z.infer<typeof ExportRequest>;

export const ExportResult = z.object({
  /** Where the file went; null when the user cancelled the save dialog. */
  path: z.string().nullable(),
  rows: z.number().int(),
  bytes: z.number().int(),
});
export type ExportResult = z.infer<typeof ExportResult>;

/** `holdfast-holdings-2026-11-21T1030Z.csv`: the report and its as-of time, in UTC, safe on every file system. */
export function defaultExportFileName(report: ExportReport, asOf: Date): string {
  const iso = asOf.toISOString();
  return `holdfast-${report}-${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z.csv`;
}
