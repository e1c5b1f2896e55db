import { LosslessNumber, isLosslessNumber, parse, stringify } from 'lossless-json';
import { describe, expect, it } from 'vitest';
import type { Holding } from '../../../../src/shared/domain/holding';
import type { VenueId } from '../../../../src/shared/domain/venue';
import type { VenueRead } from '../../../../src/main/venues/connector';
import { normalisePortfolioAssets } from '../../../../src/main/venues/connex/normalise';
import { AssetPage } from '../../../../src/main/venues/connex/schemas';
import { unwrapEnvelope } from '../../../../src/main/venues/ltp-family/errors';
import { simulatedBook } from '../../../../src/main/venues/ltp-family/simulator/data';
import { normaliseAccountCurrencyInfo } from '../../../../src/main/venues/ltp/normalise';
import { AccountCurrencyInfo } from '../../../../src/main/venues/ltp/schemas';
import { normaliseUserAssets } from '../../../../src/main/venues/rapidx/normalise';
import { UserAssets } from '../../../../src/main/venues/rapidx/schemas';
import { parseAnswer } from '../../../../src/main/venues/shared/answer-schemas';
import { parseJsonExact } from '../../../../src/main/venues/shared/lossless-json';
import { pick, seededRandom } from '../../../../src/main/venues/shared/simulator/random';
import { VenueError } from '../../../../src/main/venues/shared/venue-error';

const CASES = 300;
const meta = { connectionId: 'fuzz', fetchedAt: '2026-03-01T12:00:00.000Z' };
const book = simulatedBook(seededRandom(42), { portfolios: 2, exchanges: ['BINANCE', 'OKX'], coinsPerPortfolio: [10, 12] }, 1_764_761_133_799);

/** Answer text → VenueRead, the way each client does it, minus the HTTP. */
const pipelines: Record<Exclude<VenueId, 'cadenza' | 'treadfi'>, { valid: string; read: (text: string) => VenueRead }> = {
  rapidx: {
    valid: stringify({ code: 200000, message: 'Success', data: Object.fromEntries(book.portfolios.map((portfolio) => [portfolio.portfolioId, portfolio.assets])) }) as string,
    read: (text) => normaliseUserAssets(parseAnswer(UserAssets, unwrap('rapidx', text), 'rapidx', 'fuzz'), meta),
  },
  connex: {
    valid: stringify({
      code: 200000,
      message: 'Success',
      data: { page: new LosslessNumber('1'), pageSize: new LosslessNumber('50'), pageNum: new LosslessNumber('1'), totalSize: new LosslessNumber(String(book.portfolios[0]?.assets.length)), list: book.portfolios[0]?.assets },
    }) as string,
    read: (text) => normalisePortfolioAssets(parseAnswer(AssetPage, unwrap('connex', text), 'connex', 'fuzz').list, meta),
  },
  ltp: {
    valid: `{"code":200,"message":"success","data":[
      {"accountId":9007199254740993,"accountNote":"","venues":"BINANCE","totalUsdt":"3500.500000000000000001","accountType":"Spot","assetInfo":[
        {"currency":"ETH","totalBalance":"1.000000000000000001","available":"1","withdrawAvailable":"1","frozen":"0.000000000000000001","valueUsdt":"3500.5","network":null},
        {"currency":"USDT","totalBalance":"0","available":"0","withdrawAvailable":"0","frozen":"0","valueUsdt":"0.000000000000000001","network":"TRC20"}]},
      {"accountId":10001,"accountNote":"Funding Account","venues":"LTP","totalUsdt":"12","accountType":"Funding Account","assetInfo":[
        {"currency":"USDC","totalBalance":"12.5","available":"12.5","withdrawAvailable":"12.5","frozen":"0","valueUsdt":"12","network":"ERC20"}]},
      {"accountId":12345678901234567891,"accountNote":"okx","venues":"OKEX","totalUsdt":"0","accountType":"Funding","assetInfo":[]}]}`,
    read: (text) => normaliseAccountCurrencyInfo(parseAnswer(AccountCurrencyInfo, unwrap('ltp', text), 'ltp', 'fuzz'), meta),
  },
};

function unwrap(venue: VenueId, text: string): unknown {
  let body: unknown;
  try {
    body = parseJsonExact(text);
  } catch {
    body = undefined;
  }
  return unwrapEnvelope(venue, 'fuzz', { status: 200, headers: new Headers(), text, body });
}

type Json = unknown;
type Container = Record<string, Json> | Json[];

function containers(value: Json, found: Container[] = []): Container[] {
  if (value !== null && typeof value === 'object' && !isLosslessNumber(value)) {
    found.push(value as Container);
    for (const child of Object.values(value)) containers(child, found);
  }
  return found;
}

const decimalFields = ['balance', 'available', 'frozen', 'equity', 'indexPrice', 'equityValue', 'borrow', 'upnl', 'totalBalance', 'valueUsdt', 'totalUsdt'];
const hostileDecimals = ['1e99999999', '-1e-99999999', 'NaN', 'Infinity', '0x10', '1,5', ' 1', '1.2.3', '--1'];

