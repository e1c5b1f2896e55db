import { chromium } from '@playwright/test';
import { existsSync, rmSync } from 'node:fs';
import { median } from '../lib/measure';
import { portfolioDir } from '../lib/portfolio-dir';
import { startServe } from '../lib/serve';

const chromiumPath = process.env.HOLDFAST_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * From starting `holdfast serve` to the dashboard showing the net worth from cached data, in a browser
 * that is already open (its own start is not Holdfast's).
 */
export async function coldStart(): Promise<{ cold_start_ms: number }> {
  const dir = portfolioDir(20, 1_000);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    const times: number[] = [];
    for (let run = 0; run < 4; run += 1) {
      const page = await browser.newPage();
      const started = performance.now();
      const served = await startServe(dir);
      try {
        await page.goto(served.url);
        await page.getByTestId('net-worth').waitFor({ state: 'visible', timeout: 20_000 });
        if (run > 0) times.push(performance.now() - started);
      } finally {
        await page.close();
        await served.stop();
      }
    }
    return { cold_start_ms: median(times) };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
