import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { playwrightDisabledFeatures } from '../support/chromium';

/**
 * The command line of the Chromium this worker launched: its browser process is a child of this process.
 * Chromium may rewrite its process title (it does under a D-Bus session), joining the arguments with
 * spaces instead of NULs; no argument here holds a space.
 */
function browserCommandLine(): string[] {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
      if (parent === process.pid && argv.includes('--remote-debugging-pipe')) return argv;
    } catch {
      // A process that ended while being read is not ours.
    }
  }
  throw new Error('found no Chromium launched by this worker');
}

const disabledFeatures = (argv: readonly string[]) => argv.filter((arg) => arg.startsWith('--disable-features=')).map((arg) => arg.slice('--disable-features='.length).split(','));

const withoutProc = process.platform !== 'linux';
if (withoutProc) console.log('Skipping the Chromium flags test: it reads the browser\'s command line from /proc, which only Linux has.');
test.skip(withoutProc, 'reads the browser\'s command line from /proc, which only Linux has');

test('Chromium runs with Playwright\'s disabled features and without the omnibox popups it would preload for every window', async ({ browser, page }) => {
  await page.goto('data:text/html,<p>a page, so a window exists</p>');
  // Chromium keeps only the last --disable-features: the last one must still hold every one Playwright passes.
  const lists = disabledFeatures(browserCommandLine());
  expect(lists.length).toBeGreaterThan(0);
  expect(lists.at(-1)).toEqual(expect.arrayContaining([...playwrightDisabledFeatures, ...(lists[0] ?? [])]));

  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{}] })) as { targetInfos: { type: string; url: string }[] };
  await cdp.detach();
  expect(targetInfos.filter((target) => target.url.includes('top-chrome')).map((target) => target.url)).toEqual([]);
});
