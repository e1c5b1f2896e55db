import { ESLint } from 'eslint';
import { expect, it } from 'vitest';

// npm test lints while electron-vite builds; the build's temporary bundled config must not be linted, or
// a file deleted between ESLint's listing and its read fails the run (seen with two CPU hogs beside CI).
it("lints the config electron-vite reads, never the temporary copy it writes while building", async () => {
  const eslint = new ESLint();
  expect(await eslint.isPathIgnored('electron.vite.config.1795997156851.mjs')).toBe(true);
  expect(await eslint.isPathIgnored('electron.vite.config.ts')).toBe(false);
});
