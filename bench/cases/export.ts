import { rmSync } from 'node:fs';
import { createCore } from '../../src/main/core';
import { MemorySecretStore } from '../../src/main/secrets/memory-secret-store';
import { timeCsvFloor, timeExport } from '../lib/export-timing';
import { portfolioDir } from '../lib/portfolio-dir';

/** The holdings report of 100 connections × 1,000 holdings to a file on disk, against csv-stringify writing the same rows. */
export async function exportCsv(): Promise<Record<string, number>> {
  const dir = portfolioDir(100, 1_000);
  const core = createCore({ dataDir: dir, mode: 'cli', secrets: new MemorySecretStore() });
  try {
    // Interleaved, so that a busy moment of the machine weighs on both alike.
    const times: number[] = [];
    const floors: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      times.push(await timeExport(core, dir, 100_000, 3));
      floors.push(await timeCsvFloor(core, dir, 3));
    }
    const ms = Math.min(...times);
    const floorMs = Math.min(...floors);
    return { export_100k_ms: ms, export_100k_floor_ms: floorMs, export_vs_floor: ms / floorMs };
  } finally {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
