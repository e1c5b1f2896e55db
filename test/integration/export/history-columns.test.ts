import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/main/core';
import { MemorySecretStore } from '../../../src/main/secrets/memory-secret-store';
import { SnapshotsRepo } from '../../../src/main/store/snapshots-repo';
import { Dec } from '../../../src/shared/decimal';
import { NewConnection, type Connection } from '../../../src/shared/domain/connection';
import type { Channel, ChannelInput, ChannelOutput } from '../../../src/shared/contract';
import { tempDir } from '../../support/temp-dir';
import { parseCsv } from './csv-oracle';
import { streamCsv } from '../../../src/main/export/csv-stream';
import { PassThrough } from 'node:stream';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Forty days of stored reads at uneven times (no venue involved), so every range is exercised, the long
 * ones through the hourly rollup: the per-connection columns must add up to the view's net worth.
 */
describe('history export over every range', () => {
  const dir = tempDir('holdfast-history-');
  const nowMs = Date.parse('2026-11-21T10:30:00.000Z');
  let core: Core;
  let connections: Connection[];

  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const reply = await core.dispatch(channel, input);
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.data;
  }

  beforeAll(async () => {
    core = createCore({ dataDir: dir.path, mode: 'cli', secrets: new MemorySecretStore(), now: () => new Date(nowMs), intervalMs: () => 20 * MINUTE });
    connections = [];
    for (const [venue, label] of [['rapidx', 'Main'], ['ltp', 'Main (LTP)'], ['treadfi', 'Paused desk']] as const) {
      const credentials = venue === 'treadfi' ? { token: 't0k3n-value-1234' } : { apiKey: 'key-1234567890', apiSecret: 'secret-1234567890' };
      connections.push(await call('connections.add', NewConnection.parse({ venue, label, baseUrl: 'https://example.com', credentials })));
    }
    // Labels are unique since they are checked, but a data folder from before may hold two alike: their columns still differ.
    core.db.prepare('UPDATE connections SET label = ? WHERE id = ?').run('Main', connections[1]?.id);
    const renamed = connections[1];
    if (renamed) connections[1] = { ...renamed, label: 'Main' };
    await call('connections.update', { id: connections[2]?.id ?? '', enabled: false });
    const snapshots = new SnapshotsRepo(core.db);
    const record = (connection: Connection | undefined, at: number, totalUsd: string) =>
      snapshots.record({ connectionId: connection?.id ?? '', at: new Date(at), holdings: [], positions: [], accountTotals: [], accountCount: 1, totalUsd });
    // Main (rapidx) every 53 minutes for 40 days but for a day's gap; Main (ltp) every 3 hours for 10 days; the disabled one throughout.
    for (let at = nowMs - 40 * DAY; at < nowMs; at += 53 * MINUTE) {
      if (at > nowMs - 12 * DAY && at < nowMs - 11 * DAY) continue;
      record(connections[0], at, `${Math.floor(at / MINUTE) % 997}.000000000000000001`);
    }
    for (let at = nowMs - 40 * DAY; at < nowMs; at += 6 * HOUR) record(connections[2], at, '5');
    for (let at = nowMs - 10 * DAY; at < nowMs; at += 3 * HOUR) record(connections[1], at, `-${Math.floor(at / HOUR) % 89}.25`);
  });
  afterAll(async () => {
    await core.close();
    dir.remove();
  });

  for (const range of ['1d', '1w', '1m', '1y', 'all'] as const) {
    it(range, async () => {
      const view = await call('history.series', { range });
      const report = await core.exports.load({ report: 'history', range, at: '2001-01-01T00:00:00.000Z' });
      expect(report.fileName).toBe('holdfast-history-2026-11-21T1030Z.csv');
      const sink = new PassThrough();
      const chunks: Buffer[] = [];
      sink.on('data', (chunk: Buffer) => chunks.push(chunk));
      await streamCsv(report.table, sink, { bom: false });
      const rows = parseCsv(Buffer.concat(chunks));
      // Same labels: each column is told apart by its connection id; the disabled connection has none.
      const enabled = (await call('connections.list', {})).filter((c) => c.enabled);
      expect(rows[0]).toEqual(['time', 'netWorthUsd', 'missingConnections', ...enabled.map((c) => `Main (${c.id})`)]);
      expect(rows.slice(1).map((row) => row.slice(0, 3))).toEqual(view.points.map((p) => [p.t, p.valueUsd ?? '', String(p.missing)]));
      let known = 0;
      for (const row of rows.slice(1)) {
        const values = row.slice(3).filter((v) => v !== '');
        known += values.length;
        expect(values.length).toBe(2 - Number(row[2]));
        if (values.length > 0) expect(values.reduce((t, v) => t.plus(v), new Dec(0)).toFixed()).toBe(row[1]);
      }
      expect(known).toBeGreaterThan(0);
    });
  }
});
