import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { portfolioPageFrom } from '../../../../src/main/venues/cadenza/client';
import { normalisePortfolios } from '../../../../src/main/venues/cadenza/normalise';
import { seedPortfolios } from '../../../../src/main/venues/cadenza/simulator/data';
import { seededRandom } from '../../../../src/main/venues/shared/simulator/random';
import { VenueError } from '../../../../src/main/venues/shared/venue-error';
import { Holding } from '../../../../src/shared/domain/holding';
import { answer, flatText, nestedText } from './answers';
import { connectionId, fetchedAt, smallBook } from './fixtures';

// Garbled answers through the pure schema + normaliser path: each must end in a bad_response
// VenueError or in holdings whose every number is exactly the one the (mutated) answer carries.

const bases = [nestedText(smallBook), flatText(smallBook), nestedText(seedPortfolios(3, 1703052635110)), flatText(seedPortfolios(4, 1703052635110))];
const garbage = [
  '{}', '[]', 'true', 'false', 'null', '""', '"abc"', '"1,000.5"', '"0x10"', '"--1"', '"1..2"', '" 1"', '"1.5 "', '"NaN"', '"Infinity"',
  '{"$numberDecimal":"1"}', '"-"', '0.1', '-5', '"٣"', '1.5E3',
];
const edgeNumbers = ['9999999999999999', '99999999999999999999', '1e999999999', '"1e999999999"', '"1e-999999999"', '12345678901234567890.123456789', '-0', '"1,5"'];
const sentinel = '__fuzz__';

type Json = null | boolean | string | number | Json[] | { [key: string]: Json };
type Random = () => number;
const index = (random: Random, length: number) => Math.floor(random() * length);

/** Every container in the tree, so a mutation can land anywhere. */
function containers(node: Json, out: (Json[] | { [key: string]: Json })[] = []): (Json[] | { [key: string]: Json })[] {
  if (node !== null && typeof node === 'object') {
    out.push(node);
    for (const child of Object.values(node)) containers(child, out);
  }
  return out;
}

/** Every (container, key) whose value is a number or starts like one: amounts, times, paging. */
function numericLeaves(node: Json, out: [Record<string, Json>, string][] = []): [Record<string, Json>, string][] {
  if (node !== null && typeof node === 'object') {
    const record = node as Record<string, Json>;
    for (const [key, value] of Object.entries(record)) {
      if (typeof value === 'number' || (typeof value === 'string' && /^-?\d/.test(value))) out.push([record, key]);
      else numericLeaves(value, out);
    }
  }
  return out;
}

function mutateTree(random: Random, text: string): string {
  const tree = JSON.parse(text) as Json;
  const numbers = numericLeaves(tree);
  // Half the time aim at a number, with values near the edges of what a decimal or a date can hold.
  const aimed = numbers[index(random, numbers.length)];
  if (aimed && random() < 0.5) {
    aimed[0][aimed[1]] = sentinel;
    return JSON.stringify(tree).replace(`"${sentinel}"`, edgeNumbers[index(random, edgeNumbers.length)] ?? 'null');
  }
  const all = containers(tree);
  const target = all[index(random, all.length)] ?? [];
  const record = target as Record<string, Json>;
  const keys = Object.keys(target);
  const key = keys[index(random, keys.length)];
  if (key === undefined) return text;
  const op = index(random, 4);
  if (op === 0) record[key] = sentinel;
  else if (op === 1 && Array.isArray(target)) target.push(structuredClone(target[Number(key)] ?? null));
  else if (op === 1 || op === 2) delete record[key];
  else {
    record[`${key}_renamed`] = record[key] ?? null;
    delete record[key];
  }
  return JSON.stringify(tree).replace(`"${sentinel}"`, garbage[index(random, garbage.length)] ?? 'null');
}

function mutateText(random: Random, text: string): string {
  const at = index(random, text.length);
  const op = index(random, 3);
  if (op === 0) return text.slice(0, at);
  if (op === 1) {
    const digits = [...text.matchAll(/\d/g)].map((match) => match.index);
    const spot = digits[index(random, digits.length)] ?? 0;
    return text.slice(0, spot) + String(index(random, 10)) + text.slice(spot + 1);
  }
  return text.slice(0, at) + ('{}[]",:-.e0x '[index(random, 13)] ?? '') + text.slice(at);
}

interface Source {
  account: unknown;
  venue: unknown;
  asset: unknown;
  kind: 'token' | 'position';
  numbers: [keyof Holding, unknown][];
}

/** Every balance, position or row of the answer as sent, with the source of each mapped number. */
function sources(body: unknown): Source[] {
  const data = (body as { data?: unknown }).data;
  if (!Array.isArray(data)) return [];
  return data.flatMap((item: Record<string, unknown>): Source[] => {
    if (item === null || typeof item !== 'object') return [];
    const { tradingAccountId: account, venue } = item;
    if (!Array.isArray(item.balances)) {
      return [{ account, venue, asset: item.currency, kind: 'token', numbers: [['quantity', item.balance], ['available', item.available], ['locked', item.locked], ['borrowed', null]] }];
    }
    const balances = (item.balances as Record<string, unknown>[]).map((b): Source => ({
      account, venue, asset: b?.securitySymbol, kind: 'token',
      numbers: [['quantity', b?.total], ['available', b?.free], ['locked', b?.locked], ['borrowed', b?.borrowed]],
    }));
    const positions = Array.isArray(item.positions) ? (item.positions as Record<string, unknown>[]) : [];
    return [...balances, ...positions.map((p): Source => ({ account, venue, asset: p?.securitySymbol, kind: 'position', numbers: [['quantity', p?.quantity], ['unrealizedPnl', p?.unrealizedPnl]] }))];
  });
}

function sameNumber(out: unknown, source: unknown): boolean {
  if (out === null) return source === null || source === undefined || source === '';
  if (typeof out !== 'string' || typeof source !== 'string') return false;
  try {
    return new Decimal(source).equals(new Decimal(out));
  } catch {
    return false;
  }
}

const matches = (holding: Holding, source: Source) =>
  source.account === holding.accountId && source.venue === holding.exchange && source.asset === holding.asset && source.kind === holding.kind && source.numbers.every(([field, value]) => sameNumber(holding[field], value));

describe('Cadenza answers, garbled', () => {
  it('end in bad_response or in exactly the numbers sent, never in anything else', () => {
    const random = seededRandom(20240102);
    const outcomes = { read: 0, bad_response: 0 };
    for (let round = 0; round < 600; round++) {
      const base = bases[round % bases.length] ?? '';
      const text = random() < 0.7 ? mutateTree(random, base) : mutateText(random, base);
      const sent = answer(200, text);
      let holdings: Holding[];
      try {
        holdings = normalisePortfolios(portfolioPageFrom(sent, []), { connectionId, fetchedAt }).holdings;
      } catch (error) {
        expect(error, text).toBeInstanceOf(VenueError);
        expect((error as VenueError).kind, text).toBe('bad_response');
        outcomes.bad_response++;
        continue;
      }
      outcomes.read++;
      expect(() => Holding.array().parse(holdings), text).not.toThrow();
      const candidates = sources(sent.body);
      for (const holding of holdings) expect(candidates.some((source) => matches(holding, source)), `${JSON.stringify(holding)}\n${text}`).toBe(true);
    }
    expect(outcomes.read).toBeGreaterThan(50);
    expect(outcomes.bad_response).toBeGreaterThan(50);
  });
});
