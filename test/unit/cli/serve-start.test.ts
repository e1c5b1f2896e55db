import { build, type Metafile } from 'esbuild';
import { expect, it } from 'vitest';

/** Every file evaluated with `entry`: the entry's static imports, followed to the end, not its dynamic ones. */
async function loadedAtStart(entry: string): Promise<string[]> {
  const { metafile } = await build({ entryPoints: [entry], bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent' });
  const inputs: Metafile['inputs'] = metafile.inputs;
  const reached = new Set<string>([entry]);
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const imported of inputs[file]?.imports ?? []) {
      if (imported.kind !== 'import-statement' || reached.has(imported.path)) continue;
      reached.add(imported.path);
      queue.push(imported.path);
    }
  }
  return [...reached];
}

// `holdfast serve` prints its link before the core loads, so the browser loads the page while the database
// opens (cli/commands/serve.ts). That holds only while the program's start imports none of the core's weight.
it('parses its command line and listens before any schema, venue, database or keychain module loads', async () => {
  const files = await loadedAtStart('src/main/cli/index.ts');
  expect(files).toContain('src/main/server/http-server.ts');
  expect(files.filter((file) => /^(zod|ky|better-sqlite3|keytar|csv-stringify)$|src\/main\/(core|venues|store|sync|portfolio|export)\b|src\/shared\/(contract|errors)\.ts|src\/shared\/domain\/(venue|portfolio|holding|export)\.ts/.test(file))).toEqual([]);
});

// The first answer of a start is from the cache: no venue is read and no secret is asked for before it.
it("opens the core without loading ky (and with it Node's fetch) or keytar, which load with the first read", async () => {
  const files = await loadedAtStart('src/main/core.ts');
  expect(files).toContain('src/main/venues/shared/http.ts');
  expect(files.filter((file) => file === 'ky' || file === 'keytar')).toEqual([]);
});
