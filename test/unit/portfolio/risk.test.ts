import { describe, expect, it } from 'vitest';
import { riskBoard, type MarginInput, type PositionInput } from '../../../src/main/portfolio/risk';

const margin = (accountId: string, accountStatus: string | null, extra: Partial<MarginInput> = {}): MarginInput => ({
  connectionId: 'rx',
  venue: 'rapidx',
  accountId,
  accountLabel: `Portfolio ${accountId}`,
  exchange: 'BINANCE',
  equityUsd: '1000',
  maintMarginUsd: '100',
  uniMMR: '10',
  riskRatio: '0.1',
  accountStatus,
  ...extra,
});
const position = (accountId: string, mark: string, liq: string | null, extra: Partial<PositionInput> = {}): PositionInput => ({
  connectionId: 'rx',
  venue: 'rapidx',
  accountId,
  accountLabel: `Portfolio ${accountId}`,
  exchange: 'BINANCE',
  asset: 'BINANCE_PERP_BTC_USDT',
  side: 'long',
  quantity: '1',
  markPrice: mark,
  liquidationPrice: liq,
  ...extra,
});

describe('riskBoard', () => {
  it('puts any status other than NORMAL first, then the nearest liquidation; unknown last', () => {
    const board = riskBoard(
      [margin('far', 'NORMAL'), margin('call', 'MARGIN_CALL'), margin('near', 'NORMAL'), margin('none', 'NORMAL'), margin('unknown', null)],
      [
        position('far', '100', '50'),
        position('near', '100', '90'),
        position('near', '100', '70', { asset: 'BINANCE_PERP_ETH_USDT' }),
        position('call', '100', '20'),
        position('none', '100', null),
        position('unknown', '100', '95', { connectionId: 'tf', venue: 'treadfi' }),
      ],
    );
    expect(board.map((a) => a.accountId)).toEqual(['call', 'unknown', 'near', 'far', 'none', 'unknown']);
    const near = board.find((a) => a.accountId === 'near');
    expect(near?.nearestLiquidation).toBe('0.1');
    expect(near?.positions.map((p) => p.distanceToLiquidation)).toEqual(['0.1', '0.3']);
    // A position that cannot be liquidated has no distance (never 0), and its account no nearest one.
    expect(board.find((a) => a.accountId === 'none')).toMatchObject({ nearestLiquidation: null, positions: [{ liquidationPrice: null, distanceToLiquidation: null }] });
    // Margin passed through exactly; an account known only by its positions shows its margin as unknown.
    expect(board[0]).toMatchObject({ accountStatus: 'MARGIN_CALL', uniMMR: '10', riskRatio: '0.1', equityUsd: '1000' });
    expect(board[1]).toMatchObject({ connectionId: 'tf', accountStatus: null, equityUsd: null, uniMMR: null, nearestLiquidation: '0.05' });
  });
});
