import type { Browser } from '@playwright/test';

export interface Started {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * From starting a server process to the page showing `[data-testid=net-worth]`, in a browser that is
 * already open. `after` may go on using the page before it closes (the view switches).
 */
export async function timeToNetWorth(browser: Browser, start: () => Promise<Started>, after?: (page: import('@playwright/test').Page) => Promise<void>): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const started = performance.now();
  const served = await start();
  try {
    await page.goto(served.url);
    await page.getByTestId('net-worth').waitFor({ state: 'visible', timeout: 30_000 });
    const ms = performance.now() - started;
    if (after) await after(page);
    return ms;
  } finally {
    await page.close();
    await served.stop();
  }
}
