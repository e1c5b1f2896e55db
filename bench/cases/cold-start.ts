import type { Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { launchBrowser } from '../lib/browser';
import { startFloorPage } from '../lib/floor-page';
import { median } from '../lib/measure';
import { timeToNetWorth } from '../lib/page-start';
import { portfolioDir } from '../lib/portfolio-dir';
import { startServe } from '../lib/serve';

const RUNS = 5;

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
 * From starting `holdfast serve` to the dashboard showing the net worth from cached data (20 × 1,000
 * holdings), against the floor page (bench/floor/page-server.mjs) started and loaded the same way.
 * Runs alternate between the two, so a busy moment of a shared machine weighs on both alike.
 */
export async function coldStart(): Promise<Record<string, number>> {
  const dir = portfolioDir(20, 1_000);
  const browser = await launchBrowser();
  try {
    const times: number[] = [];
    const floors: number[] = [];
    const switches: number[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      const floor = await timeToNetWorth(browser, startFloorPage);
      const ms = await timeToNetWorth(browser, () => startServe(dir), run === RUNS ? async (page) => void switches.push(...(await viewSwitches(page))) : undefined);
      if (run > 0) {
        floors.push(floor);
        times.push(ms);
      }
    }
    const coldStartMs = median(times);
    const floorMs = median(floors);
    return { cold_start_ms: coldStartMs, cold_start_floor_ms: floorMs, cold_start_vs_floor: coldStartMs / floorMs, view_switch_20k_ms: median(switches) };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
