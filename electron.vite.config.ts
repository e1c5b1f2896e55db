import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

export default defineConfig({
  main: {
    build: {
      // Pure-JS dependencies go into the bundle: loading zod and ky as hundreds of separate ES modules
      // took a large share of `holdfast serve`'s start. Native ones (better-sqlite3, keytar) stay outside.
      externalizeDeps: { exclude: ['zod', 'ky', 'p-queue', 'commander', 'lossless-json', 'decimal.js', 'csv-stringify'] },
      // The CLI (and with it browser mode) ships from the same bundle step as the Electron main process.
      rollupOptions: {
        input: { index: resolve('src/main/index.ts'), cli: resolve('src/main/cli/index.ts') },
      },
    },
  },
  preload: {
    // A sandboxed preload can require only `electron`: bundle everything else into one CommonJS file.
    build: {
      externalizeDeps: false,
      rollupOptions: {
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    plugins: [react()],
    // Minified: a third of the bytes to load and parse before the first render. Views and the chart
    // are split into chunks of their own by the dynamic imports in ViewHost and HistoryChart.
    build: { minify: true },
    // The favicon (resources/web, rendered from resources/icon.svg by scripts/icons.mjs) ships beside index.html.
    publicDir: resolve('resources/web'),
  },
});
