import { describe, expect, it } from 'vitest';
import { Dec, decimalString } from '../../../../src/shared/decimal';
import { Holding, PositionDetail } from '../../../../src/shared/domain/holding';
import type { VenueRead } from '../../../../src/main/venues/connector';
import { parseJsonExact } from '../../../../src/main/venues/shared/lossless-json';
import { pick, seededRandom } from '../../../../src/main/venues/shared/simulator/random';
import { VenueError } from '../../../../src/main/venues/shared/venue-error';
import { interpret } from '../../../../src/main/venues/treadfi/errors';
import { normaliseCached, normaliseFallback } from '../../../../src/main/venues/treadfi/normalise';
import { AccountsAnswer, BalancesAnswer, CachedAnswer } from '../../../../src/main/venues/treadfi/schemas';

const cachedText = `{"balances":[
 {"exchange_name":"Binance","account_name":"Main","user_id":7,"account_id":"u-1","username":"me","equity":"5100.5",
  "assets":[
   {"symbol":"BTC","amount":"0.05","margin_balance":null,"unrealized_profit":null,"notional":"4850.025","wallet_type":"spot","asset_type":"token","funding_fee":null,"borrowed":null,"initial_margin":null,"maint_margin":null,"leverage":null,"margin_mode":null},
   {"symbol":"ETH","amount":"1.000000000000000001","margin_balance":null,"unrealized_profit":"0","notional":"3400.0000000000000034","wallet_type":"unified","asset_type":"token","funding_fee":null,"borrowed":"2.5","initial_margin":null,"maint_margin":null,"leverage":null,"margin_mode":null},
   {"symbol":"ETH:PERP-USDT","amount":"-2.5","margin_balance":"975.5","unrealized_profit":"125.5","notional":"-8500","wallet_type":"futures","asset_type":"position","funding_fee":-1.25,"borrowed":null,"initial_margin":"850","maint_margin":"42.5","leverage":"10","margin_mode":"CROSS"}],
  "equities":[{"total_equity":"5100.5","market_type":"spot"}],"transfers":[],"timestamp_millis":1763719200000,"created_at":"2025-01-01T00:00:00Z","vcefi_enabled":false},
 {"exchange_name":"OKX","account_name":"Alt","user_id":7,"account_id":"u-2","username":"me","equity":null,
  "assets":[{"symbol":"PEPE","amount":"123456789.123456789123456789","margin_balance":null,"unrealized_profit":null,"notional":null,"wallet_type":"spot","asset_type":"token","funding_fee":null,"borrowed":null,"initial_margin":null,"maint_margin":null,"leverage":null,"margin_mode":null}],
  "equities":[],"transfers":[],"timestamp_millis":1763719195123,"created_at":"2025-01-01T00:00:00Z","vcefi_enabled":true}],
 "errors":[{"account_name":"Broken","error":"timeout"}]}`;

const balancesText = `{"Main":{"exchange":"Binance","assets":[
  {"symbol":"USDT","size":1414.06039641,"notional":1414.060396,"market_type":"perp","asset_type":"token","unrealized_profit":11.02638782,"initial_margin":155.72429442,"maint_margin":3.32015061,"margin_balance":1425.08678423,"leverage":null,"notional_pct_total":0.6449},
  {"symbol":"BTC:PERP-USDT","size":0.021,"notional":572.956735,"market_type":"perp","asset_type":"position","unrealized_profit":7.87343483,"initial_margin":114.59134696,"maint_margin":2.29182693,"margin_balance":null,"leverage":5.0,"notional_pct_total":0.261304}]},
 "Alt":{"exchange":"Bybit","assets":[{"symbol":"ETH","size":0.1,"notional":340.1,"market_type":"unified","asset_type":"token","unrealized_profit":null,"initial_margin":null,"maint_margin":null,"margin_balance":null,"leverage":null,"notional_pct_total":1}]}}`;

const garbage: unknown[] = [
  null, true, false, '', ' ', 'abc', '1,5', '1.2.3', 'NaN', 'Infinity', '-', '1e', '0x10', '1e1000000000', '-1e-999999', '9999999999999999', '1e-7', '-0',
  '00012.5000', '١٢٣', ' 5', '+5', '.5', '5.', '12345678901234567890.123456789012345678901', {}, [], ['1'], { amount: '1' }, 'position', 'token',
];
const junk = ['"', '{', '}', ']', ',', 'x', '9', ' ', '-', '.', 'e', ':'];

