import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    // The CLI and the snapshot writer, bundled once for the tests that start them as processes.
    globalSetup: ['test/support/bundle-scripts.ts'],
    // Budgets, not asserts: generous so that a machine busy with other work never fails a test.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The keychain and the simulators are real; files run in parallel forks, tests in a file in order.
    pool: 'forks',
    // A fork runs file after file rather than starting anew for each: importing vitest, zod and the core again
    // per file was over half of the suite's CPU time. Files share no state: each makes its own temp folders,
    // databases, simulators and keychain service, and restores any fake timers or spies it sets.
    isolate: false,
    // Most files wait on sockets, SQLite and the keychain rather than the CPU: three forks keep two cores
    // busy (vitest's default is one fewer than the cores, a single fork here).
    maxWorkers: 3,
  },
});
