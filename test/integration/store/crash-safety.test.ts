import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../../../src/main/store/database';
import { SnapshotsRepo } from '../../../src/main/store/snapshots-repo';
import { tempDir } from '../../support/temp-dir';

// test/support/snapshot-writer.ts, bundled for this run: the process starts without tsx.
const writer = inject('scripts').snapshotWriter;

/** Starts the writer and SIGKILLs it `delayMs` after its first small snapshot is committed. */
function killMidWrite(file: string, delayMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, file, '20000'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let stderr = '';
    const guard = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      const first = !output.includes('ready');
      output += chunk.toString();
      if (first && output.includes('ready')) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(guard);
      if (signal !== 'SIGKILL') reject(new Error(`writer ended without being killed: ${stderr}`));
      else resolve(output);
    });
  });
}

describe('a process killed while writing a large snapshot', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.remove());

  for (const delayMs of [60, 250]) {
    it(`leaves a sound database with no half snapshot (killed after ${delayMs} ms)`, async () => {
      const file = join(dir.path, 'holdfast.sqlite');
      const output = await killMidWrite(file, delayMs);
      const completed = (output.match(/wrote \d+/g) ?? []).length;

      const db = openDatabase(file);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const snapshots = db.prepare('SELECT taken_at, total_usd, set_id FROM snapshots ORDER BY taken_at').all() as { total_usd: string; set_id: number }[];
      // The first snapshot is intact; every later one that exists was committed whole.
      expect(snapshots[0]?.total_usd).toBe('3');
      expect(snapshots.length).toBeGreaterThanOrEqual(1 + completed);
      expect(snapshots.length).toBeLessThanOrEqual(2 + completed);
      const repo = new SnapshotsRepo(db);
      for (const snapshot of snapshots) {
        expect(repo.setContent(snapshot.set_id).holdings).toHaveLength(Number(snapshot.total_usd));
      }
      expect(db.prepare('SELECT COUNT(*) FROM holding_sets WHERE refs != (SELECT COUNT(*) FROM snapshots WHERE set_id = holding_sets.id)').pluck().get()).toBe(0);
      db.close();
    });
  }

  it('keeps the WAL and synchronous=FULL settings that make commits durable', () => {
    const db = openDatabase(join(dir.path, 'holdfast.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
    expect(new Database(join(dir.path, 'holdfast.sqlite')).pragma('journal_mode', { simple: true })).toBe('wal');
  });
});
