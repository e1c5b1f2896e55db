#!/usr/bin/env node
import { existsSync } from 'node:fs';

const cli = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('holdfast: the app is not built yet; run `npm run build` first.\n');
  process.exit(1);
}
await import(cli.href);
