import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Credentials } from '../../src/shared/domain/venue';
import { createCore } from '../../src/main/core';
import { MemorySecretStore } from '../../src/main/secrets/memory-secret-store';
import { benchDir } from '../lib/data';

const CONNECTIONS = 10;
const HOLDINGS = 1_000;
const CYCLES = Number(process.env.HOLDFAST_BENCH_DAY_CYCLES ?? 100);

interface HostedSim {
  readonly baseUrl: string;
  readonly credentials: Credentials;
}

function startSimHost(): Promise<{ sims: HostedSim[]; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', 'lib', 'sim-host.ts'), String(CONNECTIONS), String(HOLDINGS)], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) resolve({ sims: JSON.parse(output) as HostedSim[], stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`the simulator host exited with ${code}`)));
  });
}

/**
 * Resident memory after a full collection, in MiB: what the process keeps, not what it has yet to free.
 * gc() returns before V8's helper threads have swept and unmapped the pages it freed: read at once, the
 * RSS held up to 55 MB (about a quarter) that was gone 20 ms later with the heap unchanged, and none with
 * --single-threaded-gc. So the figure is read once the RSS has not fallen for 100 ms (a leak never falls).
 */
async function settledRssMb(): Promise<number> {
  globalThis.gc?.();
  globalThis.gc?.();
  let rss = process.memoryUsage().rss;
  let lastFall = 0;
  for (let waited = 20; waited <= 2_000 && waited - lastFall <= 100; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const now = process.memoryUsage().rss;
    if (now < rss) lastFall = waited;
    rss = Math.min(rss, now);
  }
  return rss / 1024 / 1024;
}

/**
 * A trader's day in the background: 10 connections × 1,000 holdings read from the simulators (in a process
 * of their own) 1,000 times in all, through the core as the poller reads them. CPU time of this process per
 * connection-read, and resident memory after the first 10 reads and after all 1,000.
 */
export async function backgroundDay(): Promise<Record<string, number>> {
  if (!globalThis.gc) throw new Error('the day case needs --expose-gc (bench/run.ts passes it)');
  const dir = benchDir('day');
  const host = await startSimHost();
  const core = createCore({ dataDir: dir, mode: 'cli', secrets: new MemorySecretStore() });
  try {
    for (const [i, sim] of host.sims.entries()) {
      const reply = await core.dispatch('connections.add', { venue: 'rapidx', label: `Desk ${i}`, baseUrl: sim.baseUrl, credentials: sim.credentials });
      if (!reply.ok) throw new Error(reply.error.message);
    }
    const cycle = async () => {
      const reply = await core.dispatch('sync.now', {});
      if (!reply.ok) throw new Error(reply.error.message);
      const failed = (reply.data as { ok: boolean; message?: string }[]).find((o) => !o.ok);
      if (failed) throw new Error(`a read failed: ${JSON.stringify(failed)}`);
    };
    await cycle();
    const rssAfter10 = await settledRssMb();
    const heapAfter10 = process.memoryUsage().heapUsed / 1024 / 1024;
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (let run = 1; run < CYCLES; run += 1) await cycle();
    const used = process.cpuUsage(cpu);
    const wallS = (performance.now() - started) / 1000;
    const rssAfter1000 = await settledRssMb();
    const reads = (CYCLES - 1) * CONNECTIONS;
    return {
      cpu_ms_per_read: (used.user + used.system) / 1000 / reads,
      rss_mb_after_10_reads: rssAfter10,
      rss_mb_after_1000_reads: rssAfter1000,
      rss_growth_pct: ((rssAfter1000 - rssAfter10) / rssAfter10) * 100,
      day_wall_s: wallS,
      // The JS heap after full collections beside the RSS: a leak grows both; V8 keeping the pages its
      // busiest moment needed grows only the RSS.
      heap_mb_after_10_reads: heapAfter10,
      heap_mb_after_1000_reads: process.memoryUsage().heapUsed / 1024 / 1024,
    };
  } finally {
    await core.close();
    host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
