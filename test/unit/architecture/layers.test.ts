import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layer rules of eslint.config.js, run on imports that each break one (and on ones that are allowed). */
const eslint = new ESLint();

async function restricted(filePath: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
}

describe('the core\'s layers point one way', () => {
  it.each([
    ['src/main/store/example.ts', "import { RETENTION } from '../portfolio/policy';"],
    ['src/main/store/example.ts', "import type { SyncService } from '../sync/sync-service';"],
    ['src/main/store/example.ts', "import type { Dispatch } from '../api/dispatch';"],
    ['src/main/venues/ltp/example.ts', "import { SnapshotsRepo } from '../../store/snapshots-repo';"],
    ['src/main/venues/ltp/example.ts', "import type { Poller } from '../../sync/poller';"],
    ['src/main/portfolio/example.ts', "import type { Dispatch } from '../api/dispatch';"],
    ['src/main/portfolio/example.ts', "import type { SyncService } from '../sync/sync-service';"],
    ['src/main/export/example.ts', "import { portfolioHandlers } from '../api/portfolio-handlers';"],
    ['src/main/sync/example.ts', "import { createDispatch } from '../api/dispatch';"],
  ])('%s may not `%s`', async (file, code) => {
    expect(await restricted(file, `${code}\nexport {};\n`)).toBe(true);
  });

  it.each([
    ['src/main/portfolio/example.ts', "import { SnapshotsRepo } from '../store/snapshots-repo';"],
    ['src/main/sync/example.ts', "import { valueHoldings } from '../portfolio/valuation';"],
    ['src/main/export/example.ts', "import type { Portfolio } from '../portfolio/portfolio';"],
    ['src/main/venues/ltp/example.ts', "import { startSimulator } from '../shared/simulator/server';"],
  ])('%s may `%s`', async (file, code) => {
    expect(await restricted(file, `${code}\nexport {};\n`)).toBe(false);
  });
});
