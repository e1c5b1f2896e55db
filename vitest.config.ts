import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // The keychain and the simulators are real; files run in parallel forks, tests in a file in order.
    pool: 'forks',
  },
});
