import { Dec, decimalString } from '../../../../shared/decimal';
import { exactNumber } from '../../shared/simulator/exact-json';
import { FaultBoard, type Fault } from '../../shared/simulator/faults';
import { startSimulator, type RunningSimulator, type SimRequest, type SimResponse } from '../../shared/simulator/server';
import { seededPortfolio, tokenFor, type TreadfiSimAccount, type TreadfiSimAsset, type TreadfiSimData } from './data';

export interface TreadfiSimulatorOptions {
  readonly port?: number;
  readonly seed?: number;
  readonly faults?: readonly Fault[];
  /** Serve exactly this instead of the seeded portfolio. */
  readonly data?: TreadfiSimData;
  /** false: the cached endpoint answers 404, as on a deployment without it. Default true. */
  readonly cachedEndpoint?: boolean;
  /** Account names the cached endpoint lists in errors[] instead of balances[]. */
  readonly failingAccounts?: readonly string[];
  readonly authScheme?: 'Token' | 'Bearer';
}

export type RunningTreadfiSimulator = RunningSimulator & { readonly credentials: { readonly token: string }; readonly data: TreadfiSimData };

export async function startTreadfiSimulator(options: TreadfiSimulatorOptions = {}): Promise<RunningTreadfiSimulator> {
  const seed = options.seed ?? 1;
  const data = options.data ?? seededPortfolio(seed);
  const token = tokenFor(seed);
  const faults = new FaultBoard();
  faults.set(...(options.faults ?? []));
  const venue: VenueState = { data, token, faults, scheme: options.authScheme ?? 'Token', cached: options.cachedEndpoint ?? true, failing: new Set(options.failingAccounts) };
  const running = await startSimulator((request) => handle(venue, request), options.port, faults);
  return Object.assign(running, { credentials: { token }, data });
}

interface VenueState {
  readonly data: TreadfiSimData;
  readonly token: string;
  readonly faults: FaultBoard;
  readonly scheme: string;
  readonly cached: boolean;
  readonly failing: ReadonlySet<string>;
}

function handle(venue: VenueState, request: SimRequest): SimResponse {
  const known = ['/api/accounts/', '/api/balances/', ...(venue.cached ? ['/api/sor/get_cached_account_balance'] : [])];
  if (!known.includes(request.path)) return drf(404, 'Not found.');
  if (request.method !== 'GET') return drf(405, `Method "${request.method}" not allowed.`);
  const denied = authFailure(venue, request.headers.authorization);
  if (denied) return { ...drf(401, denied), headers: { 'WWW-Authenticate': venue.scheme } };

  const empty = venue.faults.has('empty');
  const drift = venue.faults.has('schema_drift');
  const names = new Set(request.query.filter(([key]) => key === 'account_names').flatMap(([, value]) => value.split(',').map((name) => name.trim())).filter(Boolean));
  const chosen = empty ? [] : venue.data.accounts.filter((account) => names.size === 0 || names.has(account.name));
  const now = Date.now();
  if (request.path === '/api/accounts/') {
    const archivedToo = request.query.some(([key, value]) => key === 'include_archived' && value === 'true');
    return json(chosen.filter((account) => archivedToo || account.archived !== true).map((account) => accountJson(venue.data, account)));
  }
  // Nothing public says the balance endpoints leave archived accounts out, so they are served: the client must.
  // /api/balances/ has no errors[]: there a failing account is simply missing (ASSUMPTION).
  if (request.path === '/api/balances/') return json(Object.fromEntries(chosen.filter((account) => !venue.failing.has(account.name)).map((account) => [account.name, balancesJson(account, drift)])));
  return json({
    balances: chosen.filter((account) => !venue.failing.has(account.name)).map((account) => cachedJson(venue.data, account, drift, now)),
    errors: chosen.filter((account) => venue.failing.has(account.name)).map((account) => ({
      account_name: account.name,
      account_id: account.id,
      exchange_name: account.exchange,
      error: `Failed to fetch balance from ${account.exchange}: API key expired or IP not whitelisted`,
    })),
  });
}

/** DRF's TokenAuthentication: another scheme word means no credentials at all. */
function authFailure(venue: VenueState, header: string | undefined): string | undefined {
  const [scheme, token, extra] = (header ?? '').trim().split(/\s+/);
  if (scheme !== venue.scheme || !token) return 'Authentication credentials were not provided.';
  if (extra !== undefined || token !== venue.token || venue.faults.has('revoke_tokens')) return 'Invalid token.';
  return undefined;
}

