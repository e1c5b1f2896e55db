import type { Connection } from '../../shared/domain/connection';
import { AppError } from '../../shared/app-error';

/**
 * Two connections with one label make every sentence that names one ambiguous ("Remove “Main”?"), in
 * the app and the CLI alike; labels differ ignoring case and surrounding spaces. `label` undefined
 * (an update that keeps the label) passes.
 */
export function requireUniqueLabel(existing: readonly Connection[], label: string | undefined, exceptId?: string): void {
  if (label === undefined) return;
  const wanted = label.trim().toLowerCase();
  const clash = existing.find((c) => c.id !== exceptId && c.label.trim().toLowerCase() === wanted);
  if (!clash) return;
  const message = `Another connection is already called “${clash.label}”; choose a different label.`;
  throw new AppError('invalid_input', `label: ${message}`, [{ path: ['label'], message }]);
}
