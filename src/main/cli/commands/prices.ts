import type { Command } from 'commander';
import type { ManualPriceChange } from '../../../shared/domain/prices';
import { addListCommand } from '../read-commands';
import { sessionAction } from '../session';
import { cliIo } from '../io';

function reread(change: ManualPriceChange): string {
  return change.resynced === 0 ? 'no connection holds it unpriced now' : `read ${change.resynced} connection${change.resynced === 1 ? '' : 's'} again to value it`;
}

/** Manual USD prices for assets no venue prices: the same handlers as Settings → Manual prices. */
export function registerPrices(program: Command): void {
  const prices = program.command('prices').description('manual USD prices for assets no venue prices (venue prices always win)');

  addListCommand(prices, {
    description: 'list manual prices',
    json: '[{asset, priceUsd, setAt}]',
    read: (session) => session.call('prices.list', {}),
    format: () => ({
      empty: 'No manual prices. Set one with: holdfast prices set ASSET PRICE',
      headers: ['ASSET', 'PRICE USD', 'SET'],
      row: (p) => [p.asset, p.priceUsd, p.setAt],
    }),
  });

  prices
    .command('set <asset> <price>')
    .description('set the USD price of an asset, e.g. `prices set EUR 1.08`, and read the connections holding it again')
    .action(
      sessionAction(async (session, asset: string, price: string) => {
        const change = await session.call('prices.set', { asset, price });
        const set = change.prices.find((p) => p.asset === asset.trim().toUpperCase());
        cliIo().stdout.write(`${set?.asset ?? asset} is priced at ${set?.priceUsd ?? price} USD where no venue prices it; ${reread(change)}.\n`);
      }),
    );

  prices
    .command('remove <asset>')
    .description('remove the manual price of an asset, and read the connections it valued again')
    .action(
      sessionAction(async (session, asset: string) => {
        const change = await session.call('prices.remove', { asset });
        cliIo().stdout.write(`Removed the manual price of ${asset.trim().toUpperCase()}; ${reread(change)}.\n`);
      }),
    );
}
