import { chromium, type Page } from '@playwright/test';
import { existsSync, rmSync } from 'node:fs';
import { median } from '../lib/measure';
import { portfolioDir } from '../lib/portfolio-dir';
import { startServe } from '../lib/serve';

const chromiumPath = process.env.HOLDFAST_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Settings → Holdings with 20,000 holdings loaded: until the totals and the first rows show again. */
async function viewSwitches(page: Page): Promise<number[]> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Holdings' }).click();
  await page.getByTestId('holdings-totals').getByText(/20000 holdings/).waitFor({ timeout: 20_000 });
  const times: number[] = [];
  for (let run = 0; run < 6; run += 1) {
    await nav.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    const started = performance.now();
    await nav.getByRole('link', { name: 'Holdings' }).click();
    await page.getByRole('table', { name: 'Holdings' }).locator('tbody tr:not([aria-hidden])').first().waitFor();
    if (run > 0) times.push(performance.now() - started);
  }
  return times;
}

/**
 * From starting `holdfast serve` to the dashboard showing the net worth from cached data, in a browser
 * that is already open (its own start is not Holdfast's).
 */
export async function coldStart(): Promise<{ cold_start_ms: number; view_switch_20k_ms: number }> {
  const dir = portfolioDir(20, 1_000);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    const times: number[] = [];
    const switches: number[] = [];
    for (let run = 0; run < 4; run += 1) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const started = performance.now();
      const served = await startServe(dir);
      try {
        await page.goto(served.url);
        await page.getByTestId('net-worth').waitFor({ state: 'visible', timeout: 20_000 });
        if (run > 0) times.push(performance.now() - started);
        if (run === 3) switches.push(...(await viewSwitches(page)));
      } finally {
        await page.close();
        await served.stop();
      }
    }
    return { cold_start_ms: median(times), view_switch_20k_ms: median(switches) };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
