import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../src/main/core';
import { MemorySecretStore } from '../../../src/main/secrets/memory-secret-store';
import { defaultExportFileName } from '../../../src/shared/domain/export';
import { tempDir } from '../../support/temp-dir';
import { parseCsv } from './csv-oracle';
import { exportEnv, type ExportEnv } from './export-env';

describe('export.csv (the desktop app: main shows the save dialog and writes the file)', () => {
  let env: ExportEnv;
  let out: ReturnType<typeof tempDir>;
  let at: string;

  beforeAll(async () => {
    env = await exportEnv();
    out = tempDir('holdfast-export-out-');
    await env.call('sync.now');
    env.clock.frozenAt = Date.now();
    at = new Date(env.clock.frozenAt).toISOString();
  });
  afterAll(async () => {
    await env.stop();
    out.remove();
  });

  it('offers the default file name for the as-of time, writes where the user chose, and says so', async () => {
    const file = join(out.path, 'chosen.csv');
    env.dialogAnswer = file;
    const result = await env.call('export.csv', { report: 'holdings', at });
    expect(env.suggestedNames.at(-1)).toBe(defaultExportFileName('holdings', new Date(at)));
    expect(env.suggestedNames.at(-1)).toMatch(/^holdfast-holdings-\d{4}-\d\d-\d\dT\d{4}Z\.csv$/);
    const bytes = readFileSync(file);
    const view = await env.call('portfolio.holdings', { at });
    expect(result).toEqual({ path: file, rows: view.holdings.length, bytes: bytes.length });
    expect(parseCsv(bytes)).toHaveLength(view.holdings.length + 1);
  });

  it('starts the file with a BOM when Settings.csvBom is on', async () => {
    await env.call('settings.update', { csvBom: true });
    const file = join(out.path, 'excel.csv');
    env.dialogAnswer = file;
    const result = await env.call('export.csv', { report: 'by-asset', at });
    await env.call('settings.update', { csvBom: false });
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(result.bytes).toBe(bytes.length);
  });

  it('writes nothing when the user cancels', async () => {
    env.dialogAnswer = null;
    const before = readdirSync(out.path);
    expect(await env.call('export.csv', { report: 'positions' })).toEqual({ path: null, rows: 0, bytes: 0 });
    expect(readdirSync(out.path)).toEqual(before);
  });

  it('refuses a future as-of time before any dialog opens', async () => {
    const asked = env.suggestedNames.length;
    await expect(env.call('export.csv', { report: 'holdings', at: '2999-01-01T00:00:00Z' })).rejects.toThrow('The "as of" time is in the future.');
    expect(env.suggestedNames).toHaveLength(asked);
  });

  it('says clearly when the chosen folder is gone', async () => {
    env.dialogAnswer = join(out.path, 'gone', 'x.csv');
    await expect(env.call('export.csv', { report: 'history', range: '1d' })).rejects.toThrow(`The folder ${join(out.path, 'gone')} does not exist.`);
    expect(existsSync(join(out.path, 'gone'))).toBe(false);
  });

  it('without a save dialog (browser mode, CLI) points to the download and the export command', async () => {
    const dir = tempDir();
    const core = createCore({ dataDir: dir.path, mode: 'browser', secrets: new MemorySecretStore() });
    try {
      const reply = await core.dispatch('export.csv', { report: 'holdings' });
      expect(reply).toEqual({
        ok: false,
        error: {
          code: 'invalid_input',
          message: 'Only the desktop app saves exports itself. In the browser, use the download (GET /api/download); on the command line, run `holdfast export`.',
        },
      });
    } finally {
      await core.close();
      dir.remove();
    }
  });
});
