import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Dec, decimalString } from '../../src/shared/decimal';
import type { Holding } from '../../src/shared/domain/holding';
import type { VenueId } from '../../src/shared/domain/venue';
import type { Db } from '../../src/main/store/database';
import { seededRandom, randomDecimal } from '../../src/main/venues/shared/simulator/random';

export function benchDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `holdfast-bench-${name}-`));
}

const venues: VenueId[] = ['rapidx', 'connex', 'ltp', 'cadenza', 'treadfi'];

/** `count` holdings of one connection, seeded: realistic widths of decimals, a few positions. */
export function generateHoldings(connectionId: string, count: number, seed: number, fetchedAt: string): Holding[] {
  const random = seededRandom(seed);
  const venue = venues[seed % venues.length] ?? 'rapidx';
  return Array.from({ length: count }, (_, i) => {
    const quantity = randomDecimal(random, 0.001, 5_000, 12);
    const price = randomDecimal(random, 0.0001, 70_000, 8);
    const value = decimalString(new Dec(quantity).times(price));
    return {
      connectionId,
      venue,
      accountId: `acct-${seed}-${i % 7}`,
      accountLabel: `Account ${i % 7}`,
      wallet: i % 3 === 0 ? 'Spot' : null,
      exchange: ['BINANCE', 'OKX', 'BYBIT'][i % 3] ?? null,
      asset: `COIN${i}`,
      kind: i % 25 === 0 ? 'position' : 'token',
      quantity,
      available: quantity,
      locked: '0',
      borrowed: null,
      equity: null,
      priceUsd: price,
      valueUsd: value,
      exposureUsd: null,
      unrealizedPnl: null,
      sourceUpdatedAt: fetchedAt,
      fetchedAt,
    };
  });
}

/** A connection row, without going through the keychain: benchmarks measure the store, not credentials. */
export function insertConnection(db: Db, id: string, venue: VenueId, label: string, pollIntervalSec = 3_600): void {
  const at = new Date().toISOString();
  db.prepare('INSERT INTO connections VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)').run(id, venue, label, 'http://127.0.0.1:9', 'be…ch', pollIntervalSec, at, at);
}

export { venues as benchVenues };
