import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { holdingFields } from '../../../src/shared/domain/holding';
import { VenueId } from '../../../src/shared/domain/venue';
import { startSimulatorFor, type StartedSimulator } from '../../../src/main/venues/simulators';
import { runCli } from '../../support/cli';
import { keychainProblem, testKeychainService } from '../../support/keychain';
import { tempDir } from '../../support/temp-dir';

const problem = await keychainProblem();

describe.skipIf(problem !== null)('holdfast sync, holdings, positions, history (CLI)', () => {
  let dir: ReturnType<typeof tempDir>;
  let env: NodeJS.ProcessEnv;
  const sims = new Map<string, StartedSimulator>();
  const cli = (args: string[], stdin?: string) => runCli(['--data-dir', dir.path, ...args], { stdin, env, timeoutMs: 30_000 });

  beforeAll(async () => {
    dir = tempDir();
    env = { HOLDFAST_KEYCHAIN_SERVICE: testKeychainService() };
    for (const venue of VenueId.options) {
      const sim = await startSimulatorFor(venue);
      sims.set(venue, sim);
      const added = await cli(['connections', 'add', '--venue', venue, '--label', `${venue} sim`, '--base-url', sim.baseUrl], JSON.stringify(sim.credentials));
      expect(added.code, added.stderr).toBe(0);
    }
  });
  afterAll(async () => {
    await Promise.all([...sims.values()].map((s) => s.close()));
    dir.remove();
  });

  it('connections test reads each venue once and says what it found, storing nothing', async () => {
    const list = JSON.parse((await cli(['connections', 'list', '--json'])).stdout) as { id: string; venue: string }[];
    for (const connection of list) {
      const result = await cli(['connections', 'test', connection.id]);
      expect(result.code, result.stderr).toBe(0);
      const noun = connection.venue === 'rapidx' || connection.venue === 'connex' ? 'portfolio' : 'account';
      expect(result.stdout).toMatch(new RegExp(`^OK — \\d+ ${noun}s?, \\d+ holdings?\\n`));
    }
    const holdings = JSON.parse((await cli(['holdings', '--json'])).stdout) as { holdings: unknown[] };
    expect(holdings.holdings).toEqual([]);
  });

  it('sync --json prints one outcome per connection and exits 0 when all succeed', async () => {
    const result = await cli(['sync', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const outcomes = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(outcomes).toHaveLength(5);
    for (const outcome of outcomes) {
      expect(Object.keys(outcome)).toEqual(['connectionId', 'venue', 'ok', 'holdings', 'error', 'warnings']);
      expect(outcome).toMatchObject({ ok: true, error: null });
      expect(outcome.holdings).toBeGreaterThan(0);
    }
  });

  it('holdings --json prints {asOf, totalUsd, unpricedCount, holdings, unpriced} with unified holdings in the fixed field order', async () => {
    const result = await cli(['holdings', '--json']);
    expect(result.code).toBe(0);
    const view = JSON.parse(result.stdout) as { asOf: string; totalUsd: string; unpricedCount: number; holdings: Record<string, unknown>[]; unpriced: { asset: string; holdings: number }[] };
    expect(Object.keys(view)).toEqual(['asOf', 'totalUsd', 'unpricedCount', 'holdings', 'unpriced']);
    // What the total leaves out, per asset: its holdings add up to the count.
    expect(view.unpriced.reduce((n, u) => n + u.holdings, 0)).toBe(view.unpricedCount);
    expect(view.holdings.length).toBeGreaterThan(20);
    for (const h of view.holdings) expect(Object.keys(h)).toEqual(holdingFields);
    expect(new Set(view.holdings.map((h) => h.venue))).toEqual(new Set(VenueId.options));
  });

  it('prices set values EUR where no venue prices it and reads its connection again; list and remove mirror it', async () => {
    const bad = await cli(['prices', 'set', 'EUR', '1,08']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('"1,08" is not a price: write a positive number of US dollars, such as 1.08.');
    const set = await cli(['prices', 'set', 'eur', '1.08']);
    expect(set.stderr).toBe('');
    expect(set.stdout).toBe('EUR is priced at 1.08 USD where no venue prices it; read 1 connection again to value it.\n');
    const list = JSON.parse((await cli(['prices', 'list', '--json'])).stdout) as { asset: string; priceUsd: string }[];
    expect(list).toMatchObject([{ asset: 'EUR', priceUsd: '1.08' }]);
    const view = JSON.parse((await cli(['holdings', '--json'])).stdout) as { holdings: { asset: string; priceUsd: string | null }[]; unpriced: { asset: string }[] };
    expect(view.holdings.filter((h) => h.asset === 'EUR').map((h) => h.priceUsd)).toContain('1.08');
    expect(view.unpriced.map((u) => u.asset)).not.toContain('EUR');
    const removed = await cli(['prices', 'remove', 'EUR']);
    expect(removed.stdout).toBe('Removed the manual price of EUR; read 1 connection again to value it.\n');
    expect((await cli(['prices', 'list'])).stdout).toBe('No manual prices. Set one with: holdfast prices set ASSET PRICE\n');
  });

  it('holdings --by asset prints {asOf, totalUsd, groups: [{key, valueUsd, holdings}]}', async () => {
    const result = await cli(['holdings', '--by', 'asset', '--json']);
    const view = JSON.parse(result.stdout) as { groups: Record<string, unknown>[] };
    expect(Object.keys(view)).toEqual(['asOf', 'totalUsd', 'groups']);
    for (const group of view.groups) expect(Object.keys(group)).toEqual(['key', 'valueUsd', 'holdings']);
  });

  it('holdings --at shows the past, refuses a time before history starts with that time, and a malformed time', async () => {
    const before = await cli(['holdings', '--at', '2000-01-01T00:00:00Z', '--json']);
    expect(before.code).toBe(1);
    expect(before.stdout).toBe('');
    expect(before.stderr).toMatch(/^holdfast: History starts \d{4}-\d\d-\d\dT[\d:.]+Z — pick a later time\.\n$/);
    const start = /History starts (\S+)/.exec(before.stderr)?.[1] as string;
    const past = await cli(['holdings', '--at', start, '--json']);
    expect(past.code, past.stderr).toBe(0);
    expect((JSON.parse(past.stdout) as { holdings: unknown[] }).holdings.length).toBeGreaterThan(0);
    const bad = await cli(['holdings', '--at', 'yesterday']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--at must be an ISO-8601 time/);
  });

  it('positions --json and history --json have their shapes', async () => {
    const positions = JSON.parse((await cli(['positions', '--json'])).stdout) as { asOf: string; positions: Record<string, unknown>[] };
    expect(Object.keys(positions)).toEqual(['asOf', 'positions']);
    expect(positions.positions.length).toBeGreaterThan(0);
    for (const p of positions.positions) {
      expect(Object.keys(p)).toEqual([...holdingFields, 'underlying', 'side', 'entryPrice', 'markPrice', 'liquidationPrice', 'distanceToLiquidation', 'leverage', 'initialMargin', 'maintMargin', 'marginBalance', 'fundingFee', 'riskLevel']);
    }
    const risk = JSON.parse((await cli(['risk', '--json'])).stdout) as { asOf: string; accounts: Record<string, unknown>[] };
    expect(Object.keys(risk)).toEqual(['asOf', 'accounts']);
    expect(Object.keys(risk.accounts[0] ?? {})).toEqual(['connectionId', 'venue', 'accountId', 'accountLabel', 'exchange', 'equityUsd', 'maintMarginUsd', 'uniMMR', 'riskRatio', 'accountStatus', 'nearestLiquidation', 'positions']);
    expect(risk.accounts[0]?.accountStatus).toBe('MARGIN_CALL');
    const history = JSON.parse((await cli(['history', '--range', '1d', '--json'])).stdout) as { points: { valueUsd: string | null }[] };
    expect(history.points.length).toBeGreaterThan(0);
    expect(history.points.at(-1)?.valueUsd).not.toBeNull();
  });

  it('exposure --json and changes --json have their fixed shapes and agree with holdings', async () => {
    const holdings = JSON.parse((await cli(['holdings', '--json'])).stdout) as { totalUsd: string; holdings: { kind: string; venue: string }[] };
    const exposure = JSON.parse((await cli(['exposure', '--json'])).stdout) as { asOf: string; underlyings: Record<string, unknown>[]; cash: Record<string, unknown>[] };
    expect(Object.keys(exposure)).toEqual(['asOf', 'underlyings', 'cash']);
    for (const u of exposure.underlyings) {
      expect(Object.keys(u)).toEqual(['underlying', 'spotQuantity', 'perpQuantity', 'netQuantity', 'priceUsd', 'netUsd', 'grossUsd', 'legs']);
      for (const leg of u.legs as Record<string, unknown>[]) expect(Object.keys(leg)).toEqual(['connectionId', 'venue', 'accountId', 'accountLabel', 'exchange', 'instrument', 'kind', 'quantity']);
    }
    // Every holding is a leg of one coin or a line of cash; perp legs come from every venue that reports positions.
    const legs = exposure.underlyings.flatMap((u) => u.legs as { kind: string; venue: string }[]);
    const positions = JSON.parse((await cli(['positions', '--json'])).stdout) as { positions: { venue: string }[] };
    const perpVenues = new Set(positions.positions.map((p) => p.venue));
    expect(new Set(legs.filter((l) => l.kind === 'perp').map((l) => l.venue))).toEqual(perpVenues);
    expect(exposure.cash.map((c) => c.asset)).toContain('USDT');

    const to = new Date().toISOString();
    const changes = JSON.parse((await cli(['changes', '--from', '2000-01-01T00:00:00Z', '--to', to, '--json'])).stdout) as Record<string, unknown> & { assets: Record<string, unknown>[] };
    expect(Object.keys(changes)).toEqual(['from', 'to', 'netWorthFromUsd', 'netWorthToUsd', 'changeUsd', 'priceEffectUsd', 'quantityEffectUsd', 'assets']);
    // From before any data: everything appeared, so the change is all quantity effect and equals net worth now.
    expect(changes).toMatchObject({ netWorthFromUsd: '0', netWorthToUsd: holdings.totalUsd, changeUsd: holdings.totalUsd, priceEffectUsd: '0', quantityEffectUsd: holdings.totalUsd });
    expect(Object.keys(changes.assets[0] ?? {})).toEqual(['asset', 'quantityFrom', 'quantityTo', 'valueFromUsd', 'valueToUsd', 'changeUsd', 'priceEffectUsd', 'quantityEffectUsd']);
    const bad = await cli(['changes', '--from', 'last week']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--from must be an ISO-8601 time/);
  });

  it('a closed pipe ends the command quietly, as `holdfast holdings --json | head -2` would', async () => {
    // Far more than a pipe's buffer, so the writer meets the closed pipe.
    expect((await cli(['sync'])).code).toBe(0);
    const child = spawn(process.execPath, [inject('scripts').cli, '--data-dir', dir.path, 'holdings', '--json'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // The reader has gone before the first line arrives, as `head` is once it has its lines.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });

  it('history with no data in the range says so in one line', async () => {
    const empty = tempDir();
    try {
      const result = await runCli(['--data-dir', empty.path, 'history', '--range', '1d'], { env });
      expect(result.code).toBe(0);
      expect(result.stdout).toBe('No history yet for 1d: run holdfast sync (or keep the app running) to record some.\n');
    } finally {
      empty.remove();
    }
  });

  it('connections test of a failing venue exits 1 with the venue’s sentence', async () => {
    const list = JSON.parse((await cli(['connections', 'list', '--json'])).stdout) as { id: string; venue: string }[];
    const treadfi = list.find((c) => c.venue === 'treadfi');
    sims.get('treadfi')?.faults.set({ kind: 'revoke_tokens' });
    const result = await cli(['connections', 'test', treadfi?.id ?? '']);
    sims.get('treadfi')?.faults.clear();
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Tread\.fi rejected the credentials/);
  });

  it('a read that fails makes sync exit 1 with the error in the JSON, and the holdings stay', async () => {
    type View = { holdings: { venue: string }[] };
    const rapidxRows = (view: View) => view.holdings.filter((h) => h.venue === 'rapidx');
    const before = rapidxRows(JSON.parse((await cli(['holdings', '--json'])).stdout) as View);
    expect(before.length).toBeGreaterThan(0);
    sims.get('rapidx')?.faults.set({ kind: 'revoke_tokens' });
    const result = await cli(['sync', '--json']);
    expect(result.code).toBe(1);
    const failed = (JSON.parse(result.stdout) as { venue: string; ok: boolean; error: { kind: string; message: string } | null }[]).find((o) => o.venue === 'rapidx');
    expect(failed).toMatchObject({ ok: false, error: { kind: 'auth' } });
    // Other venues were read again (Cadenza may now be priced from RapidX); RapidX's own rows are the last good ones.
    expect(rapidxRows(JSON.parse((await cli(['holdings', '--json'])).stdout) as View)).toEqual(before);
  });
});