type Node = Record<string, unknown> | unknown[];
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;

function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (!isNode(value)) return [prefix];
  const children = Array.isArray(value) ? value.map((child, index) => pathsOf(child, [...prefix, index])) : Object.entries(value).map(([key, child]) => pathsOf(child, [...prefix, key]));
  return [prefix, ...children.flat()];
}

/** One to three garblings of the text or edits of the parsed tree: deletes, retypes, renames. */
function mutated(random: () => number, text: string): { text: string; body: unknown } {
  let body: unknown = parseJsonExact(text);
  let raw = text;
  for (let round = 1 + Math.floor(random() * 3); round > 0; round--) {
    if (random() < 0.2) {
      const at = Math.floor(random() * raw.length);
      raw = random() < 0.3 ? raw.slice(0, at) : `${raw.slice(0, at)}${pick(random, junk)}${raw.slice(at + 1)}`;
      try {
        body = parseJsonExact(raw);
      } catch {
        return { text: raw, body: undefined };
      }
      continue;
    }
    const path = pick(random, pathsOf(body));
    const key = path.at(-1);
    if (key === undefined) {
      body = structuredClone(pick(random, garbage));
      continue;
    }
    const parent = path.slice(0, -1).reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], body) as Record<string | number, unknown>;
    const op = pick(random, ['delete', 'replace', 'replace', 'rename']);
    if (op === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else if (op === 'replace' || Array.isArray(parent)) parent[key] = structuredClone(pick(random, garbage));
    else {
      parent[`${key}_`] = parent[key];
      delete parent[key];
    }
  }
  return { text: raw, body };
}

const canon = (value: unknown) => (value === null || value === undefined || value === '' ? null : decimalString(value as string));
function price(notional: unknown, amount: unknown) {
  const [n, a] = [canon(notional), canon(amount)];
  return n === null || a === null || new Dec(a).isZero() ? null : decimalString(new Dec(n).abs().div(new Dec(a).abs()).toSignificantDigits(18, Dec.ROUND_HALF_EVEN));
}

type RawAsset = Record<string, unknown>;

/** Checks every number of a read against the (mutated) answer it came from, computed independently. */
function expectFaithful(read: VenueRead, assets: { accountId: string; time: unknown; asset: RawAsset; amountKey: string; cached: boolean }[]) {
  expect(read.holdings).toHaveLength(assets.length);
  const positions = assets.filter(({ asset }) => asset.asset_type === 'position');
  expect(read.positions).toHaveLength(positions.length);
  read.holdings.forEach((holding, index) => {
    const { accountId, time, asset, amountKey, cached } = assets[index] as (typeof assets)[number];
    const position = asset.asset_type === 'position';
    expect(Holding.parse(holding)).toEqual(holding);
    expect(holding).toMatchObject({
      accountId,
      kind: asset.asset_type,
      quantity: canon(asset[amountKey]),
      borrowed: cached ? canon(asset.borrowed) : null,
      priceUsd: price(asset.notional, asset[amountKey]),
      valueUsd: position ? canon(asset.unrealized_profit) : canon(asset.notional),
      exposureUsd: position ? canon(asset.notional) : null,
      unrealizedPnl: position ? canon(asset.unrealized_profit) : null,
      sourceUpdatedAt: time === null || time === undefined || time === '' ? null : new Date(Number(time)).toISOString(),
    });
  });
  read.positions.forEach((detail, index) => {
    const { asset, cached } = positions[index] as (typeof positions)[number];
    expect(PositionDetail.parse(detail)).toEqual(detail);
    expect(detail).toMatchObject({ leverage: canon(asset.leverage), initialMargin: canon(asset.initial_margin), fundingFee: cached ? canon(asset.funding_fee) : null });
  });
}

const meta = { connectionId: 'conn', fetchedAt: '2025-11-21T10:00:00.000Z' };
const accounts = AccountsAnswer.parse([
  { id: 'u-1', name: 'Main' },
  { id: 'u-2', name: 'Alt' },
]);

