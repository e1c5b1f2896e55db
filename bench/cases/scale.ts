import { rmSync } from 'node:fs';
import type { HistoryRange } from '../../src/shared/domain/portfolio';
import { createCore, type Core } from '../../src/main/core';
import { MemorySecretStore } from '../../src/main/secrets/memory-secret-store';
import { timeExport } from '../lib/export-timing';
import { buildHistoryDb } from '../lib/history-db';
import { medianMs } from '../lib/measure';
import { portfolioDir } from '../lib/portfolio-dir';

/** Cost per unit at the largest size ÷ at the middle one: 1 is linear, under 1 better, over it worse. */
function perUnitRatio(sizes: readonly [number, number, number], ms: readonly [number, number, number]): number {
  return ms[2] / sizes[2] / (ms[1] / sizes[1]);
}

async function withCore<T>(dir: string, now: (() => Date) | undefined, body: (core: Core) => Promise<T>): Promise<T> {
  const core = createCore({ dataDir: dir, mode: 'cli', secrets: new MemorySecretStore(), ...(now ? { now } : {}) });
  try {
    return await body(core);
  } finally {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The portfolio summary at 1k / 10k / 100k holdings (1, 10, 100 connections × 1,000). */
export async function scaleSummary(): Promise<Record<string, number>> {
  const sizes = [1_000, 10_000, 100_000] as const;
  const ms: number[] = [];
  for (const holdings of sizes) {
    ms.push(
      await withCore(portfolioDir(holdings / 1_000, 1_000, 10), undefined, (core) =>
        medianMs(holdings >= 100_000 ? 5 : 11, 2, async () => {
          const reply = await core.dispatch('portfolio.summary', {});
          if (!reply.ok) throw new Error(reply.error.message);
        }),
      ),
    );
  }
  const [small = 0, middle = 0, large = 0] = ms;
  return { summary_1k_ms: small, summary_10k_ms: middle, summary_100k_ms: large, scale_summary: perUnitRatio(sizes, [small, middle, large]) };
}

/** The holdings CSV export at 10k / 100k / 1M rows. */
export async function scaleExport(): Promise<Record<string, number>> {
  const sizes = [10_000, 100_000, 1_000_000] as const;
  const ms: number[] = [];
  for (const rows of sizes) {
    const dir = portfolioDir(rows / 1_000, 1_000, 10);
    ms.push(await withCore(dir, undefined, (core) => timeExport(core, dir, rows, rows >= 1_000_000 ? 3 : 5)));
  }
  const [small = 0, middle = 0, large = 0] = ms;
  return { export_10k_ms: small, export_100k_scale_ms: middle, export_1m_ms: large, scale_export: perUnitRatio(sizes, [small, middle, large]) };
}

/** The net-worth series (≤ 2,000 points) over 1 month / 1 year / 3 years of 10 connections' history. */
export async function scaleHistory(): Promise<Record<string, number>> {
  const end = Date.UTC(2026, 10, 21);
  const dir = buildHistoryDb(3 * 365, end);
  const ranges: [HistoryRange, number][] = [
    ['1m', 30],
    ['1y', 365],
    ['all', 3 * 365],
  ];
  const ms = await withCore(dir, () => new Date(end), async (core) => {
    const out: number[] = [];
    for (const [range] of ranges) {
      out.push(
        await medianMs(9, 2, async () => {
          const reply = await core.dispatch('history.series', { range, maxPoints: 2000 });
          if (!reply.ok) throw new Error(reply.error.message);
        }),
      );
    }
    return out;
  });
  const [small = 0, middle = 0, large = 0] = ms;
  return { history_1m_ms: small, history_1y_scale_ms: middle, history_3y_ms: large, scale_history: perUnitRatio([30, 365, 3 * 365], [small, middle, large]) };
}
