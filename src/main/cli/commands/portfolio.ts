import type { Command } from 'commander';
import { holdingFields } from '../../../shared/domain/holding';
import { GroupBy, HistoryRange, type Position } from '../../../shared/domain/portfolio';
import { venues } from '../../../shared/domain/venue';
import { choiceFlag, instantFlag, jsonFlag } from '../options';
import { formatTable, printJson } from '../output';
import { readOnlyAction } from '../session';
import { cliIo } from '../io';

/** `positions --json`: the unified holding fields, then the position's own, in this fixed order. */
const positionFields = ['underlying', 'side', 'entryPrice', 'markPrice', 'liquidationPrice', 'distanceToLiquidation', 'leverage', 'initialMargin', 'maintMargin', 'marginBalance', 'fundingFee', 'riskLevel'] as const;

function positionJson(position: Position): Record<string, unknown> {
  return Object.fromEntries([...holdingFields, ...positionFields].map((field) => [field, position[field]]));
}

export function registerPortfolio(program: Command): void {
  program
    .command('holdings')
    .description('the portfolio from the stored snapshots (works offline)')
    .addOption(choiceFlag('--by <group>', GroupBy, 'group by'))
    .addOption(instantFlag('--at', 'as it was at this past time'))
    .addOption(jsonFlag('{asOf, totalUsd, unpricedCount, holdings, unpriced} or, with --by, {asOf, totalUsd, groups: [{key, valueUsd, holdings}]}'))
    .action(
      readOnlyAction(async (session, { by: groupBy, at, json }: { by?: GroupBy; at?: string; json?: boolean }) => {
        const view = await session.call('portfolio.holdings', { at, groupBy });
        if (json) {
          printJson(
            view.groups
              ? { asOf: view.asOf, totalUsd: view.totalUsd, groups: view.groups.map(({ key, valueUsd, holdings }) => ({ key, valueUsd, holdings })) }
              : { asOf: view.asOf, totalUsd: view.totalUsd, unpricedCount: view.unpricedCount, holdings: view.holdings, unpriced: view.unpriced },
          );
          return;
        }
        cliIo().stdout.write(`As of ${view.asOf}${view.past ? ' (past)' : ''}: total ${view.totalUsd} USD, ${view.unpricedCount} unpriced\n\n`);
        if (view.groups) {
          cliIo().stdout.write(formatTable([String(groupBy).toUpperCase(), 'VALUE USD', 'HOLDINGS'], view.groups.map((g) => [g.key, g.valueUsd, String(g.holdings.length)])));
        } else {
          cliIo().stdout.write(
            formatTable(
              ['ASSET', 'QUANTITY', 'VALUE USD', 'VENUE', 'ACCOUNT', 'EXCHANGE'],
              view.holdings.map((h) => [h.asset, h.quantity, h.valueUsd ?? 'unpriced', venues[h.venue].name, h.accountLabel, h.exchange ?? '']),
            ),
          );
        }
        if (view.unpriced.length > 0) {
          cliIo().stdout.write('\nNot in the total (indicative value at a price known today, never added):\n');
          cliIo().stdout.write(
            formatTable(
              ['ASSET', 'QUANTITY', 'INDICATIVE USD', 'PRICE FROM', 'WHERE'],
              view.unpriced.map((u) => [
                u.asset,
                u.quantity,
                u.indicative?.valueUsd ?? 'no price',
                u.indicative ? `${u.indicative.origin.kind === 'manual' ? 'manual' : u.indicative.origin.kind === 'peg' ? 'peg' : (u.indicative.origin.venue ?? 'book')}${u.indicative.origin.at ? ` ${u.indicative.origin.at}` : ''}` : '',
                u.places.map((p) => `${venues[p.venue].name} ${p.accountLabel}`).join(', '),
              ]),
            ),
          );
        }
      }),
    );

  program
    .command('positions')
    .description('perp and other positions from the stored snapshots (works offline)')
    .addOption(instantFlag('--at', 'as they were at this past time'))
    .addOption(jsonFlag('{asOf, positions}'))
    .action(
      readOnlyAction(async (session, { at, json }: { at?: string; json?: boolean }) => {
        const view = await session.call('positions.list', { at });
        if (json) return printJson({ asOf: view.asOf, positions: view.positions.map(positionJson) });
        cliIo().stdout.write(
          formatTable(
            ['SYMBOL', 'SIDE', 'SIZE', 'NOTIONAL USD', 'UPNL', 'LEVERAGE', 'VENUE', 'ACCOUNT'],
            view.positions.map((p) => [p.asset, p.side, p.quantity, p.exposureUsd ?? '', p.unrealizedPnl ?? '', p.leverage ?? '', venues[p.venue].name, p.accountLabel]),
          ),
        );
      }),
    );

  program
    .command('history')
    .description('net worth over time; gaps where no data existed')
    .addOption(choiceFlag('--range <range>', HistoryRange, 'one of').default('1m'))
    .addOption(jsonFlag('{range, asset, from, to, stepMs, points: [{t, valueUsd, missing}]}'))
    .action(
      readOnlyAction(async (session, { range, json }: { range: HistoryRange; json?: boolean }) => {
        const view = await session.call('history.series', { range });
        if (json) return printJson(view);
        const known = view.points.filter((p) => p.valueUsd !== null);
        if (known.length === 0) {
          cliIo().stdout.write(`No history yet for ${range}: run holdfast sync (or keep the app running) to record some.\n`);
          return;
        }
        // Points before history starts are left out; a gap after it stays visible as "(no data)".
        const first = view.points.indexOf(known[0] as (typeof view.points)[number]);
        cliIo().stdout.write(formatTable(['TIME', 'NET WORTH USD'], view.points.slice(first).map((p) => [p.t, p.valueUsd ?? '(no data)'])));
      }),
    );
}