function run(text: string, body: unknown, read: (body: unknown) => VenueRead, faithful: (read: VenueRead, body: unknown) => void): 'ok' | 'bad_response' {
  let result: VenueRead;
  try {
    result = read(body);
  } catch (error) {
    if (!(error instanceof VenueError) || error.kind !== 'bad_response') throw new Error(`not a bad_response for ${text.slice(0, 300)}`, { cause: error });
    return 'bad_response';
  }
  faithful(result, body);
  return 'ok';
}

const answer = (text: string, body: unknown) => ({ status: 200, headers: new Headers(), text, body });

describe('Tread.fi answers, garbled', () => {
  it('cached: every mutation reads faithfully or fails as bad_response', () => {
    const random = seededRandom(20251121);
    const outcomes = { ok: 0, bad_response: 0 };
    for (let i = 0; i < 400; i++) {
      const { text, body } = mutated(random, cachedText);
      const outcome = run(
        text,
        body,
        (value) => normaliseCached(interpret(answer(text, value), CachedAnswer, 'cached'), accounts, meta),
        (read, value) => {
          const balances = (value as { balances: { account_id: string; timestamp_millis: unknown; assets: RawAsset[] }[] }).balances;
          expectFaithful(read, balances.flatMap((b) => b.assets.map((asset) => ({ accountId: b.account_id, time: b.timestamp_millis, asset, amountKey: 'amount', cached: true }))));
        },
      );
      outcomes[outcome]++;
    }
    // Both roads were taken many times: the fuzz is not vacuous.
    expect(outcomes.ok).toBeGreaterThan(40);
    expect(outcomes.bad_response).toBeGreaterThan(100);
  });

  it('cached: every field of a balance and of a position, set to each garbage value, reads faithfully or fails as bad_response', () => {
    const base = parseJsonExact(cachedText) as { balances: Record<string, unknown>[] };
    const balanceKeys = Object.keys(base.balances[0] as object).filter((key) => key !== 'assets');
    const assetKeys = Object.keys(((base.balances[0] as { assets: object[] }).assets[2]) as object);
    const targets = [...balanceKeys.map((key) => ['balances', 0, key]), ...assetKeys.map((key) => ['balances', 0, 'assets', 2, key])];
    for (const target of targets) {
      for (const value of garbage) {
        const body = structuredClone(base) as unknown as Record<string | number, unknown>;
        const parent = target.slice(0, -1).reduce<Record<string | number, unknown>>((node, step) => node[step] as Record<string | number, unknown>, body);
        parent[target.at(-1) as string] = structuredClone(value);
        run(
          JSON.stringify(target) + JSON.stringify(value),
          body,
          (tree) => normaliseCached(interpret(answer('', tree), CachedAnswer, 'cached'), accounts, meta),
          (read, tree) => {
            const balances = (tree as { balances: { account_id: string; timestamp_millis: unknown; assets: RawAsset[] }[] }).balances;
            expectFaithful(read, balances.flatMap((b) => b.assets.map((asset) => ({ accountId: b.account_id, time: b.timestamp_millis, asset, amountKey: 'amount', cached: true }))));
          },
        );
      }
    }
  });

  it('/api/balances/: every mutation reads faithfully or fails as bad_response', () => {
    const random = seededRandom(7);
    const outcomes = { ok: 0, bad_response: 0 };
    for (let i = 0; i < 300; i++) {
      const { text, body } = mutated(random, balancesText);
      const outcome = run(
        text,
        body,
        (value) => normaliseFallback(interpret(answer(text, value), BalancesAnswer, 'balances'), accounts, meta, 'HTTP 404'),
        (read, value) => {
          const byName = Object.entries(value as Record<string, { assets: RawAsset[] }>);
          const idOf = (name: string) => accounts.find((account) => account.name === name)?.id ?? name;
          expectFaithful(read, byName.flatMap(([name, account]) => account.assets.map((asset) => ({ accountId: idOf(name), time: null, asset, amountKey: 'size', cached: false }))));
        },
      );
      outcomes[outcome]++;
    }
    expect(outcomes.ok).toBeGreaterThan(30);
    expect(outcomes.bad_response).toBeGreaterThan(100);
  });
});
