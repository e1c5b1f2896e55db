import type { Command } from 'commander';
import { groupBys, historyRanges } from '../../../shared/domain/choices';
import type { GroupBy, HistoryRange, HoldingsView, PositionsView } from '../../../shared/domain/portfolio';
import { venues } from '../../../shared/domain/venue-info';
import { choiceFlag, instantFlag } from '../options';
import { formatTable } from '../output';
import { addViewCommand } from '../read-commands';
import { cliIo } from '../io';

/** `positions --json`: the unified holding fields, then the position's own, in this fixed order. */
const positionFields = ['underlying', 'side', 'entryPrice', 'markPrice', 'liquidationPrice', 'distanceToLiquidation', 'leverage', 'initialMargin', 'maintMargin', 'marginBalance', 'fundingFee', 'riskLevel'] as const;

async function positionsJson(view: PositionsView): Promise<unknown> {
  // The holding fields are the Holding schema's: loaded with this command, not with every command's start.
  const { holdingFields } = await import('../../../shared/domain/holding');
  const fields = [...holdingFields, ...positionFields];
  return { asOf: view.asOf, positions: view.positions.map((position) => Object.fromEntries(fields.map((field) => [field, position[field]]))) };
}

/** Holdings as text: the total, the holdings or their groups, then what the total leaves out. */
function printHoldings(view: HoldingsView, groupBy: GroupBy | undefined): void {
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
}

export function registerPortfolio(program: Command): void {
  addViewCommand(program, 'holdings', {
    description: 'the portfolio from the stored snapshots (works offline)',
    flags: [choiceFlag('--by <group>', groupBys, 'group by'), instantFlag('--at', 'as it was at this past time')],
    json: '{asOf, totalUsd, unpricedCount, holdings, unpriced} or, with --by, {asOf, totalUsd, groups: [{key, valueUsd, holdings}]}',
    read: (session, { by, at }: { by?: GroupBy; at?: string }) => session.call('portfolio.holdings', { at, groupBy: by }),
    toJson: (view) =>
      view.groups
        ? { asOf: view.asOf, totalUsd: view.totalUsd, groups: view.groups.map(({ key, valueUsd, holdings }) => ({ key, valueUsd, holdings })) }
        : { asOf: view.asOf, totalUsd: view.totalUsd, unpricedCount: view.unpricedCount, holdings: view.holdings, unpriced: view.unpriced },
    print: (view, { by }) => printHoldings(view, by),
  });

  addViewCommand(program, 'positions', {
    description: 'perp and other positions from the stored snapshots (works offline)',
    flags: [instantFlag('--at', 'as they were at this past time')],
    json: '{asOf, positions}',
    read: (session, { at }: { at?: string }) => session.call('positions.list', { at }),
    toJson: positionsJson,
    print: (view) =>
      cliIo().stdout.write(
        formatTable(
          ['SYMBOL', 'SIDE', 'SIZE', 'NOTIONAL USD', 'UPNL', 'LEVERAGE', 'VENUE', 'ACCOUNT'],
          view.positions.map((p) => [p.asset, p.side, p.quantity, p.exposureUsd ?? '', p.unrealizedPnl ?? '', p.leverage ?? '', venues[p.venue].name, p.accountLabel]),
        ),
      ),
  });

  addViewCommand(program, 'history', {
    description: 'net worth over time; gaps where no data existed',
    flags: [choiceFlag('--range <range>', historyRanges, 'one of').default('1m')],
    json: '{range, asset, from, to, stepMs, points: [{t, valueUsd, missing}]}',
    read: (session, { range }: { range: HistoryRange }) => session.call('history.series', { range }),
    print: (view, { range }) => {
      const known = view.points.filter((p) => p.valueUsd !== null);
      if (known.length === 0) {
        cliIo().stdout.write(`No history yet for ${range}: run holdfast sync (or keep the app running) to record some.\n`);
        return;
      }
      // Points before history starts are left out; a gap after it stays visible as "(no data)".
      const first = view.points.indexOf(known[0] as (typeof view.points)[number]);
      cliIo().stdout.write(formatTable(['TIME', 'NET WORTH USD'], view.points.slice(first).map((p) => [p.t, p.valueUsd ?? '(no data)'])));
    },
  });
}
