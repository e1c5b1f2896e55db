import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli } from '../../support/cli';
import { keychainProblem, testKeychainService } from '../../support/keychain';
import { tempDir } from '../../support/temp-dir';

const problem = await keychainProblem();

describe.skipIf(problem !== null)('holdfast connections (CLI)', () => {
  let dir: ReturnType<typeof tempDir>;
  let env: NodeJS.ProcessEnv;
  beforeAll(() => {
    dir = tempDir();
    env = { HOLDFAST_KEYCHAIN_SERVICE: testKeychainService() };
  });
  afterAll(() => dir.remove());

  const cli = (args: string[], stdin?: string) => runCli(['--data-dir', dir.path, ...args], { stdin, env });

  it('adds, lists as JSON and removes a connection', async () => {
    const add = await cli(['connections', 'add', '--venue', 'connex', '--label', 'Prime'], '{"apiKey":"cx-live-5555666677778888","apiSecret":"cx-secret-abcdefabcdef"}');
    expect(add.stderr).toBe('');
    expect(add.code).toBe(0);
    expect(add.stdout).toMatch(/^Added ConneX connection "Prime" \(cx-l…8888\) with id [0-9a-f-]{36}\n$/);

    const list = await cli(['connections', 'list', '--json']);
    expect(list.code).toBe(0);
    const rows = JSON.parse(list.stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0] ?? {})).toEqual(['id', 'venue', 'label', 'baseUrl', 'keyHint', 'createdAt']);
    expect(rows[0]).toMatchObject({ venue: 'connex', label: 'Prime', baseUrl: 'https://api.connex.trade', keyHint: 'cx-l…8888' });

    const table = await cli(['connections', 'list']);
    expect(table.stdout).toContain('Prime');

    const remove = await cli(['connections', 'remove', String(rows[0]?.id)]);
    expect(remove.code).toBe(0);
    expect(JSON.parse((await cli(['connections', 'list', '--json'])).stdout)).toEqual([]);
  });

  it('reads HOLDFAST_DATA_DIR when --data-dir is absent', async () => {
    const other = tempDir();
    try {
      await runCli(['connections', 'add', '--venue', 'treadfi', '--label', 'Env'], { stdin: '{"token":"tf-0123456789abcdef"}', env: { ...env, HOLDFAST_DATA_DIR: other.path } });
      const list = await runCli(['connections', 'list', '--json'], { env: { ...env, HOLDFAST_DATA_DIR: other.path } });
      expect((JSON.parse(list.stdout) as { label: string }[]).map((c) => c.label)).toEqual(['Env']);
    } finally {
      other.remove();
    }
  });

  const badCases: [string, string[], string | undefined, RegExp][] = [
    ['unknown venue', ['--venue', 'nasdaq', '--label', 'x'], '{"token":"t"}', /Unknown venue "nasdaq"/],
    ['missing field', ['--venue', 'rapidx', '--label', 'x'], '{"apiKey":"k"}', /credentials\.apiSecret: API secret is required/],
    ['malformed JSON', ['--venue', 'rapidx', '--label', 'x'], '{"apiKey":', /not valid JSON/],
    ['no credentials', ['--venue', 'rapidx', '--label', 'x'], '', /No credentials on stdin/],
    ['remote http', ['--venue', 'ltp', '--label', 'x', '--base-url', 'http://api.example.com'], '{"apiKey":"k","apiSecret":"s"}', /must start with https:\/\//],
  ];
  for (const [name, args, stdin, message] of badCases) {
    it(`exits non-zero with a one-line reason on ${name}`, async () => {
      const result = await cli(['connections', 'add', ...args], stdin);
      expect(result.code).not.toBe(0);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    });
  }

  // A process of its own: the keychain reads its D-Bus address from the environment it started with.
  it('refuses to store credentials when there is no keychain, and says so', async () => {
    const result = await spawnCli(['--data-dir', dir.path, 'connections', 'add', '--venue', 'ltp', '--label', 'NoKeychain'], {
      stdin: '{"apiKey":"k-0123456789abcdef","apiSecret":"s-0123456789abcdef"}',
      env: { ...env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/holdfast-bus' },
      // Node and tsx start from cold in a process of their own: a budget for a busy machine.
      timeoutMs: 60_000,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^holdfast: The OS keychain is not available .*never stores secrets in a file/);
    const list = await cli(['connections', 'list', '--json']);
    expect((JSON.parse(list.stdout) as { label: string }[]).map((c) => c.label)).not.toContain('NoKeychain');
  });

  it('removing an unknown id fails clearly', async () => {
    const result = await cli(['connections', 'remove', '00000000-0000-4000-8000-000000000000']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/No connection with id/);
  });
});
