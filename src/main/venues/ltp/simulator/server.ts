import { sumDecimals } from '../../../../shared/decimal';
import { failure, startLtpFamilySimulator, success, type LtpFamilySimulator, type RouteRequest, type SimulatorOptions } from '../../ltp-family/simulator/server';
import { exactNumber } from '../../shared/simulator/exact-json';
import { seededRandom } from '../../shared/simulator/random';
import type { SimResponse } from '../../shared/simulator/server';
import { accountCurrencyInfoEndpoint, documentedRate } from '../client';
import { DEFAULT_SEED, FUNDING, seededBook, type LtpBook, type LtpWalletWire } from './data';

function wireWallet(wallet: LtpWalletWire, currency: string | undefined, drift: boolean): unknown {
  const assets = wallet.assetInfo.filter((asset) => currency === undefined || asset.currency === currency);
  return {
    accountId: exactNumber(wallet.accountId),
    accountNote: wallet.accountNote,
    venues: wallet.venues,
    totalUsdt: wallet.totalUsdt ?? sumDecimals(assets.map((asset) => asset.valueUsdt)),
    accountType: wallet.accountType,
    // `schema_drift`: the venue renames totalBalance.
    assetInfo: drift ? assets.map(({ totalBalance, ...rest }) => ({ ...rest, balance: totalBalance })) : assets,
  };
}

function answer(book: LtpBook, request: RouteRequest): SimResponse {
  const accountIds = request.query.get('accountId')?.split(',');
  const currency = request.query.get('currency');
  if (accountIds?.some((id) => !/^\d+$/.test(id)) || currency?.includes(',')) return failure(400000, 'Invalid parameter');
  // Sub-users do not see the funding account.
  const visible = book.wallets.filter(
    (wallet) => (request.key.level === 'main' || wallet.accountType !== FUNDING) && (accountIds === undefined || accountIds.includes(wallet.accountId)),
  );
  return success(200, request.empty ? [] : visible.map((wallet) => wireWallet(wallet, currency, request.drift)));
}

/** LTP: every DMA account wallet and the funding account; RapidX portfolio keys are refused (2003). */
export async function startLtpSimulator(options: SimulatorOptions<LtpBook> = {}): Promise<LtpFamilySimulator> {
  const random = seededRandom(options.seed ?? DEFAULT_SEED);
  const book = options.data ?? seededBook(random);
  return startLtpFamilySimulator(options, random, [
    { path: accountCurrencyInfoEndpoint.path, levels: ['main', 'sub-user'], rate: documentedRate, answer: (request) => answer(book, request) },
  ]);
}
