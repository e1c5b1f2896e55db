/** The median of `runs` timed runs after `warmup` untimed ones, in milliseconds. */
export async function medianMs(runs: number, warmup: number, body: () => unknown): Promise<number> {
  for (let i = 0; i < warmup; i += 1) await body();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await body();
    times.push(performance.now() - started);
  }
  return median(times);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function round(value: number, places = 2): number {
  const scale = 10 ** places;
  return Math.round(value * scale) / scale;
}