function accountJson(data: TreadfiSimData, account: TreadfiSimAccount): Json {
  return {
    id: account.id,
    name: account.name,
    user: exactNumber(String(data.userId)),
    username: data.username,
    exchange: account.exchange,
    margin_mode: 'CROSS',
    created_at: '2025-06-02T14:03:11.482913Z',
    credential_options: {},
    vcefi_enabled: false,
    archived: account.archived === true,
    wallet_type: account.exchange === 'Hyperliquid' ? 'evm' : '',
    wallet_provider: null,
    vault_address: null,
    egress_ip: '52.44.17.208',
    api_key: `${account.id.slice(0, 6)}**********`,
    api_secret: '**********',
    password: '**********',
  };
}

function cachedJson(data: TreadfiSimData, account: TreadfiSimAccount, drift: boolean, now: number): Json {
  const marketTypes = [...new Set(account.assets.map((asset) => asset.marketType))];
  return {
    exchange_name: account.exchange,
    account_name: account.name,
    user_id: exactNumber(String(data.userId)),
    account_id: account.id,
    username: data.username,
    equity: account.equity === undefined ? equityOf(account.assets) : account.equity,
    assets: account.assets.map((asset) => ({
      symbol: asset.symbol,
      // schema_drift: the field every holding needs, renamed.
      [drift ? 'qty' : 'amount']: asset.amount,
      margin_balance: asset.marginBalance ?? null,
      unrealized_profit: asset.unrealizedProfit ?? null,
      notional: asset.notional,
      wallet_type: asset.walletType,
      asset_type: asset.assetType,
      funding_fee: asset.fundingFee == null ? null : exactNumber(asset.fundingFee),
      borrowed: asset.borrowed ?? null,
      initial_margin: asset.initialMargin ?? null,
      maint_margin: asset.maintMargin ?? null,
      leverage: asset.leverage ?? null,
      margin_mode: asset.marginMode ?? null,
    })),
    equities: marketTypes.map((type) => ({ total_equity: equityOf(account.assets.filter((asset) => asset.marketType === type)), market_type: type })),
    transfers: [],
    timestamp_millis: exactNumber(String(account.timestampMillis ?? now - 3_000)),
    created_at: '2025-06-02T14:03:11.482913Z',
    vcefi_enabled: false,
  };
}

/** /api/balances/ sends numbers as JSON numbers: written as text here so that 18 decimals stay exact. */
function balancesJson(account: TreadfiSimAccount, drift: boolean): Json {
  const decimalOrNull = (value: string | null | undefined) => (value == null ? null : exactNumber(value));
  const totals = new Map<string, Dec>();
  for (const asset of account.assets) totals.set(asset.marketType, (totals.get(asset.marketType) ?? new Dec(0)).plus(new Dec(asset.notional ?? 0).abs()));
  return {
    exchange: account.exchange,
    assets: account.assets.map((asset) => {
      const total = totals.get(asset.marketType) ?? new Dec(0);
      const share = asset.notional === null || total.isZero() ? null : decimalString(new Dec(asset.notional).abs().div(total).toDecimalPlaces(6));
      return {
        symbol: asset.symbol,
        [drift ? 'qty' : 'size']: exactNumber(asset.amount),
        notional: decimalOrNull(asset.notional),
        market_type: asset.marketType,
        asset_type: asset.assetType,
        unrealized_profit: decimalOrNull(asset.unrealizedProfit),
        initial_margin: decimalOrNull(asset.initialMargin),
        maint_margin: decimalOrNull(asset.maintMargin),
        margin_balance: decimalOrNull(asset.marginBalance),
        leverage: decimalOrNull(asset.leverage),
        notional_pct_total: decimalOrNull(share),
      };
    }),
  };
}

function equityOf(assets: readonly TreadfiSimAsset[]): string {
  const parts = assets.map((asset) => (asset.assetType === 'token' ? (asset.notional ?? '0') : (asset.unrealizedProfit ?? '0')));
  return decimalString(parts.reduce((sum, part) => sum.plus(part), new Dec(0)));
}

/** Tread.fi's JSON numbers go out as their exact digits: JSON.stringify would pass them through a float. */
type Json = string | boolean | null | ReturnType<typeof exactNumber> | Json[] | { [key: string]: Json };

const json = (value: Json): SimResponse => ({ status: 200, body: value });
const drf = (status: number, detail: string): SimResponse => ({ status, body: { detail } });
