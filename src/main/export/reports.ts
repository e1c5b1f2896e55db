import { z } from 'zod';
import { Dec, decimalString, sumDecimals } from '../../shared/decimal';
import { DecimalString, Holding, holdingFields } from '../../shared/domain/holding';
import type { HoldingGroup, HoldingsView, Position, PositionsView } from '../../shared/domain/portfolio';
import { numberColumn, textColumn, type Column } from './csv-format';
import { csvTable, type CsvTable } from './csv-table';

/** Share of net worth is a ratio that rarely ends; 8 places is a millionth of a percent. */
const SHARE_DECIMALS = 8;

/** Decimal fields (per the zod schema) are numbers; every other unified field is text and passes the formula guard. */
function isDecimalField(field: keyof Holding): boolean {
  const schema = Holding.shape[field];
  return (schema instanceof z.ZodNullable ? schema.unwrap() : schema) === DecimalString;
}

function holdingColumn<R>(field: keyof Holding, get: (record: R) => Holding, name: string = field): Column<R> {
  return isDecimalField(field)
    ? numberColumn(name, (record) => get(record)[field] as string | null)
    : textColumn(name, (record) => get(record)[field] as string | null);
}

/** One row per unified holding: every field of design.md in its fixed order, then `asOf`. The rows may be a stream (Portfolio.holdingRows). */
export function holdingsTable(view: Pick<HoldingsView, 'asOf'> & { holdings: Iterable<Holding> }): CsvTable {
  const columns: Column<Holding>[] = [...holdingFields.map((field) => holdingColumn(field, (h: Holding) => h)), textColumn('asOf', () => view.asOf)];
  return csvTable(columns, view.holdings);
}

/** One row per position; `connection` is the connection's label, `symbol` the holding's asset. */
export function positionsTable(view: PositionsView, labels: ReadonlyMap<string, string>): CsvTable {
  const same = (field: keyof Holding & keyof Position) => holdingColumn(field, (p: Position) => p);
  const decimal = (field: 'entryPrice' | 'markPrice' | 'liquidationPrice' | 'distanceToLiquidation' | 'leverage' | 'initialMargin' | 'maintMargin' | 'marginBalance' | 'fundingFee') =>
    numberColumn(field, (p: Position) => p[field]);
  const columns: Column<Position>[] = [
    same('connectionId'),
    textColumn('connection', (p) => labels.get(p.connectionId) ?? null),
    same('venue'),
    same('accountId'),
    same('accountLabel'),
    same('wallet'),
    same('exchange'),
    holdingColumn('asset', (p: Position) => p, 'symbol'),
    textColumn('underlying', (p) => p.underlying),
    textColumn('side', (p) => p.side),
    same('quantity'),
    decimal('entryPrice'),
    decimal('markPrice'),
    decimal('liquidationPrice'),
    decimal('distanceToLiquidation'),
    same('exposureUsd'),
    same('valueUsd'),
    same('unrealizedPnl'),
    decimal('leverage'),
    decimal('initialMargin'),
    decimal('maintMargin'),
    decimal('marginBalance'),
    decimal('fundingFee'),
    textColumn('riskLevel', (p) => p.riskLevel),
    same('sourceUpdatedAt'),
    same('fetchedAt'),
    textColumn('asOf', () => view.asOf),
  ];
  return csvTable(columns, view.positions);
}

/** An asset's value, or null when none of its rows is priced: unknown is never shown as 0. */
export function groupValue(group: HoldingGroup): string | null {
  return group.unpricedCount === group.holdings.length ? null : group.valueUsd;
}

/** The asset's value over net worth, rounded half-even to SHARE_DECIMALS; null when either is unknown or net worth is 0. */
export function shareOfNetWorth(valueUsd: string | null, netWorthUsd: string): string | null {
  if (valueUsd === null || new Dec(netWorthUsd).isZero()) return null;
  return decimalString(new Dec(valueUsd).div(netWorthUsd).toDecimalPlaces(SHARE_DECIMALS));
}

/** One row per asset, from the holdings view grouped by asset (so its values are the view's subtotals). */
export function byAssetTable(view: HoldingsView): CsvTable {
  if (view.groups === null) throw new Error('byAssetTable needs the holdings view grouped by asset');
  const columns: Column<HoldingGroup>[] = [
    textColumn('asset', (g) => g.key),
    numberColumn('quantity', (g) => sumDecimals(g.holdings.map((h) => h.quantity))),
    numberColumn('valueUsd', groupValue),
    numberColumn('shareOfNetWorth', (g) => shareOfNetWorth(groupValue(g), view.totalUsd)),
    numberColumn('venues', (g) => new Set(g.holdings.map((h) => h.venue)).size),
    numberColumn('holdings', (g) => g.holdings.length),
    numberColumn('unpricedCount', (g) => g.unpricedCount),
    textColumn('asOf', () => view.asOf),
  ];
  return csvTable(columns, view.groups);
}
