import type { ExportRequest, ExportResult } from '../../../shared/domain/export';
import { api } from './api';
import { authorizedFetch, sessionRefused } from './browser-session';
import { errorFromReply } from './error-reply';

/**
 * Exports a report. In Electron the main process shows the save dialog and writes the file; in browser
 * mode the page asks for a one-time download ticket (with its session token, which a plain link cannot
 * carry), then follows a link with the ticket. Resolves to where the file went, or null for a browser
 * download (the browser says where).
 */
export async function exportReport(request: ExportRequest): Promise<ExportResult | null> {
  if (window.holdfast) return api.call('export.csv', request);
  const response = await authorizedFetch('/api/download/ticket', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  });
  if (response.status === 401 || response.status === 403) throw sessionRefused();
  const reply = (await response.json()) as { ok: true; data: { ticket: string } } | { ok: false; error: unknown };
  if (!reply.ok) throw await errorFromReply(reply.error);
  const link = document.createElement('a');
  link.href = `/api/download?ticket=${encodeURIComponent(reply.data.ticket)}`;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  return null;
}