/** One structural mutation of the parsed answer; never a different but valid number or id. */
function mutate(random: () => number, root: Json): Json {
  const all = containers(root);
  const target = pick(random, all);
  const keys = Object.keys(target);
  const key = keys.length > 0 ? pick(random, keys) : undefined;
  const set = (value: Json) => {
    if (key !== undefined) (target as Record<string, Json>)[key] = value;
  };
  const original = key === undefined ? undefined : (target as Record<string, Json>)[key];
  switch (pick(random, ['drop', 'wrongType', 'numberAsObject', 'hostile', 'timestamp', 'unknownField', 'sameNumberOtherType'] as const)) {
    case 'drop':
      if (key !== undefined) {
        if (Array.isArray(target)) target.splice(Number(key), 1);
        else delete target[key];
      }
      break;
    case 'wrongType':
      set(pick(random, [null, {}, [], true, false, [original]]));
      break;
    case 'numberAsObject':
      set({ $numberDecimal: original });
      break;
    case 'hostile': {
      const holders = all.filter((container) => !Array.isArray(container) && decimalFields.some((field) => field in container)) as Record<string, Json>[];
      if (holders.length === 0) break;
      const holder = pick(random, holders);
      holder[pick(random, decimalFields.filter((name) => name in holder))] = pick(random, hostileDecimals);
      break;
    }
    case 'timestamp': {
      const holder = all.find((container) => !Array.isArray(container) && 'updateAt' in container) as Record<string, Json> | undefined;
      if (holder) holder.updateAt = pick(random, ['9999999999999999', '-1', '1.5', '17647611337990000']);
      break;
    }
    case 'unknownField':
      if (!Array.isArray(target)) target[`extra${Math.floor(random() * 100)}`] = { nested: [1, 'two'] };
      break;
    case 'sameNumberOtherType':
      // The same value as a JSON number or a JSON string: both must read the same.
      if (isLosslessNumber(original)) set(original.toString());
      else if (typeof original === 'string' && /^-?\d+(\.\d+)?$/.test(original)) set(new LosslessNumber(original));
      break;
  }
  return root;
}

function garbage(random: () => number, depth = 0): Json {
  const kind = depth > 3 ? Math.floor(random() * 4) : Math.floor(random() * 6);
  if (kind === 0) return null;
  if (kind === 1) return random() < 0.5;
  if (kind === 2) return new LosslessNumber(String(Math.floor(random() * 1e6) / 100));
  if (kind === 3) return pick(random, ['', 'x', '1e5', '{"code":200000}']);
  if (kind === 4) return Array.from({ length: Math.floor(random() * 3) }, () => garbage(random, depth + 1));
  return Object.fromEntries(Array.from({ length: Math.floor(random() * 4) }, () => [pick(random, ['data', 'list', 'message', 'a', 'portfolioId']), garbage(random, depth + 1)]));
}

function garble(random: () => number, valid: string): string {
  const roll = random();
  if (roll < 0.15) return valid.slice(0, 1 + Math.floor(random() * (valid.length - 2)));
  if (roll < 0.25) return stringify(garbage(random)) ?? 'null';
  let tree = parse(valid) as Json;
  for (let count = 1 + Math.floor(random() * 3); count > 0; count--) tree = mutate(random, tree);
  return stringify(tree) ?? 'null';
}

const numberFields = ['quantity', 'available', 'locked', 'borrowed', 'equity', 'priceUsd', 'valueUsd', 'exposureUsd', 'unrealizedPnl', 'sourceUpdatedAt'] as const;
const rowKey = (holding: Holding) => [holding.accountId, holding.wallet, holding.exchange, holding.asset].join('|');

describe.each(Object.entries(pipelines))('%s answers, garbled', (_venue, pipeline) => {
  const baseline = pipeline.read(pipeline.valid);
  const expected = new Map(baseline.holdings.map((holding) => [rowKey(holding), holding]));
  const totals = new Map(baseline.accountTotals.map((total) => [`${total.accountId}|${total.wallet}`, total.reportedUsd]));

  it('reads the valid answer', () => {
    expect(baseline.holdings.length).toBeGreaterThan(2);
  });

  it(`${CASES} seeded mutations: a bad_response VenueError or the same numbers, never another outcome`, () => {
    const random = seededRandom(7);
    const outcomes = { rejected: 0, read: 0 };
    for (let n = 0; n < CASES; n++) {
      const text = garble(random, pipeline.valid);
      let read: VenueRead;
      try {
        read = pipeline.read(text);
      } catch (error) {
        if (!(error instanceof VenueError) || error.kind !== 'bad_response') throw new Error(`case ${n}: ${String(error)}\n${text.slice(0, 300)}`);
        outcomes.rejected++;
        continue;
      }
      outcomes.read++;
      for (const holding of read.holdings) {
        const original = expected.get(rowKey(holding));
        expect(original, `case ${n}: a row that was not in the answer`).toBeDefined();
        for (const field of numberFields) {
          if (holding[field] !== null) expect(holding[field], `case ${n}: ${field}`).toBe(original?.[field]);
        }
      }
      for (const total of read.accountTotals) expect(total.reportedUsd, `case ${n}: total`).toBe(totals.get(`${total.accountId}|${total.wallet}`));
    }
    // Both outcomes happen: the fuzz reaches the normaliser, not only the JSON parser.
    expect(outcomes.rejected).toBeGreaterThan(CASES / 4);
    expect(outcomes.read).toBeGreaterThan(10);
  });
});
