import { afterEach, describe, expect, it } from 'vitest';
import { simCore, type SimCore } from '../../support/sim-core';

describe('positions, exposure and margin health from the simulators', () => {
  let env: SimCore;
  afterEach(() => env.stop());

  it('RapidX positions are shown with liquidation distance, add nothing to net worth, and the MARGIN_CALL account leads the risk board', async () => {
    env = await simCore(['rapidx', 'treadfi']);
    await env.call('sync.now', {});
    const { positions } = await env.call('positions.list', {});
    const rapidx = positions.filter((p) => p.venue === 'rapidx');
    expect(rapidx.length).toBeGreaterThan(0);
    for (const p of rapidx) {
      expect(p.valueUsd).toBe('0');
      expect(p.underlying).not.toContain('_');
      if (p.liquidationPrice === null) expect(p.distanceToLiquidation).toBeNull();
      else expect(p.distanceToLiquidation).toMatch(/^\d+(\.\d{1,6})?$/);
    }
    expect(rapidx.some((p) => p.liquidationPrice === null)).toBe(true);

    // Net worth is the sum of the counted holdings only: RapidX positions' P&L is inside its equity.
    const view = await env.call('portfolio.holdings', {});
    expect(view.holdings.some((h) => h.venue === 'rapidx' && h.kind === 'position')).toBe(false);
    expect((await env.call('portfolio.summary', {})).netWorthUsd).toBe(view.totalUsd);

    const risk = await env.call('portfolio.risk', {});
    expect(risk.accounts[0]?.accountStatus).toBe('MARGIN_CALL');
    const statuses = risk.accounts.map((a) => a.accountStatus);
    expect(statuses.slice(statuses.lastIndexOf('MARGIN_CALL') + 1)).not.toContain('MARGIN_CALL');

    // Every position, of either venue, is a perp leg of the exposure view.
    const exposure = await env.call('portfolio.exposure', {});
    const perpLegs = exposure.underlyings.flatMap((u) => u.legs).filter((l) => l.kind === 'perp');
    expect(perpLegs).toHaveLength(positions.length);
  });
});
