import { existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';

export const MAX_LOG_BYTES = 2 * 1024 * 1024;
export const KEPT_LOGS = 3;

/**
 * Keeps the log file under `maxBytes`: past it, holdfast.log becomes holdfast.1.log (and .1 → .2 …),
 * the oldest beyond `keep` is deleted. The logger opens the file for every line, so it simply starts
 * a new one. Returns whether it rotated.
 */
export function rotateLog(file: string, maxBytes = MAX_LOG_BYTES, keep = KEPT_LOGS): boolean {
  if (!existsSync(file) || statSync(file).size < maxBytes) return false;
  const numbered = (n: number) => file.replace(/(\.log)?$/, `.${n}$1`);
  rmSync(numbered(keep), { force: true });
  for (let n = keep - 1; n >= 1; n -= 1) if (existsSync(numbered(n))) renameSync(numbered(n), numbered(n + 1));
  renameSync(file, numbered(1));
  return true;
}

/** The last `lines` lines of a log (for Copy diagnostics); empty when there is no log yet. */
export function readLogTail(file: string, lines = 200): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').split('\n').slice(-lines - 1).join('\n');
}
