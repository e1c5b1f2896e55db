import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './database';

const KEEP = 7;
const PREFIX = 'holdfast-';

/**
 * At most one backup a day, through SQLite's online backup API (consistent while any process writes, and
 * copied a few pages at a time so this process keeps answering); the newest seven are kept. It is written
 * under a temporary name and renamed, so a backup that stops half way never looks like a finished one.
 * `onProgress` hears every step (the upkeep renews its lease there). Returns the file written, or null
 * when today's exists.
 */
export async function backupDaily(db: Db, dir: string, now: Date, onProgress: () => void = () => {}): Promise<string | null> {
  mkdirSync(dir, { recursive: true });
  const name = `${PREFIX}${now.toISOString().slice(0, 10)}.sqlite`;
  const existing = readdirSync(dir).filter((f) => f.startsWith(PREFIX) && f.endsWith('.sqlite'));
  if (existing.includes(name)) return null;
  const file = join(dir, name);
  const partial = `${file}.partial`;
  try {
    await db.backup(partial, {
      progress: () => {
        onProgress();
        return 100;
      },
    });
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  const all = [...existing, name].sort();
  for (const old of all.slice(0, Math.max(0, all.length - KEEP))) rmSync(join(dir, old), { force: true });
  return file;
}
