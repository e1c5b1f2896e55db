import { execFileSync } from 'node:child_process';
import { chmodSync, createReadStream, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoadedReport } from '../../../src/main/export/csv-exports';
import { holdingsTable } from '../../../src/main/export/reports';
import { saveReport } from '../../../src/main/export/save-report';
import { writeFileAtomically } from '../../../src/main/export/write-file';
import { holding } from '../../support/holdings';
import { tempDir } from '../../support/temp-dir';

function report(count: number, failAt?: number): LoadedReport {
  const holdings = Array.from({ length: count }, (_, i) => holding({ venue: 'ltp', asset: `A${i}`, quantity: `${i}.000000000000000001` }));
  const table = holdingsTable({ asOf: '2026-11-21T10:30:00.000Z', holdings });
  const rows = {
    *[Symbol.iterator]() {
      let i = 0;
      for (const row of table.rows) {
        if (i++ === failAt) throw new Error('the view went away mid-export');
        yield row;
      }
    },
  };
  return { report: 'holdings', asOf: '2026-11-21T10:30:00.000Z', fileName: 'holdfast-holdings-2026-11-21T1030Z.csv', bom: false, table: { header: table.header, rows } };
}

/**
 * A folder this process cannot write to. Root ignores permission bits, so as root the folder is made
 * immutable instead; where neither works the test says why it is skipped.
 */
function readOnlyFolder(path: string): { undo: () => void } | string {
  if (process.getuid?.() !== 0) {
    chmodSync(path, 0o555);
    return { undo: () => chmodSync(path, 0o755) };
  }
  try {
    execFileSync('chattr', ['+i', path], { stdio: 'ignore' });
    return { undo: () => execFileSync('chattr', ['-i', path], { stdio: 'ignore' }) };
  } catch {
    return 'running as root, where folder permissions do not apply, and `chattr +i` is not available here';
  }
}

describe('writing an export file', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir('holdfast-write-')));
  afterEach(() => dir.remove());

  it('writes the whole file and leaves nothing else behind', async () => {
    const file = join(dir.path, 'out.csv');
    const saved = await saveReport(report(3), file);
    expect(saved).toEqual({ path: file, rows: 3, bytes: readFileSync(file).length });
    expect(readdirSync(dir.path)).toEqual(['out.csv']);
  });

  it('a 100k-row export completes, and a parser reads every row back', async () => {
    const file = join(dir.path, 'big.csv');
    const saved = await saveReport(report(100_000), file);
    expect(saved.rows).toBe(100_000);
    let records = 0;
    for await (const _record of createReadStream(file).pipe(parse())) records += 1;
    expect(records).toBe(100_001);
  });

  it('refuses a missing folder, saying which', async () => {
    const file = join(dir.path, 'nope', 'out.csv');
    await expect(saveReport(report(3), file)).rejects.toThrow(`The folder ${join(dir.path, 'nope')} does not exist. Create it first or choose another.`);
    expect(readdirSync(dir.path)).toEqual([]);
  });

  it('refuses a path that is a folder, and leaves the folder alone', async () => {
    const folder = join(dir.path, 'reports');
    mkdirSync(folder);
    await expect(saveReport(report(3), folder)).rejects.toThrow(`${folder} is a folder. Give the name of a file to write`);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses a read-only folder with a clear message and no partial file', async (context) => {
    const folder = join(dir.path, 'locked');
    mkdirSync(folder);
    const locked = readOnlyFolder(folder);
    if (typeof locked === 'string') {
      console.warn(`Skipping the read-only folder case: ${locked}.`);
      return context.skip();
    }
    try {
      await expect(saveReport(report(3), join(folder, 'out.csv'))).rejects.toThrow(`Holdfast may not write to ${folder} (permission denied). Choose another folder.`);
    } finally {
      locked.undo();
    }
    expect(readdirSync(folder)).toEqual([]);
  });

  it('a failure mid-stream leaves no partial file, and an older file at the path as it was', async () => {
    const file = join(dir.path, 'out.csv');
    writeFileSync(file, 'the previous export\r\n');
    await expect(saveReport(report(50_000, 40_000), file)).rejects.toThrow('the view went away mid-export');
    expect(readFileSync(file, 'utf8')).toBe('the previous export\r\n');
    expect(readdirSync(dir.path)).toEqual(['out.csv']);
    await expect(saveReport(report(50_000, 40_000), join(dir.path, 'new.csv'))).rejects.toThrow();
    expect(readdirSync(dir.path)).toEqual(['out.csv']);
  });

  it('cleans up when the writer itself fails before writing anything', async () => {
    await expect(writeFileAtomically(join(dir.path, 'x.csv'), () => Promise.reject(new Error('no data')))).rejects.toThrow('no data');
    expect(readdirSync(dir.path)).toEqual([]);
  });
});
