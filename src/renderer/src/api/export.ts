import type { ExportRequest, ExportResult } from '../../../shared/domain/export';
import { api } from './api';

/**
 * Exports a report. In Electron the main process shows the save dialog and writes the file; in browser
 * mode the same report comes as a download from GET /api/download (the session cookie authorises it).
 * Resolves to where the file went, or null for a browser download (the browser says where).
 */
export async function exportReport(request: ExportRequest): Promise<ExportResult | null> {
  if (window.holdfast) return api.call('export.csv', request);
  const query = new URLSearchParams({ report: request.report });
  if (request.at) query.set('at', request.at);
  if (request.range) query.set('range', request.range);
  if (request.from) query.set('from', request.from);
  const link = document.createElement('a');
  link.href = `/api/download?${query.toString()}`;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  return null;
}
