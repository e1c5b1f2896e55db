import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../src/main/core';
import { saveReport } from '../../src/main/export/save-report';
import { MemorySecretStore } from '../../src/main/secrets/memory-secret-store';
import { medianMs } from '../lib/measure';
import { portfolioDir } from '../lib/portfolio-dir';

/** The holdings report of 100 connections × 1,000 holdings, from the view to a file on disk, as `holdfast export holdings` does it. */
export async function exportCsv(): Promise<{ export_100k_ms: number }> {
  const dir = portfolioDir(100, 1_000);
  const core = createCore({ dataDir: dir, mode: 'cli', secrets: new MemorySecretStore() });
  try {
    let rows = 0;
    const ms = await medianMs(5, 1, async () => {
      const report = await core.exports.load({ report: 'holdings' });
      rows = (await saveReport(report, join(dir, 'holdings.csv'))).rows;
    });
    if (rows !== 100_000) throw new Error(`the export wrote ${rows} rows, not 100,000`);
    return { export_100k_ms: ms };
  } finally {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
