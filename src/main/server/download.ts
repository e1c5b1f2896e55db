import type { ServerResponse } from 'node:http';
import { ExportReport, ExportRequest } from '../../shared/domain/export';
import { HistoryRange } from '../../shared/domain/portfolio';
import { AppError } from '../../shared/app-error';
import type { CsvExports } from '../export/csv-exports';
import { streamCsv } from '../export/csv-stream';

const hints: Record<string, string> = {
  report: `report must be one of ${ExportReport.options.join(', ')}`,
  at: 'at must be an ISO-8601 UTC time such as 2026-11-21T10:30:00Z',
  from: 'from must be an ISO-8601 UTC time such as 2026-11-21T10:30:00Z',
  range: `range must be one of ${HistoryRange.options.join(', ')}`,
};

/** The request's report, at and range; other parameters (the token) are the guard's business. */
export function parseDownloadQuery(params: URLSearchParams): { ok: true; request: ExportRequest } | { ok: false; message: string } {
  const pick = (name: string) => params.get(name) ?? undefined;
  const parsed = ExportRequest.safeParse({ report: pick('report'), at: pick('at'), from: pick('from'), range: pick('range') });
  if (parsed.success) return { ok: true, request: parsed.data };
  const field = String(parsed.error.issues[0]?.path[0] ?? 'report');
  return { ok: false, message: `Bad download request: ${hints[field] ?? parsed.error.issues[0]?.message ?? 'unreadable parameters'}.` };
}

function sendText(response: ServerResponse, status: number, text: string, headers: Readonly<Record<string, string>>): void {
  response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

/**
 * GET /api/download?report=&at=&range=: browser mode's export. The CSV streams straight into the
 * response as an attachment named like the desktop app's default file name.
 */
export async function sendDownload(exports: CsvExports, params: URLSearchParams, response: ServerResponse, headers: Readonly<Record<string, string>>): Promise<void> {
  const query = parseDownloadQuery(params);
  if (!query.ok) return sendText(response, 400, query.message, headers);
  let report;
  try {
    report = await exports.load(query.request);
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid_input') return sendText(response, 400, error.message, headers);
    throw error;
  }
  response.writeHead(200, {
    ...headers,
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${report.fileName}"`,
  });
  // Once the headers are out, a failure can only cut the download short; pipeline destroys the response so the browser sees it fail.
  await streamCsv(report.table, response, { bom: report.bom });
}
