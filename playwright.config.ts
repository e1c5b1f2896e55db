import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './test/support/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/artifacts',
  // Budgets, not asserts: a busy machine (CI beside other work, or `npm run test:stress`'s two CPU hogs)
  // must not fail a test that would pass. One budget for every test; no test sets a tighter one.
  timeout: 240_000,
  expect: { timeout: 15_000 },
  // Every test is scheduled on its own, not its whole file: no test depends on another's state (each has its
  // own served app, or the worker's shared demo put back after each test), and a long file last in the
  // queue kept one worker busy while the other sat idle.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable,
      args: [...chromiumArgs],
    },
  },
});
