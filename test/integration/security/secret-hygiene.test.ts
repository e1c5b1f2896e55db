import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveCore, type ServedCore } from '../../support/browser-server';
import { runCli } from '../../support/cli';
import { keychainProblem } from '../../support/keychain';

const problem = await keychainProblem();

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Unique, unmistakable secrets, so that any copy of them anywhere is found by a plain byte search. */
function secretsFor(venue: string) {
  const tag = randomUUID().replaceAll('-', '');
  switch (venue) {
    case 'cadenza':
      return { email: `desk-${tag}@fund.example`, password: `pw-${tag}` };
    case 'treadfi':
      return { token: `tok-${tag}` };
    default:
      return { apiKey: `key-${tag}`, apiSecret: `sec-${tag}` };
  }
}

describe.skipIf(problem !== null)('secrets stay in the keychain', () => {
  let served: ServedCore;
  const secrets: string[] = [];
  const replies: string[] = [];

  beforeAll(async () => {
    served = await serveCore();
    for (const venue of ['rapidx', 'connex', 'ltp', 'cadenza', 'treadfi']) {
      const credentials = secretsFor(venue);
      secrets.push(...Object.values(credentials).filter((v) => !v.includes('@')));
      const added = await served.call('connections.add', { venue, label: `${venue} desk`, baseUrl: 'https://example.com', credentials });
      expect(added.status).toBe(200);
      replies.push(added.text);
    }
    const list = await served.call('connections.list', {});
    replies.push(list.text, (await served.call('app.info', {})).text);
    const id = (JSON.parse(list.text) as { data: { id: string }[] }).data[0]?.id;
    const replaced = secretsFor('rapidx') as { apiKey: string; apiSecret: string };
    secrets.push(replaced.apiKey, replaced.apiSecret);
    replies.push((await served.call('connections.update', { id, credentials: replaced })).text);
    replies.push((await served.call('connections.update', { id, credentials: { apiKey: replaced.apiKey } })).text);
  });
  afterAll(() => served.stop());

  it('are in no HTTP reply', () => {
    expect(replies.length).toBeGreaterThan(5);
    for (const secret of secrets) for (const reply of replies) expect(reply).not.toContain(secret);
  });

  it('are in no file of the data directory (database, WAL, logs)', () => {
    served.core.db.pragma('wal_checkpoint(FULL)');
    const files = filesUnder(served.dataDir);
    expect(files.some((f) => f.endsWith('holdfast.sqlite'))).toBe(true);
    for (const file of files) {
      const bytes = readFileSync(file).toString('latin1');
      for (const secret of secrets) expect(bytes.includes(secret), `${secret} in ${file}`).toBe(false);
    }
  });

  it('are in no CLI output, even on errors', async () => {
    const credentials = secretsFor('ltp');
    const env = { HOLDFAST_KEYCHAIN_SERVICE: `holdfast-test-${randomUUID()}` };
    const outputs = [
      await runCli(['--data-dir', served.dataDir, 'connections', 'add', '--venue', 'ltp', '--label', 'cli'], { stdin: JSON.stringify(credentials), env }),
      await runCli(['--data-dir', served.dataDir, 'connections', 'list'], { env }),
      await runCli(['--data-dir', served.dataDir, 'connections', 'list', '--json'], { env }),
      await runCli(['--data-dir', served.dataDir, 'connections', 'add', '--venue', 'ltp', '--label', ''], { stdin: JSON.stringify(credentials), env }),
      await runCli(['--data-dir', served.dataDir, 'connections', 'add', '--venue', 'cadenza', '--label', 'x'], { stdin: JSON.stringify(credentials), env }),
    ];
    expect(outputs[0]?.code).toBe(0);
    for (const { stdout, stderr } of outputs) {
      for (const secret of Object.values(credentials)) {
        expect(stdout).not.toContain(secret);
        expect(stderr).not.toContain(secret);
      }
    }
  });
});
