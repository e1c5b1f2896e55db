import type { Connection } from '../../shared/domain/connection';
import type { VenueId } from '../../shared/domain/venue';
import type { Db } from './database';

interface ConnectionRow {
  id: string;
  venue: VenueId;
  label: string;
  base_url: string;
  key_hint: string;
  enabled: number;
  poll_interval_sec: number;
  created_at: string;
  updated_at: string;
}

function fromRow(row: ConnectionRow): Connection {
  return {
    id: row.id,
    venue: row.venue,
    label: row.label,
    baseUrl: row.base_url,
    keyHint: row.key_hint,
    enabled: row.enabled === 1,
    pollIntervalSec: row.poll_interval_sec,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export type ConnectionPatch = Partial<Pick<Connection, 'label' | 'baseUrl' | 'keyHint' | 'enabled' | 'pollIntervalSec'>>;

export class ConnectionsRepo {
  private readonly selectAll;
  private readonly selectOne;
  private readonly insertOne;
  private readonly deleteOne;

  constructor(private readonly db: Db) {
    this.selectAll = db.prepare<[], ConnectionRow>('SELECT * FROM connections ORDER BY created_at, id');
    this.selectOne = db.prepare<[string], ConnectionRow>('SELECT * FROM connections WHERE id = ?');
    this.insertOne = db.prepare(
      `INSERT INTO connections (id, venue, label, base_url, key_hint, enabled, poll_interval_sec, created_at, updated_at)
       VALUES (@id, @venue, @label, @baseUrl, @keyHint, @enabled, @pollIntervalSec, @createdAt, @updatedAt)`,
    );
    this.deleteOne = db.prepare<[string]>('DELETE FROM connections WHERE id = ?');
  }

  list(): Connection[] {
    return this.selectAll.all().map(fromRow);
  }

  get(id: string): Connection | undefined {
    const row = this.selectOne.get(id);
    return row ? fromRow(row) : undefined;
  }

  insert(connection: Connection): void {
    this.insertOne.run({ ...connection, enabled: connection.enabled ? 1 : 0 });
  }

  update(id: string, patch: ConnectionPatch, updatedAt: string): Connection | undefined {
    const current = this.get(id);
    if (!current) return undefined;
    const next: Connection = { ...current, ...patch, updatedAt };
    this.db
      .prepare(
        `UPDATE connections SET label = @label, base_url = @baseUrl, key_hint = @keyHint, enabled = @enabled,
           poll_interval_sec = @pollIntervalSec, updated_at = @updatedAt WHERE id = @id`,
      )
      .run({ ...next, enabled: next.enabled ? 1 : 0 });
    return next;
  }

  delete(id: string): boolean {
    return this.deleteOne.run(id).changes > 0;
  }
}
