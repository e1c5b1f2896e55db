import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * index.html loads only the small entry (src/start.ts), which sends the first API calls and then imports
 * the app's chunk (src/main.tsx). Modulepreload links for that chunk and the chunks it imports let the
 * browser fetch and compile them beside the entry, not after it, and ask the server for them before the
 * API calls keep the server busy.
 */
function preloadAppChunk(): Plugin {
  return {
    name: 'holdfast:preload-app-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle = {} }) {
        const chunks = new Map(Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [[output.fileName, output] as const] : [])));
        const app = [...chunks.values()].find((chunk) => chunk.moduleIds.some((id) => id.endsWith('/src/main.tsx')));
        if (!app) throw new Error('holdfast:preload-app-chunk found no chunk for src/main.tsx');
        // The app's chunk and everything it imports statically, but not the entry, which loads already.
        const preload = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = chunks.get(fileName);
          if (!chunk || chunk.isEntry || preload.has(fileName)) return;
          preload.add(fileName);
          chunk.imports.forEach(visit);
        };
        visit(app.fileName);
        return [...preload].map((fileName) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` }, injectTo: 'head' as const }));
      },
    },
  };
}

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
    plugins: [react(), preloadAppChunk()],
    // Minified: a third of the bytes to load and parse before the first render. Views and the chart
    // are split into chunks of their own by the dynamic imports in ViewHost and HistoryChart.
    build: { minify: true },
    // The favicon (resources/web, rendered from resources/icon.svg by scripts/icons.mjs) ships beside index.html.
    publicDir: resolve('resources/web'),
  },
});
