import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './database';

const KEEP = 7;
const PREFIX = 'holdfast-';

/**
 * At most one backup a day, through SQLite's online backup API (consistent while the poller writes);
 * the newest seven are kept. Returns the file written, or null when today's exists.
 */
export async function backupDaily(db: Db, dir: string, now: Date): Promise<string | null> {
  mkdirSync(dir, { recursive: true });
  const name = `${PREFIX}${now.toISOString().slice(0, 10)}.sqlite`;
  const existing = readdirSync(dir).filter((f) => f.startsWith(PREFIX) && f.endsWith('.sqlite'));
  if (existing.includes(name)) return null;
  const file = join(dir, name);
  await db.backup(file);
  const all = [...existing, name].sort();
  for (const old of all.slice(0, Math.max(0, all.length - KEEP))) rmSync(join(dir, old), { force: true });
  return file;
}
