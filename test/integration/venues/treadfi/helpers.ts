import { expect } from 'vitest';
import type { VenueClient } from '../../../../src/main/venues/connector';
import type { HttpPolicy } from '../../../../src/main/venues/shared/http';
import { startSimulator, type RunningSimulator, type SimResponse } from '../../../../src/main/venues/shared/simulator/server';
import { VenueError } from '../../../../src/main/venues/shared/venue-error';
import { createTreadfiClient, type TreadfiClientOptions } from '../../../../src/main/venues/treadfi/client';
import type { TreadfiSimData } from '../../../../src/main/venues/treadfi/simulator/data';
import type { RunningTreadfiSimulator } from '../../../../src/main/venues/treadfi/simulator/server';

/** Short backoffs, and a timeout a busy machine never reaches (a slow answer sent again would be counted); the timeout test sets its own. */
export const fastPolicy: HttpPolicy = { timeoutMs: 5_000, retry: { limit: 2, baseDelayMs: 10, maxDelayMs: 100 } };
export const fetchedAt = '2025-11-21T10:00:07.000Z';

/** A client with short retries and a roomy rate gate, so that only the rate-gate test waits for the gate. */
export function clientFor(sim: { baseUrl: string }, token: string, options: TreadfiClientOptions = {}, http: HttpPolicy = fastPolicy): VenueClient {
  return createTreadfiClient(
    { connectionId: 'conn-1', baseUrl: sim.baseUrl, credentials: { token }, now: () => new Date(fetchedAt), http },
    { rate: { count: 200, perMs: 1_000 }, ...options },
  );
}

export async function failureOf(promise: Promise<unknown>): Promise<VenueError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(VenueError);
  return error as VenueError;
}

/** Sits in front of a Tread.fi simulator and answers some paths itself: one endpoint failing, the others not. */
export async function inFrontOf(sim: RunningTreadfiSimulator, answers: Record<string, SimResponse>): Promise<RunningSimulator> {
  return startSimulator(async (request) => {
    const own = answers[request.path];
    if (own) return own;
    const query = new URLSearchParams(request.query.map(([key, value]): [string, string] => [key, value]));
    const response = await fetch(`${sim.baseUrl}${request.path}?${query.toString()}`, { headers: { authorization: request.headers.authorization ?? '' } });
    return { status: response.status, body: undefined, rawJson: await response.text() };
  });
}

export const ids = {
  binance: 'a1f0c6d2-0000-4000-a000-000000000001',
  bybit: 'a1f0c6d2-0000-4000-a000-000000000002',
  okx: 'a1f0c6d2-0000-4000-a000-000000000003',
  archived: 'a1f0c6d2-0000-4000-a000-000000000004',
  hyperliquid: 'a1f0c6d2-0000-4000-a000-000000000005',
};

/** Small enough to work out by hand; trailing zeros and an exponent to check canonical text. */
export const smallData: TreadfiSimData = {
  userId: 4242,
  username: 'tester',
  accounts: [
    {
      id: ids.binance,
      name: 'Binance Main',
      exchange: 'Binance',
      equity: '50123.456789',
      timestampMillis: 1763719200000,
      assets: [
        { symbol: 'BTC', assetType: 'token', walletType: 'spot', marketType: 'spot', amount: '0.50000000', notional: '48500.25' },
        { symbol: 'USDT', assetType: 'token', walletType: 'spot', marketType: 'spot', amount: '1414.06039641', notional: '1414.06039641' },
        {
          symbol: 'ETH:PERP-USDT', assetType: 'position', walletType: 'futures', marketType: 'perp', amount: '-2.5', notional: '-8500.00',
          unrealizedProfit: '125.5', initialMargin: '850', maintMargin: '42.5', marginBalance: '975.5', leverage: '10.0', fundingFee: '-1.25', marginMode: 'CROSS',
        },
        {
          symbol: 'BTC:PERP-USDT', assetType: 'position', walletType: 'futures', marketType: 'perp', amount: '0.02', notional: '1940.01',
          unrealizedProfit: '7.87343483', initialMargin: '388.002', maintMargin: '9.70005', marginBalance: null, leverage: '5', fundingFee: null, marginMode: 'ISOLATED',
        },
      ],
    },
    {
      id: ids.bybit,
      name: 'Bybit Unified',
      exchange: 'Bybit',
      equity: null,
      timestampMillis: 1763719195123,
      assets: [
        { symbol: 'ETH', assetType: 'token', walletType: 'unified', marketType: 'unified', amount: '1.000000000000000001', notional: '3400.0000000000000034' },
        { symbol: 'USDT', assetType: 'token', walletType: 'unified', marketType: 'unified', amount: '0', notional: '0', borrowed: '250.5' },
        { symbol: 'PEPE', assetType: 'token', walletType: 'unified', marketType: 'unified', amount: '123456789.123456789123456789', notional: null },
        {
          symbol: 'SOL:PERP-USDT', assetType: 'position', walletType: 'unified', marketType: 'perp', amount: '12', notional: '2220',
          unrealizedProfit: '-30.12', initialMargin: '222', maintMargin: '11.1', marginBalance: '191.88', leverage: null, fundingFee: '1e-8',
        },
      ],
    },
    { id: ids.okx, name: 'OKX Spare', exchange: 'OKX', equity: '0.00', timestampMillis: 1763719190000, assets: [] },
    {
      id: ids.archived,
      name: 'Old Binance_archived_5b9e0d1c',
      exchange: 'Binance',
      archived: true,
      equity: '97000',
      timestampMillis: 1763719200000,
      assets: [{ symbol: 'BTC', assetType: 'token', walletType: 'spot', marketType: 'spot', amount: '1', notional: '97000' }],
    },
    {
      id: ids.hyperliquid,
      name: 'Hyperliquid Vault',
      exchange: 'Hyperliquid',
      equity: '100',
      timestampMillis: 1763719200000,
      assets: [{ symbol: 'USDC', assetType: 'token', walletType: 'perp', marketType: 'perp', amount: '100', notional: '100' }],
    },
  ],
};
