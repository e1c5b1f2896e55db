import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Paths of the bundled scripts that tests start as processes of their own. */
    readonly scripts: { readonly cli: string; readonly snapshotWriter: string };
  }
}

const root = join(import.meta.dirname, '..', '..');

/**
 * Vitest global setup: bundles, once per run, the programs that tests start as processes (the CLI, the
 * snapshot writer) from the same sources. A process then loads one file instead of tsx transforming
 * every module again: a fraction of the CPU per spawn, which is what a busy 2-core machine runs short of.
 * The bundle sits inside the project so that its packages (native modules included) resolve as they do
 * from source; each run has a folder of its own, removed when it ends.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const cache = join(root, 'node_modules', '.cache', 'holdfast-test');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'run-'));
  const scripts = { cli: join(dir, 'cli.mjs'), snapshotWriter: join(dir, 'snapshot-writer.mjs') };
  await build({
    entryPoints: { cli: join(root, 'src/main/cli/index.ts'), 'snapshot-writer': join(root, 'test/support/snapshot-writer.ts') },
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  project.provide('scripts', scripts);
  return () => rmSync(dir, { recursive: true, force: true });
}
