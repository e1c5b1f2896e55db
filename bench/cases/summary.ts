import { rmSync } from 'node:fs';
import { medianMs } from '../lib/measure';
import { portfolioDir } from '../lib/portfolio-dir';
import { callServed, startServe } from '../lib/serve';

/** The portfolio summary over 20 connections × 1,000 holdings, asked of a running `holdfast serve`, and that process's peak RSS. */
export async function summary20k(): Promise<{ summary_20k_ms: number; rss_mb: number }> {
  const dir = portfolioDir(20, 1_000);
  const served = await startServe(dir);
  try {
    const ms = await medianMs(15, 3, async () => {
      const data = (await callServed(served, 'portfolio.summary')) as { connections: unknown[] };
      if (data.connections.length !== 20) throw new Error('the summary does not cover 20 connections');
    });
    return { summary_20k_ms: ms, rss_mb: served.peakRssMb() };
  } finally {
    await served.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
