import type { Command } from 'commander';
import { instantFlag } from '../options';
import { formatTable } from '../output';
import { addViewCommand } from '../read-commands';
import { cliIo } from '../io';

/** The perp trader's questions: net exposure per coin, and what changed between two instants. */
export function registerTrader(program: Command): void {
  addViewCommand(program, 'exposure', {
    description: 'net long or short per coin across every venue: spot + perp legs; stablecoins as cash (works offline)',
    flags: [instantFlag('--at', 'as it was at this past time')],
    json: '{asOf, underlyings: [{underlying, spotQuantity, perpQuantity, netQuantity, priceUsd, netUsd, grossUsd, legs}], cash}',
    read: (session, { at }: { at?: string }) => session.call('portfolio.exposure', { at }),
    print: (view) => {
      cliIo().stdout.write(`Exposure as of ${view.asOf}\n\n`);
      cliIo().stdout.write(
        formatTable(
          ['COIN', 'SPOT', 'PERP', 'NET', 'NET USD', 'GROSS USD', 'LEGS'],
          view.underlyings.map((u) => [u.underlying, u.spotQuantity, u.perpQuantity, u.netQuantity, u.netUsd ?? 'unpriced', u.grossUsd ?? 'unpriced', String(u.legs.length)]),
        ),
      );
      if (view.cash.length > 0) {
        cliIo().stdout.write('\nCash\n');
        cliIo().stdout.write(formatTable(['ASSET', 'QUANTITY', 'VALUE USD'], view.cash.map((c) => [c.asset, c.quantity, c.valueUsd ?? 'unpriced'])));
      }
    },
  });

  addViewCommand(program, 'risk', {
    description: 'margin health per account and exchange, worst first: status other than NORMAL, then the nearest liquidation',
    json: '{asOf, accounts: [{connectionId, venue, accountId, accountLabel, exchange, equityUsd, maintMarginUsd, uniMMR, riskRatio, accountStatus, nearestLiquidation, positions}]}',
    read: (session) => session.call('portfolio.risk', {}),
    print: (view) => {
      cliIo().stdout.write(`Margin health as of ${view.asOf}\n\n`);
      cliIo().stdout.write(
        formatTable(
          ['ACCOUNT', 'EXCHANGE', 'STATUS', 'EQUITY USD', 'MAINT MARGIN', 'UNI MMR', 'NEAREST LIQ', 'POSITIONS'],
          view.accounts.map((a) => [a.accountLabel, a.exchange ?? '', a.accountStatus ?? 'unknown', a.equityUsd ?? 'unknown', a.maintMarginUsd ?? 'unknown', a.uniMMR ?? 'unknown', a.nearestLiquidation ?? 'none', String(a.positions.length)]),
        ),
      );
    },
  });

  addViewCommand(program, 'changes', {
    description: 'what changed per asset between two instants, split into price and quantity effects (default: 24 h ago → now)',
    flags: [instantFlag('--from', 'the earlier instant (default: 24 h before --to)'), instantFlag('--to', 'the later instant (default: now)')],
    json: '{from, to, netWorthFromUsd, netWorthToUsd, changeUsd, priceEffectUsd, quantityEffectUsd, assets: [...]}',
    read: (session, { from, to }: { from?: string; to?: string }) => session.call('portfolio.changes', { from, to }),
    print: (view) => {
      cliIo().stdout.write(`${view.from} → ${view.to}: net worth ${view.netWorthFromUsd} → ${view.netWorthToUsd} USD\n`);
      cliIo().stdout.write(`change ${view.changeUsd} = price effect ${view.priceEffectUsd} + quantity effect ${view.quantityEffectUsd}\n\n`);
      cliIo().stdout.write(
        formatTable(
          ['ASSET', 'QTY FROM', 'QTY TO', 'CHANGE USD', 'PRICE EFFECT', 'QUANTITY EFFECT'],
          view.assets.map((a) => [a.asset, a.quantityFrom, a.quantityTo, a.changeUsd, a.priceEffectUsd, a.quantityEffectUsd]),
        ),
      );
    },
  });
}
